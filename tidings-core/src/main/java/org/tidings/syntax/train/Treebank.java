package org.tidings.syntax.train;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads CoNLL-U files: syntactic words only (multi-word token lines and empty nodes skipped). */
public final class Treebank {
  private Treebank() {}

  /**
   * One annotated sentence.
   *
   * @param words the word forms
   * @param upos their universal tags
   * @param xpos their language-specific tags ("_" when absent)
   * @param heads their heads' numbers from 0, -1 for the root
   * @param relations their relations
   */
  public record Sentence(
      List<String> words,
      List<String> upos,
      List<String> xpos,
      int[] heads,
      List<String> relations) {
    public int size() {
      return words.size();
    }
  }

  public static List<Sentence> read(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r);
    }
  }

  public static List<Sentence> read(BufferedReader r) throws IOException {
    List<Sentence> out = new ArrayList<>();
    List<String[]> rows = new ArrayList<>();
    for (String line = r.readLine(); ; line = r.readLine()) {
      if (line == null || line.isBlank()) {
        if (!rows.isEmpty()) {
          out.add(sentence(rows));
          rows.clear();
        }
        if (line == null) {
          return out;
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length < 8 || cols[0].contains("-") || cols[0].contains(".")) {
        continue;
      }
      rows.add(cols);
    }
  }

  private static Sentence sentence(List<String[]> rows) {
    int n = rows.size();
    List<String> words = new ArrayList<>(n);
    List<String> upos = new ArrayList<>(n);
    List<String> xpos = new ArrayList<>(n);
    List<String> relations = new ArrayList<>(n);
    int[] heads = new int[n];
    for (int i = 0; i < n; i++) {
      String[] c = rows.get(i);
      words.add(c[1]);
      upos.add(c[3]);
      xpos.add(c[4]);
      heads[i] = Integer.parseInt(c[6]) - 1;
      relations.add(c[7]);
    }
    return new Sentence(words, upos, xpos, heads, relations);
  }
}
