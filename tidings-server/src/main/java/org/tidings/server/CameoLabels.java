package org.tidings.server;

import org.tidings.events.CameoCode;
import org.tidings.events.Codebook;

/** Short labels for CAMEO event codes, for people reading the API and the web UI. */
public final class CameoLabels {
  private final Codebook codebook;

  public CameoLabels(Codebook codebook) {
    this.codebook = codebook;
  }

  /** The labels of the codebook bundled with Tidings. */
  public static CameoLabels standard() {
    return new CameoLabels(Codebook.standard());
  }

  /**
   * The label (sentence case) of a code, else of its base code, else of its root code, else the
   * empty string.
   */
  public String label(String code) {
    return codebook
        .findOrBroader(code)
        .map(CameoCode::label)
        .map(CameoLabels::sentenceCase)
        .orElse("");
  }

  /** "make a visit" reads as "Make a visit" in lists. */
  private static String sentenceCase(String label) {
    return label.isEmpty() ? label : Character.toUpperCase(label.charAt(0)) + label.substring(1);
  }
}
