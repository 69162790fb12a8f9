package org.isnad.recognize.ner;

/** The classes of the ANERcorp scheme: people, organizations, places, and other names. */
public enum NameClass {
  PERS, ORG, LOC, MISC
}
