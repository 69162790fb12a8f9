package org.isnad.recognize.ner;

/**
 * The BIO label set as small integers: 0 is O, then B and I for each {@link NameClass}.
 * Also says which label pairs BIO allows, so the decoder never starts a name with I.
 */
final class Labels {
  static final int O = 0;
  static final int COUNT = 1 + 2 * NameClass.values().length;
  private static final String[] NAMES = buildNames();

  private Labels() {}

  static int begin(NameClass c) {
    return 1 + 2 * c.ordinal();
  }

  static int inside(NameClass c) {
    return 2 + 2 * c.ordinal();
  }

  static boolean isBegin(int label) {
    return label > 0 && label % 2 == 1;
  }

  static boolean isInside(int label) {
    return label > 0 && label % 2 == 0;
  }

  static NameClass classOf(int label) {
    return label == O ? null : NameClass.values()[(label - 1) / 2];
  }

  static String name(int label) {
    return NAMES[label];
  }

  /** Parses O, B-X or I-X; throws on anything else, naming the label. */
  static int parse(String label) {
    for (int i = 0; i < COUNT; i++) {
      if (NAMES[i].equals(label)) {
        return i;
      }
    }
    throw new IllegalArgumentException("unknown label '" + label + "'; expected O, B-X or I-X with X in PERS ORG LOC MISC");
  }

  /** Whether {@code next} may follow {@code prev}; {@code prev} is -1 at the start of a sentence. */
  static boolean allowed(int prev, int next) {
    if (!isInside(next)) {
      return true;
    }
    return prev >= 0 && prev != O && classOf(prev) == classOf(next);
  }

  private static String[] buildNames() {
    String[] names = new String[COUNT];
    names[O] = "O";
    for (NameClass c : NameClass.values()) {
      names[begin(c)] = "B-" + c;
      names[inside(c)] = "I-" + c;
    }
    return names;
  }
}
