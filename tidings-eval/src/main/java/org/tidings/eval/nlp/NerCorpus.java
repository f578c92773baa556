package org.tidings.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tidings.eval.SharedData;
import org.tidings.nlp.train.NerTrainer.Example;

/** Reads NER corpora in column formats: CoNLL-2003 ("word POS tag") and Universal NER IOB2. */
public final class NerCorpus {
  private NerCorpus() {}

  /** The shared data folder: system property {@code tidings.shared}, default {@code ../shared}. */
  static Path shared() {
    return SharedData.root();
  }

  /** CoNLL-2003 as shared: word, POS and IOB2 tag per line, blank line between sentences. */
  public static List<Example> conll(Path file) throws IOException {
    return read(file, 0, -1);
  }

  /** Universal NER: "index word tag - annotator" per line, # comments, blank between sentences. */
  static List<Example> uner(Path file) throws IOException {
    return read(file, 1, 2);
  }

  private static List<Example> read(Path file, int wordColumn, int tagColumn) throws IOException {
    List<Example> out = new ArrayList<>();
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("#") && tagColumn > 0) {
        continue;
      }
      if (line.isBlank()) {
        flush(out, words, tags);
        continue;
      }
      String[] f = line.split(tagColumn > 0 ? "\t" : " ");
      if (f[wordColumn].equals("-DOCSTART-")) {
        continue;
      }
      words.add(f[wordColumn]);
      tags.add(tagColumn < 0 ? f[f.length - 1] : f[tagColumn]);
    }
    flush(out, words, tags);
    return out;
  }

  /**
   * Splits CoNLL-2003 sentences (as shared, without -DOCSTART- lines) into articles: each Reuters
   * article opens with a headline and then a dateline such as "BRUSSELS 1996-08-22", so a new
   * article starts at the sentence before each dateline.
   */
  public static List<List<Example>> articles(List<Example> sentences) {
    List<List<Example>> out = new ArrayList<>();
    List<Example> current = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      boolean startsNext = i + 1 < sentences.size() && isDateline(sentences.get(i + 1).words());
      if (startsNext && !current.isEmpty()) {
        out.add(current);
        current = new ArrayList<>();
      }
      current.add(sentences.get(i));
    }
    if (!current.isEmpty()) {
      out.add(current);
    }
    return out;
  }

  private static boolean isDateline(List<String> words) {
    return words.size() <= 8
        && words.get(words.size() - 1).matches("\\d{4}-\\d{2}-\\d{2}")
        && !words.get(0).isEmpty()
        && Character.isUpperCase(words.get(0).charAt(0));
  }

  /** Each sentence a document of its own, for corpora without article structure. */
  static List<List<Example>> alone(List<Example> sentences) {
    return sentences.stream().map(List::of).toList();
  }

  private static void flush(List<Example> out, List<String> words, List<String> tags) {
    if (!words.isEmpty()) {
      out.add(new Example(words, tags));
      words.clear();
      tags.clear();
    }
  }
}
