package org.tidings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Word lists that tell page furniture from article text: class/id tokens of furniture and of
 * content, whole furniture lines (navigation, accessibility, share and ad labels in many
 * languages), and share-bar words.
 */
record FurnitureRules(
    Set<String> furnitureTokens,
    Set<String> contentTokens,
    Set<String> furnitureLines,
    Set<String> shareWords) {

  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u200B]+");
  private static final Pattern TOKEN_SPLIT =
      Pattern.compile("[^\\p{L}\\p{N}]+|(?<=\\p{Ll})(?=\\p{Lu})");

  FurnitureRules {
    furnitureTokens = Set.copyOf(furnitureTokens);
    contentTokens = Set.copyOf(contentTokens);
    furnitureLines = Set.copyOf(furnitureLines);
    shareWords = Set.copyOf(shareWords);
  }

  /** The rules bundled with Tidings. */
  static FurnitureRules standard() {
    return new FurnitureRules(
        lines("furniture-tokens.txt"),
        lines("content-tokens.txt"),
        lines("furniture-lines.txt"),
        lines("share-words.txt"));
  }

  /** Case-folded, spaces collapsed, trimmed, trailing colon/ellipsis dropped. */
  static String normalize(String s) {
    String n = SPACES.matcher(s).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    while (!n.isEmpty() && ":…|»›>".indexOf(n.charAt(n.length() - 1)) >= 0) {
      n = n.substring(0, n.length() - 1).trim();
    }
    return n;
  }

  boolean isFurnitureLine(String line) {
    return furnitureLines.contains(normalize(line));
  }

  /** A short line made only of share-bar words: "Facebook Forum", "A A A", "Tweet Email". */
  boolean isShareLine(String line) {
    String[] words = SPACES.split(normalize(line));
    if (words.length == 0 || words.length > 8) {
      return false;
    }
    for (String w : words) {
      String bare = w.replaceAll("^[^\\p{L}\\p{N}+-]+|[^\\p{L}\\p{N}+]+$", "");
      if (!bare.isEmpty() && !shareWords.contains(bare)) {
        return false;
      }
    }
    return true;
  }

  /** Splits a class or id attribute into lower-case tokens, also at camelCase boundaries. */
  static String[] tokens(String attribute) {
    String[] parts = TOKEN_SPLIT.split(attribute);
    for (int i = 0; i < parts.length; i++) {
      parts[i] = parts[i].toLowerCase(Locale.ROOT);
    }
    return parts;
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
