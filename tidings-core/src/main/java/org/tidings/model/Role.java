package org.tidings.model;

import java.util.Locale;
import java.util.Optional;

/**
 * What a named person or organisation is, as the text states it ("Azerbaijani President Ilham
 * Aliyev" is a head of state) or a gazetteer knows it. {@link Entity#role()} holds the {@link
 * #label()}; each role maps to the CAMEO actor-role code event coding uses.
 */
public enum Role {
  HEAD_OF_STATE("head of state", "GOV"),
  HEAD_OF_GOVERNMENT("head of government", "GOV"),
  MINISTER("minister", "GOV"),
  ROYAL("royal", "GOV"),
  DIPLOMAT("diplomat", "GOV"),
  OFFICIAL("official", "GOV"),
  LOCAL_OFFICIAL("local official", "GOV"),
  GOVERNMENT("government", "GOV"),
  DEFENCE_MINISTER("defence minister", "MIL"),
  MILITARY_OFFICER("military officer", "MIL"),
  MILITARY("military", "MIL"),
  LEGISLATOR("legislator", "LEG"),
  LEGISLATURE("legislature", "LEG"),
  JUDGE("judge", "JUD"),
  PROSECUTOR("prosecutor", "JUD"),
  JUDICIARY("judiciary", "JUD"),
  POLICE("police", "COP"),
  JOURNALIST("journalist", "MED"),
  MEDIA("media", "MED"),
  BUSINESS_LEADER("business leader", "BUS"),
  BUSINESS("business", "BUS"),
  REBEL_LEADER("rebel leader", "REB"),
  REBELS("rebels", "REB"),
  OPPOSITION("opposition", "OPP"),
  ACTIVIST("activist", "CVL"),
  CIVIL_SOCIETY("civil society", "CVL");

  private final String label;
  private final String cameo;

  Role(String label, String cameo) {
    this.label = label;
    this.cameo = cameo;
  }

  /** The words {@link Entity#role()} holds: "head of state". */
  public String label() {
    return label;
  }

  /** The CAMEO actor-role code: GOV, MIL, MED, ... */
  public String cameo() {
    return cameo;
  }

  /**
   * The role a label ("head of state") or a bare CAMEO role code ("GOV", read as the general role
   * of that kind, "government") names, matched without regard to case; empty for anything else.
   */
  public static Optional<Role> of(String labelOrCode) {
    String key = labelOrCode.strip().toLowerCase(Locale.ROOT);
    for (Role r : values()) {
      if (r.label.equals(key)) {
        return Optional.of(r);
      }
    }
    return switch (key) {
      case "gov" -> Optional.of(GOVERNMENT);
      case "mil" -> Optional.of(MILITARY);
      case "leg", "parliament" -> Optional.of(LEGISLATURE);
      case "jud" -> Optional.of(JUDICIARY);
      case "cop" -> Optional.of(POLICE);
      case "med" -> Optional.of(MEDIA);
      case "bus" -> Optional.of(BUSINESS);
      case "reb" -> Optional.of(REBELS);
      case "opp" -> Optional.of(OPPOSITION);
      case "cvl" -> Optional.of(CIVIL_SOCIETY);
      case "armed forces" -> Optional.of(MILITARY);
      default -> Optional.empty();
    };
  }

  /** The label for a label or code {@link #of} knows, else the text as given ("" stays ""). */
  public static String label(String labelOrCode) {
    return of(labelOrCode).map(Role::label).orElse(labelOrCode);
  }

  /**
   * The CAMEO role code of an entity's role: the code of a known role, any other three capitals as
   * they are (a user's own agent code), else the empty string.
   */
  public static String cameo(String labelOrCode) {
    Optional<Role> r = of(labelOrCode);
    if (r.isPresent()) {
      return r.get().cameo;
    }
    boolean code =
        labelOrCode.length() == 3 && labelOrCode.chars().allMatch(Character::isUpperCase);
    return code ? labelOrCode : "";
  }
}
