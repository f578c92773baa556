package org.tidings.syntax.train;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tidings.syntax.DependencyParser;
import org.tidings.syntax.SyntaxParser;
import org.tidings.syntax.Tagger;

/**
 * Trains the bundled syntax models from UD English EWT and GUM and writes them.
 *
 * <pre>
 * java -Xmx4g -cp tidings-core/target/classes org.tidings.syntax.train.Train \
 *     [--shared ../shared] [--out tidings-core/src/main/resources/org/tidings/syntax] \
 *     [--tagger-epochs 8] [--parser-epochs 12] [--folds 4] [--seed 20261130] \
 *     [--tagger-rows 250000] [--transition-rows 700000] [--relation-rows 200000]
 * </pre>
 *
 * The parser is trained on tags from a jack-knifed tagger (each fold tagged by a tagger trained on
 * the other folds), so it learns to live with tagging mistakes. Deterministic for a given seed.
 */
public final class Train {
  private Train() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
    }
    Path shared =
        Path.of(opts.getOrDefault("shared", System.getProperty("tidings.shared", "../shared")));
    Path out =
        Path.of(opts.getOrDefault("out", "tidings-core/src/main/resources/org/tidings/syntax"));
    int taggerEpochs = Integer.parseInt(opts.getOrDefault("tagger-epochs", "8"));
    int parserEpochs = Integer.parseInt(opts.getOrDefault("parser-epochs", "12"));
    int folds = Integer.parseInt(opts.getOrDefault("folds", "4"));
    long seed = Long.parseLong(opts.getOrDefault("seed", "20261130"));
    int taggerRows = Integer.parseInt(opts.getOrDefault("tagger-rows", "250000"));
    int transitionRows = Integer.parseInt(opts.getOrDefault("transition-rows", "700000"));
    int relationRows = Integer.parseInt(opts.getOrDefault("relation-rows", "200000"));
    boolean parse = !opts.getOrDefault("parser", "yes").equals("no");

    Path ud = shared.resolve("data/nlp");
    List<Treebank.Sentence> train = new ArrayList<>();
    train.addAll(Treebank.read(ud.resolve("ud-english-ewt/en_ewt-ud-train.conllu")));
    train.addAll(Treebank.read(ud.resolve("ud-english-gum/en_gum-ud-train.conllu")));
    List<Treebank.Sentence> dev = Treebank.read(ud.resolve("ud-english-ewt/en_ewt-ud-dev.conllu"));
    log("train " + train.size() + " sentences, dev " + dev.size());

    long start = System.nanoTime();
    Tagger tagger = new TaggerTrainer(taggerEpochs, seed, taggerRows, Train::log).train(train, dev);
    log(
        String.format(
            Locale.ROOT,
            "tagger dev UPOS %.4f (pruned) after %ds",
            TaggerTrainer.accuracy(tagger, dev),
            seconds(start)));
    Files.createDirectories(out);
    try (OutputStream o = Files.newOutputStream(out.resolve("tagger.model"))) {
      SyntaxParser.writeTagger(tagger, o);
    }
    if (!parse) {
      return;
    }
    List<List<String>> trainTags = jackknife(train, folds, taggerEpochs, seed, taggerRows);
    List<List<String>> devTags = dev.stream().map(s -> tagger.tag(s.words())).toList();
    log("jack-knifed tags after " + seconds(start) + "s");
    DependencyParser parser =
        new ParserTrainer(parserEpochs, seed, transitionRows, relationRows, Train::log)
            .train(train, trainTags, dev, devTags);
    double[] score = ParserTrainer.attachment(parser, dev, devTags);
    log(
        String.format(
            Locale.ROOT,
            "parser dev UAS %.4f LAS %.4f (pruned) after %ds",
            score[0],
            score[1],
            seconds(start)));
    try (OutputStream o = Files.newOutputStream(out.resolve("parser.model"))) {
      SyntaxParser.writeParser(parser, o);
    }
    log(
        "wrote "
            + out.resolve("tagger.model")
            + " ("
            + Files.size(out.resolve("tagger.model"))
            + " bytes), "
            + out.resolve("parser.model")
            + " ("
            + Files.size(out.resolve("parser.model"))
            + " bytes)");
  }

  private static List<List<String>> jackknife(
      List<Treebank.Sentence> train, int folds, int epochs, long seed, int rows) {
    List<List<String>> tags = new ArrayList<>(train.size());
    for (int i = 0; i < train.size(); i++) {
      tags.add(null);
    }
    for (int k = 0; k < folds; k++) {
      List<Treebank.Sentence> rest = new ArrayList<>();
      for (int i = 0; i < train.size(); i++) {
        if (i % folds != k) {
          rest.add(train.get(i));
        }
      }
      Tagger t = new TaggerTrainer(epochs, seed + k, rows, line -> {}).train(rest, null);
      for (int i = k; i < train.size(); i += folds) {
        tags.set(i, t.tag(train.get(i).words()));
      }
      log("fold " + (k + 1) + "/" + folds + " tagged");
    }
    return tags;
  }

  private static long seconds(long start) {
    return (System.nanoTime() - start) / 1_000_000_000L;
  }

  private static void log(String line) {
    System.out.println(line);
    System.out.flush();
  }
}
