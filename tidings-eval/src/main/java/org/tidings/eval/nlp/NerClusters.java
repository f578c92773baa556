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
 * "64,256"), {@code clusters.minCount} (default 3), {@code clusters.iterations} (default 12). For
 * experiments (none kept, see MODEL.md): {@code clusters.more=true} also reads PolNeAR dev,
 * TempEval-3 train and the WCXB dev gold text (5.3 million words); {@code
 * clusters.concat=a.bin,b.bin} writes two class files side by side; {@code clusters.tagger=model}
 * with {@code clusters.base=classes} adds a level of the types that tagger gives each word in the
 * unlabelled text; {@code clusters.embed=true} learns distributional classes instead ({@link
 * org.tidings.nlp.train.ContextClusterer}: PPMI context vectors, {@code clusters.dims} (default
 * 100) dimensions over the {@code clusters.contexts} (default 2000) most frequent words, {@code
 * clusters.caseContexts=true} to tell capitalised contexts apart, {@code clusters.namesOnly=true}
 * to count only mid-sentence capitalised uses), to add as extra levels with {@code
 * clusters.concat}.
 */
public final class NerClusters {
  private NerClusters() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NerClusters <output path>");
      System.exit(2);
    }
    String concat = System.getProperty("clusters.concat");
    if (concat != null) {
      WordClusters joined = null;
      for (String f : concat.split(",")) {
        try (java.io.InputStream in = Files.newInputStream(Path.of(f))) {
          WordClusters c = WordClusters.read(in);
          joined = joined == null ? c : WordClusters.concat(joined, c);
        }
      }
      try (OutputStream o = Files.newOutputStream(Path.of(args[0]))) {
        joined.write(o);
      }
      System.out.printf(Locale.ROOT, "wrote %s: %d words%n", args[0], joined.size());
      return;
    }
    Path data = NerCorpus.shared().resolve("data");
    String tagger = System.getProperty("clusters.tagger");
    if (tagger != null) {
      taggedLevel(data, Path.of(tagger), Path.of(System.getProperty("clusters.base")), args[0]);
      return;
    }
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
    if (Boolean.parseBoolean(System.getProperty("clusters.more", "false"))) {
      before = sentences.size();
      for (Path f : texts(data.resolve("nlp/polnear/dev/text"))) {
        tokenize(tokenizer, new String(Files.readAllBytes(f), StandardCharsets.UTF_8), sentences);
      }
      report("PolNeAR dev", sentences.size() - before);
      before = sentences.size();
      for (Path f : files(data.resolve("nlp/tempeval3/train"), ".tml")) {
        tokenize(tokenizer, timeMlText(Files.readString(f, StandardCharsets.UTF_8)), sentences);
      }
      report("TempEval-3 train", sentences.size() - before);
      before = sentences.size();
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      for (Path f : files(data.resolve("extraction/wcxb-dev/dev/ground-truth"), ".json")) {
        String text =
            json.readTree(f.toFile()).path("ground_truth").path("main_content").asText("");
        tokenize(tokenizer, text, sentences);
      }
      report("WCXB dev gold text", sentences.size() - before);
    }
    before = sentences.size();
    conllu(data.resolve("nlp/ud-english-ewt/en_ewt-ud-train.conllu"), sentences);
    conllu(data.resolve("nlp/ud-english-gum/en_gum-ud-train.conllu"), sentences);
    report("UD EWT+GUM train", sentences.size() - before);
    WordClusters clusters;
    if (Boolean.getBoolean("clusters.embed")) {
      clusters =
          new org.tidings.nlp.train.ContextClusterer(
                  minCount,
                  Integer.getInteger("clusters.contexts", 2000),
                  Integer.getInteger("clusters.dims", 100),
                  iterations,
                  17,
                  System.out::println)
              .caseContexts(Boolean.getBoolean("clusters.caseContexts"))
              .namesOnly(Boolean.getBoolean("clusters.namesOnly"))
              .train(sentences, sizes);
    } else {
      clusters =
          new WordClusterer(minCount, iterations, System.out::println).train(sentences, sizes);
    }
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      clusters.write(o);
    }
    System.out.printf(
        Locale.ROOT, "wrote %s: %d words, %d bytes%n", out, clusters.size(), Files.size(out));
  }

  private static final String[] TYPES = {"O", "PER", "ORG", "LOC", "MISC"};

  /**
   * Adds to the word classes in {@code base} one level learnt from the tagger's own output on
   * unlabelled text (not CoNLL): for each word seen capitalised at least 3 times, the type the
   * tagger gave it most often and how often (3 bands), 15 classes. A name the training data never
   * shows can still be known as a person if the tagger found it a person many times elsewhere.
   */
  private static void taggedLevel(Path data, Path model, Path base, String out) throws IOException {
    WordClusters clusters;
    try (java.io.InputStream in = Files.newInputStream(base)) {
      clusters = WordClusters.read(in);
    }
    org.tidings.nlp.PerceptronNer tagger;
    try (java.io.InputStream in = Files.newInputStream(model)) {
      tagger =
          org.tidings.nlp.PerceptronNer.read(
              in,
              new org.tidings.nlp.NerFeatures(org.tidings.nlp.EntityLexicon.standard(), clusters));
    }
    Tokenizer tokenizer = Tokenizer.standard();
    java.util.Map<String, int[]> counts = new java.util.HashMap<>();
    long tokens = 0;
    for (String text : unlabelledTexts(data)) {
      List<List<String>> doc = new ArrayList<>();
      tokenize(tokenizer, text, doc);
      if (doc.isEmpty()) {
        continue;
      }
      List<List<String>> tags = tagger.tagDocument(doc);
      for (int s = 0; s < doc.size(); s++) {
        for (int i = 0; i < doc.get(s).size(); i++) {
          String w = doc.get(s).get(i);
          tokens++;
          if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
            continue;
          }
          String t = tags.get(s).get(i);
          int type = 0;
          for (int k = 1; k < TYPES.length; k++) {
            if (t.length() > 2 && t.substring(2).equals(TYPES[k])) {
              type = k;
            }
          }
          counts.computeIfAbsent(WordClusters.normalise(w), k -> new int[TYPES.length])[type]++;
        }
      }
    }
    List<String> words = new ArrayList<>();
    List<Integer> classes = new ArrayList<>();
    counts.forEach(
        (w, c) -> {
          int total = java.util.Arrays.stream(c).sum();
          if (total < 3) {
            return;
          }
          int best = 0;
          for (int k = 1; k < c.length; k++) {
            if (c[k] > c[best]) {
              best = k;
            }
          }
          double share = c[best] / (double) total;
          int band = share >= 0.9 ? 2 : share >= 0.6 ? 1 : 0;
          words.add(w);
          classes.add(best * 3 + band);
        });
    int[][] level = {classes.stream().mapToInt(Integer::intValue).toArray()};
    WordClusters tagged =
        WordClusters.of(words.toArray(new String[0]), new int[] {TYPES.length * 3}, level);
    WordClusters joined = WordClusters.concat(clusters, tagged);
    try (OutputStream o = Files.newOutputStream(Path.of(out))) {
      joined.write(o);
    }
    System.out.printf(
        Locale.ROOT,
        "tagged %d tokens; %d words with a tagged type; wrote %s%n",
        tokens,
        words.size(),
        out);
  }

  /** The raw unlabelled articles (not CoNLL, not treebanks), one string each. */
  private static List<String> unlabelledTexts(Path data) throws IOException {
    List<String> out = new ArrayList<>();
    for (String dir : List.of("corpora/bbc", "nlp/polnear/train/text", "nlp/polnear/dev/text")) {
      for (Path f : texts(data.resolve(dir))) {
        out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
    }
    for (Path f : files(data.resolve("nlp/tempeval3/train"), ".tml")) {
      out.add(timeMlText(Files.readString(f, StandardCharsets.UTF_8)));
    }
    com.fasterxml.jackson.databind.ObjectMapper json =
        new com.fasterxml.jackson.databind.ObjectMapper();
    for (Path f : files(data.resolve("extraction/wcxb-dev/dev/ground-truth"), ".json")) {
      out.add(json.readTree(f.toFile()).path("ground_truth").path("main_content").asText(""));
    }
    return out;
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

  private static List<Path> files(Path dir, String suffix) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** The text of a TimeML document's TEXT element, tags removed and entities decoded. */
  static String timeMlText(String xml) {
    int start = xml.indexOf("<TEXT>");
    int end = xml.lastIndexOf("</TEXT>");
    String body = start >= 0 && end > start ? xml.substring(start + 6, end) : xml;
    return body.replaceAll("<[^>]*>", "")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
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
