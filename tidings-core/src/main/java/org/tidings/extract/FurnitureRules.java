package org.tidings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists that tell page furniture from article text: class/id tokens of furniture and of
 * content, whole furniture lines (navigation, accessibility, share and ad labels in many
 * languages), share-bar words, and the class/id tokens of comment threads (furniture even to a
 * search that distrusts the other tokens, when it only widens a short text).
 */
record FurnitureRules(
    Set<String> furnitureTokens,
    Set<String> contentTokens,
    Set<String> furnitureLines,
    Set<String> shareWords,
    Set<String> relatedLines,
    List<String> captionParts,
    Set<String> threadTokens) {

  FurnitureRules {
    furnitureTokens = Lookup.copyOf(furnitureTokens);
    contentTokens = Lookup.copyOf(contentTokens);
    furnitureLines = Lookup.copyOf(furnitureLines);
    shareWords = Lookup.copyOf(shareWords);
    relatedLines = Lookup.copyOf(relatedLines);
    captionParts = List.copyOf(captionParts);
    threadTokens = Lookup.copyOf(threadTokens);
  }

  /** No rules but {@link #threadTokens} as furniture tokens: what a widening search drops. */
  FurnitureRules threadsOnly() {
    return new FurnitureRules(
        threadTokens, Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());
  }

  /** No rules: nothing is furniture by its words or tokens. */
  static final FurnitureRules NONE =
      new FurnitureRules(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), List.of(), Set.of());

  /** The rules bundled with Tidings. */
  static FurnitureRules standard() {
    return new FurnitureRules(
        lines("furniture-tokens.txt"),
        lines("content-tokens.txt"),
        lines("furniture-lines.txt"),
        lines("share-words.txt"),
        lines("related-lines.txt"),
        List.copyOf(lines("caption-tokens.txt")),
        lines("thread-tokens.txt"));
  }

  /** Case-folded, spaces collapsed, trimmed, trailing colon/ellipsis dropped. */
  static String normalize(String s) {
    if (isNormalized(s)) {
      return s.toLowerCase(Locale.ROOT); // most lines: nothing to collapse or trim
    }
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = out.length() > 0;
        continue;
      }
      if (space) {
        out.append(' ');
        space = false;
      }
      out.append(c);
    }
    int end = out.length();
    while (end > 0 && (":…|»›>".indexOf(out.charAt(end - 1)) >= 0 || out.charAt(end - 1) == ' ')) {
      end--;
    }
    out.setLength(end);
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** {@link #hash} of the empty key. */
  static final long EMPTY_KEY_HASH = 0xcbf29ce484222325L;

  /**
   * Chars of a key that {@link #hash} reads: enough to tell paragraphs apart (equal hashes are told
   * apart by their keys), and a long paragraph is hashed without reading it all.
   */
  static final int HASHED_CHARS = 64;

  /** A 64-bit hash of the first {@link #HASHED_CHARS} chars of a normalized key. */
  static long hash(String key) {
    long h = EMPTY_KEY_HASH;
    for (int i = 0; i < Math.min(key.length(), HASHED_CHARS); i++) {
      h = 31 * h + key.charAt(i);
    }
    return h;
  }

  /**
   * {@link #hash}{@code (normalize(s))} without building the key: spaces collapsed and the end
   * trimmed as {@link #normalize} does, each char lower-cased on its own. That is what {@code
   * String.toLowerCase(Locale.ROOT)} does but for capital sigma (final or not), dotted capital I
   * (two chars) and surrogate pairs: a text holding one among the chars read gets its key built
   * (one further on changes no earlier char of the key).
   */
  static long keyHash(String s) {
    int end = s.length();
    while (end > 0 && (isSpace(s.charAt(end - 1)) || ":…|»›>".indexOf(s.charAt(end - 1)) >= 0)) {
      end--;
    }
    long h = EMPTY_KEY_HASH;
    boolean any = false;
    boolean space = false;
    int hashed = 0;
    for (int i = 0; i < end && hashed < HASHED_CHARS; i++) {
      char c = s.charAt(i);
      if (isSpace(c)) {
        space = any;
        continue;
      }
      if (c < 0x80) {
        c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
      } else if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
        return hash(normalize(s));
      } else {
        c = Character.toLowerCase(c);
      }
      if (space) {
        h = 31 * h + ' ';
        space = false;
        if (++hashed == HASHED_CHARS) {
          break;
        }
      }
      h = 31 * h + c;
      hashed++;
      any = true;
    }
    return h;
  }

  /** True when {@link #normalize} would only lower-case {@code s}. */
  private static boolean isNormalized(String s) {
    int n = s.length();
    if (n == 0 || isSpace(s.charAt(0)) || ":…|»›>".indexOf(s.charAt(n - 1)) >= 0) {
      return false;
    }
    boolean space = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ' && !space) {
        space = true;
      } else if (isSpace(c)) {
        return false; // a run of spaces, another space char, or a space at the end
      } else {
        space = false;
      }
    }
    return !space;
  }

  /** The spaces {@link #normalize} collapses: Unicode white space, no-break and zero-width. */
  static boolean isSpace(char c) {
    return c <= ' ' || (c >= '\u0085' && isWideSpace(c)); // one comparison for most chars
  }

  private static boolean isWideSpace(char c) {
    return c == '\u00A0'
        || c == '\u200B'
        || (c >= '\u2000' && c <= '\u200A')
        || c == '\u2028'
        || c == '\u2029'
        || c == '\u202F'
        || c == '\u205F'
        || c == '\u3000'
        || c == '\u1680'
        || c == '\u0085';
  }

  /** A heading that opens links to other articles: "You may also like...", "Leia também". */
  boolean isRelatedLine(String line) {
    return line.length() <= 60 && isRelatedKey(line, normalize(line));
  }

  /** {@link #isRelatedLine} of a line and its {@link #normalize normalized} key. */
  boolean isRelatedKey(String line, String n) {
    if (line.length() > 60) {
      return false;
    }
    int end = n.length();
    while (end > 0 && ".:…!".indexOf(n.charAt(end - 1)) >= 0) {
      end--;
    }
    return relatedLines.contains(n.substring(0, end).strip());
  }

  /** True when a class or id value marks a caption, photo credit or gallery. */
  boolean isCaptionMark(String attribute) {
    for (int start = tokenStart(attribute, 0), end;
        start >= 0;
        start = tokenStart(attribute, end)) {
      end = tokenEnd(attribute, start);
      if (isAscii(attribute, start, end)
          ? holdsCaptionPart(attribute, start, end)
          : holdsCaptionPart(attribute.substring(start, end).toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** True when the ASCII token in [from, to), lower-cased, holds a caption part: read in place. */
  private boolean holdsCaptionPart(String s, int from, int to) {
    for (String part : captionParts) {
      for (int at = from; at + part.length() <= to; at++) {
        if (sameLowerCase(part, s, at)) {
          return true;
        }
      }
    }
    return false;
  }

  private boolean holdsCaptionPart(String token) {
    for (String part : captionParts) {
      if (token.contains(part)) {
        return true;
      }
    }
    return false;
  }

  /** True when {@code s} from {@code at} lower-cases (ASCII) to {@code lower}. */
  static boolean sameLowerCase(String lower, String s, int at) {
    for (int k = 0; k < lower.length(); k++) {
      if (lower.charAt(k) != HtmlParser.lowerAscii(s.charAt(at + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAscii(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  boolean isFurnitureLine(String line) {
    return furnitureLines.contains(normalize(line));
  }

  /** {@link #isFurnitureLine} of a line given as its {@link #normalize normalized} key. */
  boolean isFurnitureKey(String key) {
    return furnitureLines.contains(key);
  }

  /** A short line made only of share-bar words: "Facebook Forum", "A A A", "Tweet Email". */
  boolean isShareLine(String line) {
    return line.length() <= 200 && isShareKey(normalize(line));
  }

  /** {@link #isShareLine} of a line of at most 200 chars given as its normalized key. */
  boolean isShareKey(String n) {
    int words = 0;
    int i = 0;
    while (i < n.length()) {
      int j = n.indexOf(' ', i);
      if (j < 0) {
        j = n.length();
      }
      if (++words > 8) {
        return false;
      }
      String bare = bare(n, i, j);
      if (!bare.isEmpty() && !shareWords.contains(bare)) {
        return false;
      }
      i = j + 1;
    }
    return true;
  }

  /**
   * The word in [from, to) without leading punctuation (but '+' and '-' stay: "g+", "-a") and
   * trailing punctuation (but '+').
   */
  private static String bare(String s, int from, int to) {
    while (from < to) {
      char c = s.charAt(from);
      if (Character.isLetterOrDigit(c) || c == '+' || c == '-') {
        break;
      }
      from++;
    }
    while (to > from) {
      char c = s.charAt(to - 1);
      if (Character.isLetterOrDigit(c) || c == '+') {
        break;
      }
      to--;
    }
    return s.substring(from, to);
  }

  /** Splits a class or id attribute into lower-case tokens, also at camelCase boundaries. */
  static List<String> tokens(String attribute) {
    List<String> out = new ArrayList<>();
    for (int start = tokenStart(attribute, 0), end;
        start >= 0;
        start = tokenStart(attribute, end)) {
      end = tokenEnd(attribute, start);
      out.add(attribute.substring(start, end).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  /** Where the next {@link #tokens token} starts at or after {@code from}, or -1. */
  static int tokenStart(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      if (isWordChar(s.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  /** Where the {@link #tokens token} starting at {@code start} ends: a non-word char or "aB". */
  static int tokenEnd(String s, int start) {
    int i = start + 1;
    while (i < s.length()
        && isWordChar(s.charAt(i))
        && !isCamelStep(s.charAt(i - 1), s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isWordChar(char c) {
    return c < 0x80
        ? (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        : Character.isLetterOrDigit(c);
  }

  /** A lower-case letter then an upper-case one: "imageCredit" is two tokens. */
  private static boolean isCamelStep(char before, char c) {
    if (c < 0x80) {
      return c >= 'A'
          && c <= 'Z'
          && (before < 0x80 ? before >= 'a' && before <= 'z' : Character.isLowerCase(before));
    }
    return Character.isUpperCase(c) && Character.isLowerCase(before);
  }

  private static Set<String> lines(String name) {
    Set<String> out = new HashSet<>();
    try (InputStream in = FurnitureRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String t = line.strip();
        if (!t.isEmpty() && !t.startsWith("#")) {
          out.add(normalize(t));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
