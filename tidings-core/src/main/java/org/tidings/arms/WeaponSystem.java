package org.tidings.arms;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the weapon gazetteer: a system ("9K720 Iskander") or a generic class ("tanks").
 *
 * @param designation canonical name, SIPRI-style for systems, plural noun for classes
 * @param aliases other names: short names, NATO reporting names, export variants, index names
 * @param category SIPRI-like category
 * @param producer ISO 3166 alpha-3 code of the producing country, empty for classes
 * @param generic true for a class of weapons rather than one system
 */
public record WeaponSystem(
    String designation,
    List<String> aliases,
    WeaponCategory category,
    String producer,
    boolean generic) {
  public WeaponSystem {
    Objects.requireNonNull(designation);
    aliases = List.copyOf(aliases);
    Objects.requireNonNull(category);
    Objects.requireNonNull(producer);
  }
}
