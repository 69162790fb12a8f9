package org.isnad.recognize;

import java.util.ArrayList;
import java.util.List;
import org.isnad.fact.EntityType;
import org.isnad.recognize.ner.NameMention;
import org.isnad.recognize.ner.NameTagger;
import org.isnad.text.Document;

/** The statistical tagger's names as mentions (Arabic documents; English goes by {@link NameRules}). */
public final class NerMentions implements MentionFinder {
  private final NameTagger tagger;

  public NerMentions(NameTagger tagger) {
    this.tagger = tagger;
  }

  public static NerMentions standard() {
    return new NerMentions(NameTagger.standard());
  }

  @Override
  public List<Mention> find(Document doc) {
    List<Mention> out = new ArrayList<>();
    if (!doc.isArabic()) {
      return out;
    }
    for (NameMention n : tagger.tag(doc)) {
      EntityType type = switch (n.type()) {
        case PERS -> EntityType.PERSON;
        case ORG -> EntityType.ORGANIZATION;
        case LOC -> EntityType.PLACE;
        case MISC -> EntityType.OTHER;
      };
      Mention m = NameRules.mention(doc, doc.tokens(), n.firstToken(), n.endToken(), type,
          type.json(), 0.8);
      out.add(new Mention(m.span(), type, type.json(), m.name(), 0.8, "ner"));
    }
    return out;
  }
}
