package org.tidings.arms;

import java.util.Locale;

/** SIPRI-like categories of major conventional weapons. */
public enum WeaponCategory {
  AIRCRAFT("aircraft"),
  HELICOPTERS("helicopters"),
  AIR_DEFENCE("air-defence systems"),
  ARMOURED_VEHICLES("armoured vehicles"),
  ARTILLERY("artillery"),
  MISSILES("missiles"),
  SHIPS("ships"),
  SENSORS("sensors"),
  ENGINES("engines"),
  DRONES("drones"),
  OTHER("other");

  private final String label;

  WeaponCategory(String label) {
    this.label = label;
  }

  /** The label used in data files and reports ("air-defence systems"). */
  public String label() {
    return label;
  }

  /** The category with this label or enum name, case-insensitively. */
  public static WeaponCategory of(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT);
    for (WeaponCategory c : values()) {
      if (c.label.equals(key) || c.name().toLowerCase(Locale.ROOT).equals(key)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown weapon category '" + label + "'");
  }
}
