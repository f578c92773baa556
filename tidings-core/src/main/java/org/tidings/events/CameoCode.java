package org.tidings.events;

import java.util.Objects;

/**
 * One CAMEO event code with what GDELT attaches to it.
 *
 * @param code the code as a string of digits ("046", "0312")
 * @param goldstein Goldstein scale value, -10 (most conflictual) to +10 (most cooperative)
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
 *     conflict
 * @param plover the PLOVER category the code falls under ("CONSULT"), or the empty string when
 *     PLOVER has none
 * @param label what the code means
 */
public record CameoCode(String code, double goldstein, int quadClass, String plover, String label) {
  public CameoCode {
    Objects.requireNonNull(code);
    Objects.requireNonNull(plover);
    Objects.requireNonNull(label);
  }

  /** The two-digit root: "04" for "046". */
  public String root() {
    return code.substring(0, 2);
  }
}
