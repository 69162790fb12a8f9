package org.isnad.recognize;

/** Read access to the head-noun table for the facts layer. */
public final class HeadNounsAccess {
  private HeadNounsAccess() {}

  /** Whether a folded stem is a head noun that announces an organization's name (شركه، صحيفه، وزاره...). */
  public static boolean isHead(String stem) {
    return NameRules.AR_HEADS.containsKey(stem);
  }
}
