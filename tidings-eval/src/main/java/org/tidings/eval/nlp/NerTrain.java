package org.tidings.eval.nlp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tidings.nlp.EntityLexicon;
import org.tidings.nlp.NerFeatures;
import org.tidings.nlp.PerceptronNer;
import org.tidings.nlp.WordClusters;
import org.tidings.nlp.train.NerTrainer;
import org.tidings.nlp.train.NerTrainer.Example;

/**
 * Trains the bundled name tagger on CoNLL-2003: first on train alone, scoring dev after every epoch
 * to choose the number of epochs, then on train + dev for that many epochs, and writes the model
 * (weights only) to the path given as the first argument.
 *
 * <pre>
 * mvn -o -B -q compile -pl tidings-eval -am
 * java -Xmx1500m -cp ... org.tidings.eval.nlp.NerTrain \
 *     tidings-core/src/main/resources/org/tidings/nlp/ner-en.bin
 * </pre>
 *
 * System properties: {@code tidings.shared} (data folder), {@code ner.epochs} (most epochs to try,
 * default 12), {@code ner.minCount} (feature count cut-off, default 2), {@code ner.minWeight}
 * (relative weight below which weights are dropped from the file, default 0.002), {@code
 * ner.fixedEpochs} (skip the epoch search), {@code ner.seeds} (models averaged, default 3), {@code
 * ner.bilou}, {@code ner.clusters} (word-class file), {@code ner.final=false} (fit train only,
 * score dev and UNER EWT dev, write that model), {@code ner.devOnly} (the epoch curve on dev only),
 * {@code ner.dropout} (share of features left out at random in training), {@code ner.seed} (first
 * shuffling seed, default 17).
 */
public final class NerTrain {
  private NerTrain() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: NerTrain <model output path>");
      System.exit(2);
    }
    Path data = NerCorpus.shared().resolve("data/nlp/conll2003");
    int maxEpochs = Integer.getInteger("ner.epochs", 12);
    int minCount = Integer.getInteger("ner.minCount", 2);
    float minWeight = Float.parseFloat(System.getProperty("ner.minWeight", "0.002"));
    List<List<Example>> train = NerCorpus.articles(NerCorpus.conll(data.resolve("train.txt")));
    boolean isFinal = Boolean.parseBoolean(System.getProperty("ner.final", "true"));
    if (!isFinal) {
      train = half(train);
    }
    List<List<Example>> dev = NerCorpus.articles(NerCorpus.conll(data.resolve("dev.txt")));
    System.out.printf(Locale.ROOT, "articles: train %d, dev %d%n", train.size(), dev.size());
    NerFeatures features = features(EntityLexicon.standard());
    NerTrainer trainer = new NerTrainer(features, minCount, 17, NerTrainer.LABELS, dropout());
    int[] best = {0};
    double[] bestF1 = {-1};
    PerceptronNer[] last = {null};
    long t0 = System.nanoTime();
    Integer fixed = Integer.getInteger("ner.fixedEpochs");
    if (fixed != null) {
      best[0] = fixed;
    }
    trainer.train(
        train,
        fixed != null ? 0 : maxEpochs,
        (model, epoch) -> {
          last[0] = model;
          double f1 = score(model, dev);
          System.out.printf(
              Locale.ROOT,
              "epoch %2d  dev F1 %.4f  (%.0f s)%n",
              epoch,
              f1,
              (System.nanoTime() - t0) / 1e9);
          if (f1 > bestF1[0]) {
            bestF1[0] = f1;
            best[0] = epoch;
          }
        });
    System.out.printf(Locale.ROOT, "best: %d epochs, dev F1 %.4f%n", best[0], bestF1[0]);
    if (Boolean.getBoolean("ner.devOnly")) {
      System.out.print(NerEval.score(last[0], dev, Set.of("PER", "ORG", "LOC", "MISC")).report());
      errors(last[0], dev, Path.of(System.getProperty("ner.errors", "/tmp/ner-dev-errors.txt")));
      return;
    }
    if (!Boolean.parseBoolean(System.getProperty("ner.final", "true"))) {
      PerceptronNer tuned = fit(features, minCount, train, best[0]);
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      tuned.write(bytes, minWeight);
      PerceptronNer reread =
          PerceptronNer.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), features);
      System.out.printf(
          Locale.ROOT, "as written (%d bytes): dev F1 %.4f%n", bytes.size(), score(reread, dev));
      System.out.print(NerEval.score(reread, dev, Set.of("PER", "ORG", "LOC", "MISC")).report());
      Path unerDev = NerCorpus.shared().resolve("data/nlp/uner-english-ewt/en_ewt-ud-dev.iob2");
      if (Files.exists(unerDev)) {
        NerScore u =
            NerEval.score(
                reread, NerCorpus.alone(NerCorpus.uner(unerDev)), Set.of("PER", "ORG", "LOC"));
        System.out.printf(Locale.ROOT, "UNER EWT dev F1 %.4f%n", u.f1());
      }

      errors(reread, dev, Path.of(System.getProperty("ner.errors", "/tmp/ner-dev-errors.txt")));
      Files.write(Path.of(args[0]), bytes.toByteArray());
      return;
    }
    List<List<Example>> all = new ArrayList<>(train);
    all.addAll(dev);
    all = half(all);
    PerceptronNer model = fit(features, minCount, all, best[0]);
    Path out = Path.of(args[0]);
    try (OutputStream o = Files.newOutputStream(out)) {
      model.write(o, minWeight);
    }
    System.out.printf(Locale.ROOT, "wrote %s: %d bytes%n", out, Files.size(out));
  }

  /**
   * The mean of models trained with {@code ner.seeds} (default 3) different seeds for the order
   * sentences are visited in.
   */
  private static PerceptronNer fit(
      NerFeatures features, int minCount, List<List<Example>> documents, int epochs) {
    int seeds = Integer.getInteger("ner.seeds", 3);
    List<PerceptronNer> models = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      NerTrainer trainer =
          new NerTrainer(
              features,
              minCount,
              Integer.getInteger("ner.seed", 17) + s,
              Boolean.getBoolean("ner.bilou") ? NerTrainer.BILOU_LABELS : NerTrainer.LABELS,
              dropout());
      models.add(trainer.train(documents, crossFeatures(features), epochs, (m, e) -> {}));
    }
    return models.size() == 1 ? models.get(0) : PerceptronNer.mean(models);
  }

  /**
   * Every other document (those at even positions for {@code ner.half=0}, odd for 1), or all of
   * them without {@code ner.half}: a half to fit a tagger on for stacking.
   */
  private static List<List<Example>> half(List<List<Example>> documents) {
    Integer half = Integer.getInteger("ner.half");
    if (half == null) {
      return documents;
    }
    List<List<Example>> part = new ArrayList<>();
    for (int d = half; d < documents.size(); d += 2) {
      part.add(documents.get(d));
    }
    return part;
  }

  /**
   * With {@code ner.crossClasses=even.bin,odd.bin}, the features of the even-numbered training
   * documents read the first class file and the odd-numbered ones the second (stacking); otherwise
   * every document uses {@code features}.
   */
  private static java.util.function.IntFunction<NerFeatures> crossFeatures(NerFeatures features) {
    String cross = System.getProperty("ner.crossClasses");
    if (cross == null) {
      return d -> features;
    }
    NerFeatures[] byParity = new NerFeatures[2];
    String[] files = cross.split(",");
    for (int k = 0; k < 2; k++) {
      try (java.io.InputStream in = Files.newInputStream(Path.of(files[k]))) {
        byParity[k] = new NerFeatures(EntityLexicon.standard(), WordClusters.read(in));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return d -> byParity[d % 2];
  }

  /** The share of features left out at random in training: system property {@code ner.dropout}. */
  private static double dropout() {
    return Double.parseDouble(System.getProperty("ner.dropout", "0"));
  }

  /**
   * Features with the word classes named by system property {@code ner.clusters} (a file written by
   * {@link NerClusters}; "none" for none), by default the bundled ones.
   */
  static NerFeatures features(EntityLexicon lexicon) throws IOException {
    String path = System.getProperty("ner.clusters");
    if (path == null) {
      return new NerFeatures(lexicon);
    }
    if (path.equals("none")) {
      return new NerFeatures(lexicon, WordClusters.none());
    }
    try (java.io.InputStream in = Files.newInputStream(Path.of(path))) {
      return new NerFeatures(lexicon, WordClusters.read(in));
    }
  }

  /** Writes every dev sentence the model gets wrong, gold and predicted side by side. */
  private static void errors(PerceptronNer model, List<List<Example>> dev, Path out)
      throws IOException {
    StringBuilder b = new StringBuilder();
    for (List<Example> doc : dev) {
      List<List<String>> tags = model.tagDocument(NerEval.words(doc));
      for (int k = 0; k < doc.size(); k++) {
        Example e = doc.get(k);
        if (e.labels().equals(tags.get(k))) {
          continue;
        }
        for (int i = 0; i < e.words().size(); i++) {
          String g = e.labels().get(i);
          String p = tags.get(k).get(i);
          b.append(e.words().get(i)).append('\t').append(g).append('\t').append(p);
          b.append(g.equals(p) ? "" : "\t<<<").append('\n');
        }
        b.append('\n');
      }
    }
    Files.writeString(out, b.toString(), java.nio.charset.StandardCharsets.UTF_8);
  }

  static double score(PerceptronNer model, List<List<Example>> documents) {
    return NerEval.score(model, documents, Set.of("PER", "ORG", "LOC", "MISC")).f1();
  }
}
