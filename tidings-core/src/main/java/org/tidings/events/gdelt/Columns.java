package org.tidings.events.gdelt;

import java.math.BigDecimal;
import java.util.Locale;

/** How GDELT writes and reads the values in its columns. */
final class Columns {
  private Columns() {}

  /** A number as GDELT writes it: "49.25", "-10" (no ".0"), the empty string for NaN. */
  static String number(double d) {
    if (Double.isNaN(d)) {
      return "";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return new BigDecimal(Double.toString(d)).toPlainString();
  }

  /** A Goldstein value as GDELT writes it: always with a decimal ("-7.0", "2.8"). */
  static String goldstein(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  /** A FractionDate: four decimals ("2018.8055"), the empty string for NaN. */
  static String fraction(double d) {
    return Double.isNaN(d) ? "" : String.format(Locale.ROOT, "%.4f", d);
  }

  static double decimal(String s) {
    return s.isEmpty() ? Double.NaN : Double.parseDouble(s);
  }

  static int integer(String s) {
    return s.isEmpty() ? 0 : Integer.parseInt(s);
  }

  static long whole(String s) {
    return s.isEmpty() ? 0 : Long.parseLong(s);
  }

  /** An integer column that is empty when zero (dates GDELT does not know). */
  static String orEmpty(long v) {
    return v == 0 ? "" : Long.toString(v);
  }
}
