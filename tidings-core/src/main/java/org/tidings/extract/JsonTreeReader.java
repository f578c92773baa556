package org.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON value into a tree of plain values (object a {@code Map}, array a {@code List},
 * string, number or boolean its text, null {@link #NULL}), keeping only the given keys: for {@link
 * JsonLd}, whose scripts Jackson's {@code ObjectMapper.readTree} read before, at a third of its
 * cost. It reads the way Jackson's parser (2.21) does with the lenient features used then
 * (comments, single quotes, trailing commas, control chars in strings, default nesting and number
 * limits): it rejects exactly what that parser rejects (checked against it on every JSON-LD script
 * of the extraction data and on 200k mutated copies), and reads a value's text only where it is
 * kept. A value at the root that is no object or array is not read: the rules ignore it either way.
 */
final class JsonTreeReader {
  /** Jackson's default StreamReadConstraints: nesting depth and number length (in digits). */
  private static final int MAX_DEPTH = 1000;

  private static final int MAX_NUMBER = 1000;

  /** A JSON null. */
  static final Object NULL = new Object();

  private final Keys keys;
  private final String s;
  private final int n;
  private int at;
  private int depth;

  /**
   * The first backslash at or after {@link #at} when last looked up ({@link #n} when there is
   * none): looked up again only once {@code at} has passed it, so the text is searched once.
   */
  private int backslash = -1;

  /**
   * The object keys to keep, found by their chars in the text: a kept object's key is looked up in
   * place, no string cut out and hashed for it.
   */
  static final class Keys {
    /** The keys by their length. */
    private final String[][] byLength;

    Keys(Set<String> keys) {
      int max = 0;
      for (String k : keys) {
        max = Math.max(max, k.length());
      }
      byLength = new String[max + 1][0];
      for (String k : keys) {
        String[] same = byLength[k.length()];
        same = java.util.Arrays.copyOf(same, same.length + 1);
        same[same.length - 1] = k;
        byLength[k.length()] = same;
      }
    }

    /** The key spelled by the chars of {@code text} in [from, to), or null when none is. */
    String find(String text, int from, int to) {
      int length = to - from;
      if (length >= byLength.length) {
        return null;
      }
      for (String k : byLength[length]) {
        if (text.regionMatches(from, k, 0, length)) {
          return k;
        }
      }
      return null;
    }
  }

  JsonTreeReader(String s, Keys keys) {
    this.keys = keys;
    this.s = s;
    this.n = s.length();
  }

  Object root() throws Malformed {
    int c = next();
    return c == '{' || c == '[' ? value(c, true) : null;
  }

  /** The value opening with {@code c} (consumed); its tree when {@code keep}, else null. */
  private Object value(int c, boolean keep) throws Malformed {
    return switch (c) {
      case '{' -> object(keep);
      case '[' -> array(keep);
      case '"', '\'' -> string(c, keep);
      case 't' -> literal("true", "true");
      case 'f' -> literal("false", "false");
      case 'n' -> literal("null", NULL);
      default -> {
        if (c == '-' || c >= '0' && c <= '9') {
          yield number(keep);
        }
        throw Malformed.INSTANCE;
      }
    };
  }

  private Map<String, Object> object(boolean keep) throws Malformed {
    enter();
    Map<String, Object> out = keep ? new HashMap<>() : null;
    int c = next();
    if (c != '}') {
      while (true) {
        if (c != '"' && c != '\'') {
          throw Malformed.INSTANCE; // names are quoted
        }
        String key = keep ? keptKey(c) : string(c, false); // a skipped object's are not read
        if (next() != ':') {
          throw Malformed.INSTANCE;
        }
        boolean kept = key != null;
        Object v = value(next(), kept);
        if (kept) {
          out.put(key, v); // a repeated key: the last wins, as in Jackson's tree
        }
        c = next();
        if (c == '}') {
          break;
        }
        if (c != ',') {
          throw Malformed.INSTANCE;
        }
        c = next();
        if (c == '}') {
          break; // a trailing comma
        }
      }
    }
    depth--;
    return out;
  }

  private List<Object> array(boolean keep) throws Malformed {
    enter();
    List<Object> out = keep ? new ArrayList<>() : null;
    int c = next();
    if (c != ']') {
      while (true) {
        Object v = value(c, keep);
        if (keep) {
          out.add(v);
        }
        c = next();
        if (c == ']') {
          break;
        }
        if (c != ',') {
          throw Malformed.INSTANCE;
        }
        c = next();
        if (c == ']') {
          break; // a trailing comma
        }
      }
    }
    depth--;
    return out;
  }

  private void enter() throws Malformed {
    if (++depth > MAX_DEPTH) {
      throw Malformed.INSTANCE;
    }
  }

  /**
   * A string after its opening {@code quote}: its text when {@code keep}, else null. Its end is
   * found by the JDK's indexOf, not char by char (an articleBody runs to kilobytes).
   */
  private String string(int quote, boolean keep) throws Malformed {
    int end = plainEnd(quote);
    if (end < 0) {
      return escapedString(quote, keep, backslash);
    }
    String text = keep ? s.substring(at, end) : null; // the text as it stands (control chars too)
    at = end + 1;
    return text;
  }

  /** An object key after its opening {@code quote}: the kept key it is, else null. */
  private String keptKey(int quote) throws Malformed {
    int end = plainEnd(quote);
    if (end < 0) {
      String key = escapedString(quote, true, backslash);
      return keys.find(key, 0, key.length());
    }
    String key = keys.find(s, at, end);
    at = end + 1;
    return key;
  }

  /**
   * The closing {@code quote} of the string from {@link #at} when it has no escape, else -1: it has
   * one when the next backslash ({@link #backslash}) comes before that quote.
   */
  private int plainEnd(int quote) throws Malformed {
    int end = s.indexOf(quote, at);
    if (end < 0) {
      throw Malformed.INSTANCE; // never closed: no escape can close it either
    }
    if (backslash < at) {
      backslash = s.indexOf('\\', at);
      backslash = backslash < 0 ? n : backslash;
    }
    return backslash < end ? -1 : end;
  }

  /** As {@link #string}, from the first backslash at {@code i}. */
  private String escapedString(int quote, boolean keep, int i) throws Malformed {
    StringBuilder out = keep ? new StringBuilder(i - at + 16).append(s, at, i) : null;
    at = i;
    while (true) {
      if (at >= n) {
        throw Malformed.INSTANCE;
      }
      char c = s.charAt(at++);
      if (c == quote) {
        return keep ? out.toString() : null;
      }
      if (c == '\\') {
        c = escaped();
      }
      if (keep) {
        out.append(c);
      }
    }
  }

  /** The char of the escape after a backslash. */
  private char escaped() throws Malformed {
    if (at >= n) {
      throw Malformed.INSTANCE;
    }
    char c = s.charAt(at++);
    switch (c) {
      case 'b':
        return '\b';
      case 't':
        return '\t';
      case 'n':
        return '\n';
      case 'f':
        return '\f';
      case 'r':
        return '\r';
      case '"':
      case '/':
      case '\\':
      case '\'': // allowed with single quotes
        return c;
      case 'u':
        if (at + 4 > n) {
          throw Malformed.INSTANCE;
        }
        int v = 0;
        for (int k = 0; k < 4; k++) {
          int d = hex(s.charAt(at++));
          if (d < 0) {
            throw Malformed.INSTANCE;
          }
          v = v << 4 | d;
        }
        return (char) v;
      default:
        throw Malformed.INSTANCE;
    }
  }

  private static int hex(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    }
    if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    }
    return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
  }

  /**
   * A literal after its first char: the rest must follow, and no identifier char right after
   * ("trueish"), as Jackson checks.
   */
  private Object literal(String word, Object value) throws Malformed {
    if (!s.startsWith(word.substring(1), at)) {
      throw Malformed.INSTANCE;
    }
    at += word.length() - 1;
    if (at < n) {
      char c = s.charAt(at);
      if (c >= '0' && c != ']' && c != '}' && Character.isJavaIdentifierPart(c)) {
        throw Malformed.INSTANCE;
      }
    }
    return value;
  }

  /**
   * A number from its first char (consumed): -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, as its JsonNode
   * text ("-0" gives "0", 1e2 "100.0") when {@code keep}.
   */
  private String number(boolean keep) throws Malformed {
    int start = at - 1;
    int i = s.charAt(start) == '-' ? at : start;
    int digits = i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int intLen = i - digits;
    if (intLen == 0 || intLen > 1 && s.charAt(digits) == '0' || intLen > MAX_NUMBER) {
      throw Malformed.INSTANCE; // no digit, leading zeros, too long
    }
    boolean floating = false;
    int fpDigits = intLen; // digits of the int part, fraction and exponent
    if (i < n && s.charAt(i) == '.') {
      floating = true;
      int from = ++i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == from) {
        throw Malformed.INSTANCE;
      }
      fpDigits += i - from;
    }
    if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      floating = true;
      i++;
      if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
        i++;
      }
      int from = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      if (i == from) {
        throw Malformed.INSTANCE;
      }
      fpDigits += i - from;
    }
    if (fpDigits > MAX_NUMBER) {
      throw Malformed.INSTANCE;
    }
    at = i;
    if (!keep) {
      return null;
    }
    String text = s.substring(start, i);
    if (floating) {
      return Double.toString(Double.parseDouble(text));
    }
    return intLen <= 18
        ? Long.toString(Long.parseLong(text))
        : new java.math.BigInteger(text).toString();
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The next char that is no white space (space, tab, line feed, carriage return) and in no
   * comment, consumed; -1 at the end. Another control char is an error, as is a lone slash.
   */
  private int next() throws Malformed {
    while (at < n) {
      char c = s.charAt(at++);
      if (c > ' ') {
        if (c != '/') {
          return c;
        }
        comment();
      } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
        throw Malformed.INSTANCE;
      }
    }
    return -1;
  }

  /**
   * Skips a comment after its slash: a block to its end, or a line to its end; a control char but
   * white space in it is an error, as in Jackson.
   */
  private void comment() throws Malformed {
    if (at >= n) {
      throw Malformed.INSTANCE;
    }
    char open = s.charAt(at++);
    if (open != '*' && open != '/') {
      throw Malformed.INSTANCE;
    }
    while (at < n) {
      char c = s.charAt(at++);
      if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
        throw Malformed.INSTANCE;
      }
      if (open == '/' && (c == '\n' || c == '\r')) {
        return;
      }
      if (open == '*' && c == '*' && at < n && s.charAt(at) == '/') {
        at++;
        return;
      }
    }
    if (open == '*') {
      throw Malformed.INSTANCE; // the input ends in the comment
    }
  }

  /** A script that is no JSON: thrown without a stack trace, as malformed scripts are common. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    static final Malformed INSTANCE = new Malformed();

    private Malformed() {
      super("malformed JSON", null, false, false);
    }
  }
}
