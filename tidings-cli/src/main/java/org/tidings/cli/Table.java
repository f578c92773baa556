package org.tidings.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** A table for people: columns aligned, numbers to the right, long cells cut with an ellipsis. */
final class Table {
  private static final int MAX_WIDTH = 60;

  private final List<String> headers;
  private final List<List<String>> rows = new ArrayList<>();

  Table(String... headers) {
    this.headers = List.of(headers);
  }

  Table row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells");
    }
    List<String> row = new ArrayList<>();
    for (Object c : cells) {
      row.add(cut(oneLine(c == null ? "" : c.toString())));
    }
    rows.add(row);
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void print(PrintWriter out) {
    int n = headers.size();
    int[] width = new int[n];
    boolean[] numeric = new boolean[n];
    for (int i = 0; i < n; i++) {
      width[i] = headers.get(i).length();
      numeric[i] = !rows.isEmpty();
      for (List<String> row : rows) {
        width[i] = Math.max(width[i], row.get(i).codePointCount(0, row.get(i).length()));
        numeric[i] &= row.get(i).isEmpty() || isNumber(row.get(i));
      }
    }
    out.println(line(headers, width, numeric));
    for (List<String> row : rows) {
      out.println(line(row, width, numeric));
    }
    out.flush();
  }

  private static String line(List<String> cells, int[] width, boolean[] numeric) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < cells.size(); i++) {
      String c = cells.get(i);
      int pad = width[i] - c.codePointCount(0, c.length());
      boolean last = i == cells.size() - 1;
      if (numeric[i]) {
        b.append(" ".repeat(pad)).append(c);
      } else {
        b.append(c);
        if (!last) {
          b.append(" ".repeat(pad));
        }
      }
      if (!last) {
        b.append("  ");
      }
    }
    return b.toString().stripTrailing();
  }

  /** A number, but not a code with leading zeros ("062", "0312"), which stays text. */
  private static boolean isNumber(String s) {
    if (s.length() > 1 && s.charAt(0) == '0' && Character.isDigit(s.charAt(1))) {
      return false;
    }
    try {
      new BigDecimal(s.replace(",", ""));
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static String oneLine(String s) {
    return s.replaceAll("\\s+", " ").strip();
  }

  private static String cut(String s) {
    if (s.codePointCount(0, s.length()) <= MAX_WIDTH) {
      return s;
    }
    return s.substring(0, s.offsetByCodePoints(0, MAX_WIDTH - 1)) + "…";
  }

  /** A number without needless decimals: 5.0E9 gives "5000000000", 8.3 gives "8.3". */
  static String number(double d) {
    return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
