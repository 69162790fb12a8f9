package org.isnad.recognize.ner;

/**
 * 32-bit string hashing for features and gazetteer phrases. It is fixed here, not taken
 * from {@link String#hashCode()}, because the shipped model stores these hashes: changing
 * the function means retraining. FNV-1a over UTF-16 units, finished with MurmurHash3's mixer.
 */
final class Hash {
  static final int SEPARATOR = 0x1F;

  private Hash() {}

  static int start(int template) {
    return 0x811C9DC5 ^ (template * 0x9E3779B9);
  }

  static int add(int h, CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return (h ^ SEPARATOR) * 0x01000193;
  }

  static int add(int h, CharSequence s, int from, int to) {
    for (int i = from; i < to; i++) {
      h = (h ^ s.charAt(i)) * 0x01000193;
    }
    return (h ^ SEPARATOR) * 0x01000193;
  }

  static int addInt(int h, int v) {
    h = (h ^ (v & 0xFFFF)) * 0x01000193;
    return (h ^ (v >>> 16)) * 0x01000193;
  }

  /** Final mix; never 0, which the open-addressing tables use as the empty key. */
  static int finish(int h) {
    h ^= h >>> 16;
    h *= 0x85EBCA6B;
    h ^= h >>> 13;
    h *= 0xC2B2AE35;
    h ^= h >>> 16;
    return h == 0 ? 1 : h;
  }

  static int of(int template, CharSequence s) {
    return finish(add(start(template), s));
  }
}
