package org.tidings.model;

/** Kinds of named things Tidings recognises. */
public enum EntityType {
  PERSON,
  ORG,
  /** Countries, cities, regions and other places. */
  LOC,
  /** Nationalities and other groups named by adjective: "Azerbaijani". */
  NORP,
  /** Weapon systems, designations and generic classes of military equipment. */
  WEAPON,
  MISC
}
