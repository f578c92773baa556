package org.tidings.extract;

import java.util.Locale;

/**
 * The furniture and content tokens of some rules, looked up by the chars of a class or id value: an
 * ASCII token (most) is hashed and compared in place, with no token string made.
 */
final class TokenTable {
  /** A furniture token among a value's tokens. */
  static final int FURNITURE = 1;

  /** A content token among a value's tokens (and no furniture one). */
  static final int CONTENT = 2;

  private final FurnitureRules rules;
  private final String[] keys;
  private final int[] flags;
  private final int mask;
  private final boolean empty;

  TokenTable(FurnitureRules rules) {
    this.rules = rules;
    this.empty = rules.furnitureTokens().isEmpty() && rules.contentTokens().isEmpty();
    int size =
        Integer.highestOneBit(
            Math.max(2, rules.furnitureTokens().size() + rules.contentTokens().size()) * 4 - 1);
    keys = new String[size];
    flags = new int[size];
    mask = size - 1;
    for (String t : rules.furnitureTokens()) {
      put(t, FURNITURE);
    }
    for (String t : rules.contentTokens()) {
      if (!rules.furnitureTokens().contains(t)) {
        put(t, CONTENT);
      }
    }
  }

  private void put(String token, int flag) {
    int i = slot(token.hashCode());
    while (keys[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = token;
    flags[i] = flag;
  }

  private int slot(int h) {
    return (h ^ (h >>> 16)) & mask;
  }

  /**
   * {@link #FURNITURE} and {@link #CONTENT} bits of the {@link FurnitureRules#tokens} of a value: a
   * token of the furniture tokens is furniture, else of the content tokens content.
   */
  int of(String attribute) {
    if (empty) {
      return 0; // no rules
    }
    int out = 0;
    // An ASCII value (most) is split and hashed in one pass; another is split first.
    int start = -1;
    int h = 0;
    int before = OTHER;
    boolean modified = false; // the token before was "has", "with", "no"...
    for (int i = 0; i < attribute.length(); i++) {
      char c = attribute.charAt(i);
      if (c >= 0x80) {
        return split(attribute);
      }
      int kind = ASCII_KINDS[c];
      if (start >= 0 && (kind == OTHER || (kind == UPPER && before == LOWER))) {
        // A non-word char or "aB" ends the token.
        out |= modified ? 0 : find(attribute, start, i, h);
        modified = isModifier(attribute, start, i);
        start = -1;
      }
      if (kind != OTHER) {
        if (start < 0) {
          start = i;
          h = 0;
        }
        h = 31 * h + (kind == UPPER ? c + ('a' - 'A') : c);
      }
      before = kind;
    }
    return start >= 0 && !modified ? out | find(attribute, start, attribute.length(), h) : out;
  }

  /**
   * True for "has", "with", "no" and "without": a layout modifier saying what a wrapper holds or
   * lacks ("has-rail-right", "no-sidebar"), so the token after it is no mark of the wrapper.
   */
  static boolean isModifier(String s, int from, int to) {
    return switch (to - from) {
      case 2 -> FurnitureRules.sameLowerCase("no", s, from);
      case 3 -> FurnitureRules.sameLowerCase("has", s, from);
      case 4 -> FurnitureRules.sameLowerCase("with", s, from);
      case 7 -> FurnitureRules.sameLowerCase("without", s, from);
      default -> false;
    };
  }

  private static final byte OTHER = 0;
  private static final byte DIGIT = 1;
  private static final byte LOWER = 2;
  private static final byte UPPER = 3;

  /** What each ASCII char is to the token split: constant after class load. */
  private static final byte[] ASCII_KINDS = asciiKinds();

  private static byte[] asciiKinds() {
    byte[] kinds = new byte[128];
    for (char c = '0'; c <= '9'; c++) {
      kinds[c] = DIGIT;
    }
    for (char c = 'a'; c <= 'z'; c++) {
      kinds[c] = LOWER;
      kinds[c - 'a' + 'A'] = UPPER;
    }
    return kinds;
  }

  /** {@link #of} a value with chars beyond ASCII: split into tokens first. */
  private int split(String attribute) {
    int out = 0;
    boolean modified = false;
    for (int start = FurnitureRules.tokenStart(attribute, 0), end;
        start >= 0;
        start = FurnitureRules.tokenStart(attribute, end)) {
      end = FurnitureRules.tokenEnd(attribute, start);
      out |= modified ? 0 : flagOf(attribute, start, end);
      modified = isModifier(attribute, start, end);
    }
    return out;
  }

  /**
   * The flag of the token in [from, to): an ASCII one found by its hash and compared in place,
   * another lower-cased as a string.
   */
  private int flagOf(String s, int from, int to) {
    int h = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return slow(s.substring(from, to));
      }
      h = 31 * h + HtmlParser.lowerAscii(c);
    }
    return find(s, from, to, h);
  }

  /** The flag of the ASCII token in [from, to) whose lower-cased chars hash to {@code h}. */
  private int find(String s, int from, int to, int h) {
    for (int i = slot(h); ; i = (i + 1) & mask) {
      String key = keys[i];
      if (key == null) {
        return 0;
      }
      if (key.length() == to - from
          && key.hashCode() == h
          && FurnitureRules.sameLowerCase(key, s, from)) {
        return flags[i];
      }
    }
  }

  /** The flag of a token with chars beyond ASCII, lower-cased as a string. */
  private int slow(String token) {
    String t = token.toLowerCase(Locale.ROOT);
    if (rules.furnitureTokens().contains(t)) {
      return FURNITURE;
    }
    return rules.contentTokens().contains(t) ? CONTENT : 0;
  }
}
