package org.isnad.recognize;

import java.util.List;
import org.isnad.text.Document;

/** Finds name mentions in an analysed document. Implementations are thread-safe. */
public interface MentionFinder {
  List<Mention> find(Document doc);
}
