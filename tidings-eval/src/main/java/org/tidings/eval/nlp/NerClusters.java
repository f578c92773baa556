package org.tidings.eval.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Sentence;
import org.tidings.model.SourceMap;
import org.tidings.model.Token;
import org.tidings.nlp.Tokenizer;
import org.tidings.nlp.WordClusters;
import org.tidings.nlp.train.NerTrainer.Example;
import org.tidings.nlp.train.WordClusterer;

/**
 * Learns the name tagger's word classes ({@link WordClusters}) from unlabelled text in the shared
 * data: the words (labels ignored) of CoNLL-2003 train and dev, the BBC News 2004-05 articles, the
 * PolNeAR train articles, and the word forms of UD English-EWT and GUM train. Never CoNLL test. Raw
 * articles are split into sentences and words by the project's own {@link Tokenizer}, as text is at
 * run time. Writes the class file to the path given as the first argument.
 *
 * <pre>
 * java -Xmx1500m -cp ... org.tidings.eval.nlp.NerClusters \
 *     tidings-core/src/main/resources/org/tidings/nlp/word-clusters.bin
 * </pre>
 *
 * System properties: {@code tidings.shared}, {@code clusters.sizes} (granularities, default
 * "64,256"), {@code clusters.minCount} (default 3), {@code clusters.iterations} (default 12).
 */
public final class NerClusters {
  private NerClusters() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NerClusters <output path>");
      System.exit(2);
    }
    Path data = NerCorpus.shared().resolve("data");
    int[] sizes =
        Stream.of(System.getProperty("clusters.sizes", "64,256").split(","))
            .mapToInt(Integer::parseInt)
            .toArray();
    int minCount = Integer.getInteger("clusters.minCount", 3);
    int iterations = Integer.getInteger("clusters.iterations", 12);
    List<List<String>> sentences = new ArrayList<>();
    for (String split : List.of("train.txt", "dev.txt")) {
      for (Example e : NerCorpus.conll(data.resolve("nlp/conll2003").resolve(split))) {
        sentences.add(e.words());
      }
    }
    report("CoNLL-2003 train+dev", sentences.size());
    Tokenizer tokenizer = Tokenizer.standard();
    int before = sentences.size();
    for (Path f : texts(data.resolve("corpora/bbc"))) {
      tokenize(tokenizer, new String(Files.readAllBytes(f), StandardCharsets.UTF_8), sentences);
    }
    report("BBC", sentences.size() - before);
    before = sentences.size();
    for (Path f : texts(data.resolve("nlp/polnear/train/text"))) {
      tokenize(tokenizer, new String(Files.readAllBytes(f), StandardCharsets.UTF_8), sentences);
    }
    report("PolNeAR train", sentences.size() - before);
    before = sentences.size();
    conllu(data.resolve("nlp/ud-english-ewt/en_ewt-ud-train.conllu"), sentences);
    conllu(data.resolve("nlp/ud-english-gum/en_gum-ud-train.conllu"), sentences);
    report("UD EWT+GUM train", sentences.size() - before);
    WordClusterer clusterer = new WordClusterer(minCount, iterations, System.out::println);
    WordClusters clusters = clusterer.train(sentences, sizes);
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      clusters.write(o);
    }
    System.out.printf(
        Locale.ROOT, "wrote %s: %d words, %d bytes%n", out, clusters.size(), Files.size(out));
  }

  private static void report(String what, int n) {
    System.out.printf(Locale.ROOT, "%s: %d sentences%n", what, n);
  }

  private static List<Path> texts(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().matches("(?!README).*\\.txt"))
          .sorted()
          .toList();
    }
  }

  private static void tokenize(Tokenizer tokenizer, String text, List<List<String>> out) {
    Article article =
        Article.of("u", "", Optional.empty(), List.of(), "en", text, SourceMap.none());
    Analysis a = tokenizer.annotate(Analysis.of(article));
    for (Sentence s : a.sentences()) {
      List<String> words = new ArrayList<>();
      for (Token t : a.tokensOf(s)) {
        words.add(t.text());
      }
      if (!words.isEmpty()) {
        out.add(words);
      }
    }
  }

  /** The word forms of a CoNLL-U file's sentences (multi-word token lines skipped). */
  private static void conllu(Path file, List<List<String>> out) throws IOException {
    List<String> words = new ArrayList<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) {
        if (!words.isEmpty()) {
          out.add(words);
          words = new ArrayList<>();
        }
        continue;
      }
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length > 1 && f[0].matches("\\d+")) {
        words.add(f[1]);
      }
    }
    if (!words.isEmpty()) {
      out.add(words);
    }
  }
}
