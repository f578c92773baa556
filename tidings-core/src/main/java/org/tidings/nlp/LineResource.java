package org.tidings.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A word list or table bundled under {@code org/tidings/nlp/}: one entry a line, {@code #} starts a
 * comment, blank lines are skipped, table columns are separated by tabs.
 */
final class LineResource {
  private LineResource() {}

  /** The non-comment lines of a bundled resource, trimmed. Missing resources fail fast. */
  static List<String> lines(String name) {
    InputStream in = LineResource.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("missing bundled resource org/tidings/nlp/" + name);
    }
    List<String> lines = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        int hash = line.indexOf('#');
        String kept = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!kept.isEmpty()) {
          lines.add(kept);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  /** The lines of a resource as a set of lower-cased words. */
  static Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>();
    for (String line : lines(name)) {
      words.add(line.toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(words);
  }

  /** The rows of a tab-separated resource, each with at least {@code columns} cells, stripped. */
  static List<String[]> rows(String name, int columns) {
    List<String[]> rows = new ArrayList<>();
    for (String line : lines(name)) {
      String[] cells = line.split("\t");
      if (cells.length < columns) {
        throw new IllegalStateException(
            "org/tidings/nlp/" + name + ": fewer than " + columns + " columns in '" + line + "'");
      }
      for (int i = 0; i < cells.length; i++) {
        cells[i] = cells[i].strip();
      }
      rows.add(cells);
    }
    return rows;
  }

  /** A two-column table: first column (lower-cased) to second column. */
  static Map<String, String> table(String name) {
    Map<String, String> table = new LinkedHashMap<>();
    for (String[] row : rows(name, 2)) {
      table.put(row[0].toLowerCase(Locale.ROOT), row[1]);
    }
    return Map.copyOf(table);
  }
}
