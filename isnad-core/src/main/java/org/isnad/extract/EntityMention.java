package org.isnad.extract;

import org.isnad.recognize.Mention;

/** A mention tied to its entity (an index into the document's clusters) and its tokens {@code [first, end)}. */
record EntityMention(Mention mention, int entity, int first, int end) {}
