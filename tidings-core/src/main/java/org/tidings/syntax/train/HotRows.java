package org.tidings.syntax.train;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import org.tidings.syntax.DependencyParser;
import org.tidings.syntax.FeatureIndex;
import org.tidings.syntax.SyntaxParser;
import org.tidings.syntax.Tagger;
import org.tidings.syntax.WeightTable;

/**
 * Chooses the hot rows of the syntax models: parses a corpus, counts how often each feature key is
 * looked up, and moves the most used rows of each {@link WeightTable} to its small hot table, which
 * stays in cache. The weights do not change, so neither do the predictions: only speed.
 *
 * <p>Run on its own it converts model files in place (e.g. older ones without hot rows):
 *
 * <pre>
 * java -cp tidings-core/target/classes org.tidings.syntax.train.HotRows \
 *     [--shared ../shared] [--models tidings-core/src/main/resources/org/tidings/syntax]
 * </pre>
 *
 * {@link Train} does the same after training, on the training sentences (UD English EWT and GUM
 * train).
 */
public final class HotRows {
  /** Hot rows per table: sized so that the three hot tables fit in about a megabyte. */
  public static final int TAGGER = 8_000;

  public static final int TRANSITIONS = 22_000;
  public static final int RELATIONS = 8_000;

  private HotRows() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path shared =
        Path.of(opts.getOrDefault("shared", System.getProperty("tidings.shared", "../shared")));
    Path models =
        Path.of(opts.getOrDefault("models", "tidings-core/src/main/resources/org/tidings/syntax"));
    Path ud = shared.resolve("data/nlp");
    List<Treebank.Sentence> corpus = new ArrayList<>();
    corpus.addAll(Treebank.read(ud.resolve("ud-english-ewt/en_ewt-ud-train.conllu")));
    corpus.addAll(Treebank.read(ud.resolve("ud-english-gum/en_gum-ud-train.conllu")));
    SyntaxParser syntax;
    try (InputStream t = Files.newInputStream(models.resolve("tagger.model"));
        InputStream p = Files.newInputStream(models.resolve("parser.model"))) {
      syntax = new SyntaxParser(SyntaxParser.readTagger(t), SyntaxParser.readParser(p));
    }
    SyntaxParser hot = mark(syntax, corpus.stream().map(Treebank.Sentence::words).toList());
    try (OutputStream o = Files.newOutputStream(models.resolve("tagger.model"))) {
      SyntaxParser.writeTagger(hot.tagger(), o);
    }
    try (OutputStream o = Files.newOutputStream(models.resolve("parser.model"))) {
      SyntaxParser.writeParser(hot.parser(), o);
    }
    System.out.printf(
        "hot rows: tagger %d, transitions %d, relations %d (counted on %d sentences)%n",
        hot.tagger().weights().hotRowCount(),
        hot.parser().transitions().hotRowCount(),
        hot.parser().relations().hotRowCount(),
        corpus.size());
  }

  /** The tagger and parser with their most used rows hot, counted by parsing {@code sentences}. */
  public static SyntaxParser mark(SyntaxParser syntax, List<List<String>> sentences) {
    Tagger tagger = syntax.tagger();
    DependencyParser parser = syntax.parser();
    Counter tags = new Counter();
    Counter transitions = new Counter();
    Counter relations = new Counter();
    SyntaxParser counting =
        new SyntaxParser(
            tagger.withWeights(tagger.weights().observed(tags)),
            new DependencyParser(
                parser.transitions().observed(transitions),
                parser.relations().observed(relations)));
    for (List<String> words : sentences) {
      counting.parse(words);
    }
    return new SyntaxParser(
        tagger.withWeights(tagger.weights().withHotKeys(tags.ranked(), TAGGER)),
        new DependencyParser(
            parser.transitions().withHotKeys(transitions.ranked(), TRANSITIONS),
            parser.relations().withHotKeys(relations.ranked(), RELATIONS)));
  }

  /** The tagger alone with its most used rows hot, counted by tagging {@code sentences}. */
  public static Tagger mark(Tagger tagger, List<List<String>> sentences) {
    Counter tags = new Counter();
    Tagger counting = tagger.withWeights(tagger.weights().observed(tags));
    for (List<String> words : sentences) {
      counting.tag(words);
    }
    return tagger.withWeights(tagger.weights().withHotKeys(tags.ranked(), TAGGER));
  }

  /** How often each key was looked up. */
  private static final class Counter implements IntConsumer {
    private final FeatureIndex index = new FeatureIndex(1 << 16);
    private int[] counts = new int[1 << 16];

    @Override
    public void accept(int key) {
      int row = index.rowOrAdd(key);
      if (row >= counts.length) {
        counts = Arrays.copyOf(counts, counts.length * 2);
      }
      counts[row]++;
    }

    /** The keys, most counted first (ties by key, so that the order is deterministic). */
    int[] ranked() {
      int[] keys = index.keysByRow();
      long[] order = new long[keys.length];
      for (int r = 0; r < keys.length; r++) {
        // count descending above, key ascending below
        order[r] = (long) (Integer.MAX_VALUE - counts[r]) << 32 | Integer.toUnsignedLong(keys[r]);
      }
      Arrays.sort(order);
      int[] out = new int[order.length];
      for (int i = 0; i < order.length; i++) {
        out[i] = (int) order[i];
      }
      return out;
    }
  }
}
