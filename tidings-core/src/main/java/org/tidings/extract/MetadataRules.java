package org.tidings.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the metadata rules use, read from resource files.
 *
 * @param publishedMeta meta tag names holding the publication date, best first
 * @param modifiedMeta meta tag names holding the last update
 * @param authorMeta meta tag names holding author names, best first
 * @param bylinePrefixes words opening a byline ("by", "von", "written by"), longest first
 * @param genericTitles headings that name a site section, not a page ("blog", "news")
 */
record MetadataRules(
    List<String> publishedMeta,
    List<String> modifiedMeta,
    List<String> authorMeta,
    List<String> bylinePrefixes,
    Set<String> genericTitles,
    List<String> updateWords,
    List<String> otherDateWords) {

  MetadataRules {
    publishedMeta = List.copyOf(publishedMeta);
    modifiedMeta = List.copyOf(modifiedMeta);
    authorMeta = List.copyOf(authorMeta);
    bylinePrefixes = List.copyOf(bylinePrefixes);
    genericTitles = Set.copyOf(genericTitles);
    updateWords = List.copyOf(updateWords);
    otherDateWords = List.copyOf(otherDateWords);
  }

  /** True when a shown date's line calls it an update ("Updated on", "Last modified:"). */
  boolean isUpdateLine(String line) {
    return mentions(line, updateWords);
  }

  /** True when a shown date's line dates something else ("Joined: 4 Jul 2012"). */
  boolean isOtherDateLine(String line) {
    return mentions(line, otherDateWords);
  }

  private static boolean mentions(String line, List<String> words) {
    String lower = line.toLowerCase(Locale.ROOT);
    for (String w : words) {
      int i = lower.indexOf(w);
      if (i >= 0 && (i == 0 || !Character.isLetter(lower.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  static MetadataRules standard() {
    List<String> published = new ArrayList<>();
    List<String> modified = new ArrayList<>();
    for (String line : lines("date-meta.tsv")) {
      String[] f = line.split("\t");
      (f.length > 1 && f[1].trim().equals("modified") ? modified : published).add(f[0].trim());
    }
    List<String> prefixes = new ArrayList<>(lines("byline-prefixes.txt"));
    prefixes.sort((a, b) -> b.length() - a.length());
    return new MetadataRules(
        published,
        modified,
        lines("author-meta.txt"),
        prefixes,
        new LinkedHashSet<>(lines("title-generic.txt")),
        lines("date-update-words.txt"),
        lines("date-other-words.txt"));
  }

  /** A resource of this package as lines: blank lines and # comments skipped, lower-cased. */
  static List<String> lines(String name) {
    List<String> out = new ArrayList<>();
    try (InputStream in = MetadataRules.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line.strip().toLowerCase(Locale.ROOT));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }
}
