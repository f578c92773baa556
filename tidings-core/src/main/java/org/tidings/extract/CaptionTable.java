package org.tidings.extract;

import java.util.Arrays;

/**
 * {@link FurnitureRules#isCaptionMark} with the caption parts listed by their first char: an ASCII
 * token is read in place and only the parts opening with a char of it are tried there.
 */
final class CaptionTable {
  private final FurnitureRules rules;
  private final String[][] byFirstChar = new String[128][];

  CaptionTable(FurnitureRules rules) {
    this.rules = rules;
    for (String part : rules.captionParts()) {
      char c = part.charAt(0);
      if (c >= 0x80) {
        continue; // no ASCII token holds it
      }
      String[] parts = byFirstChar[c];
      parts = parts == null ? new String[1] : Arrays.copyOf(parts, parts.length + 1);
      parts[parts.length - 1] = part;
      byFirstChar[c] = parts;
    }
  }

  /** True when a token of a class or id value holds a caption part. */
  boolean isCaptionMark(String attribute) {
    for (int start = FurnitureRules.tokenStart(attribute, 0), end;
        start >= 0;
        start = FurnitureRules.tokenStart(attribute, end)) {
      end = FurnitureRules.tokenEnd(attribute, start);
      if (holdsCaptionPart(attribute, start, end)) {
        return true;
      }
    }
    return false;
  }

  private boolean holdsCaptionPart(String s, int from, int to) {
    for (int at = from; at < to; at++) {
      char c = s.charAt(at);
      if (c >= 0x80) {
        return rules.isCaptionMark(s.substring(from, to)); // lower-cased as a string
      }
      String[] parts = byFirstChar[HtmlParser.lowerAscii(c)];
      if (parts == null) {
        continue;
      }
      for (String part : parts) {
        if (at + part.length() <= to && FurnitureRules.sameLowerCase(part, s, at)) {
          return true;
        }
      }
    }
    return false;
  }
}
