package org.tidings.eval.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.nlp.EntityLexicon;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.PerceptronNer;
import org.tidings.nlp.Tokenizer;
import org.tidings.nlp.train.NerTrainer.Example;

/**
 * Scores the bundled name tagger: exact-span precision, recall and F1 per type (conlleval style) on
 * CoNLL-2003 test (PER, ORG, LOC, MISC) and on Universal NER English-EWT test (PER, ORG, LOC; the
 * tagger's MISC is dropped there, as UNER has no such type), the tagger's speed in tokens per
 * second, and the time to load the model. Exits non-zero when a score falls below its pinned floor.
 *
 * <pre>
 * mvn -o -B -q compile -pl tidings-eval -am
 * java -cp tidings-core/target/classes:tidings-eval/target/classes \
 *     -Dtidings.shared=/work/shared org.tidings.eval.nlp.NerEval [model file]
 * </pre>
 */
public final class NerEval {
  /** Pinned floors: a change that scores below these has made the tagger worse. */
  static final double CONLL_TEST_FLOOR = 0.886;

  static final double UNER_TEST_FLOOR = 0.590;

  private NerEval() {}

  public static void main(String[] args) throws IOException {
    Path shared = NerCorpus.shared();
    long t0 = System.nanoTime();
    EntityLexicon lexicon = EntityLexicon.standard();
    PerceptronNer model;
    if (args.length > 0) {
      try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
        model = PerceptronNer.read(in, NerTrain.features(lexicon));
      }
    } else {
      model = PerceptronNer.standard(lexicon);
    }
    System.out.printf(
        Locale.ROOT, "loaded lexicon and model in %.0f ms%n", (System.nanoTime() - t0) / 1e6);

    List<List<Example>> conll =
        NerCorpus.articles(NerCorpus.conll(shared.resolve("data/nlp/conll2003/test.txt")));
    NerScore c = score(model, conll, Set.of("PER", "ORG", "LOC", "MISC"));
    System.out.println("\nCoNLL-2003 test (exact span, conlleval style)");
    System.out.print(c.report());

    Path unerFile = shared.resolve("data/nlp/uner-english-ewt/en_ewt-ud-test.iob2");
    NerScore u = null;
    if (Files.exists(unerFile)) {
      u = score(model, NerCorpus.alone(NerCorpus.uner(unerFile)), Set.of("PER", "ORG", "LOC"));
      System.out.println("\nUniversal NER English-EWT test (PER/ORG/LOC; web text, out of domain)");
      System.out.print(u.report());
    }

    speed(model, conll);
    recognizerSpeed(conll);

    boolean ok = true;
    if (c.f1() < CONLL_TEST_FLOOR) {
      System.out.printf(Locale.ROOT, "FAIL CoNLL F1 %.4f < floor %.3f%n", c.f1(), CONLL_TEST_FLOOR);
      ok = false;
    }
    if (u != null && u.f1() < UNER_TEST_FLOOR) {
      System.out.printf(Locale.ROOT, "FAIL UNER F1 %.4f < floor %.3f%n", u.f1(), UNER_TEST_FLOOR);
      ok = false;
    }
    System.out.println(ok ? "\nOK: all floors met" : "");
    System.exit(ok ? 0 : 1);
  }

  static NerScore score(PerceptronNer model, List<List<Example>> documents, Set<String> types) {
    NerScore s = new NerScore(types);
    for (List<Example> document : documents) {
      List<List<String>> tags = model.tagDocument(words(document));
      for (int k = 0; k < document.size(); k++) {
        List<String> predicted = new ArrayList<>(tags.get(k));
        for (int i = 0; i < predicted.size(); i++) {
          String t = predicted.get(i);
          if (t.length() > 2 && !types.contains(t.substring(2))) {
            predicted.set(i, "O");
          }
        }
        s.add(document.get(k).labels(), predicted);
      }
    }
    return s;
  }

  static List<List<String>> words(List<Example> document) {
    List<List<String>> out = new ArrayList<>(document.size());
    for (Example e : document) {
      out.add(e.words());
    }
    return out;
  }

  /**
   * Tokens per second of the whole entity stage ({@link Tokenizer} then {@link EntityRecognizer})
   * over the CoNLL test articles, rebuilt as plain text (words joined by spaces, a sentence a
   * line).
   */
  private static void recognizerSpeed(List<List<Example>> documents) {
    Tokenizer tokenizer = Tokenizer.standard();
    EntityRecognizer recognizer = EntityRecognizer.standard();
    List<Analysis> tokenized = new ArrayList<>();
    long tokens = 0;
    for (List<Example> d : documents) {
      StringBuilder b = new StringBuilder();
      for (Example e : d) {
        b.append(String.join(" ", e.words())).append('\n');
      }
      Article article =
          Article.of(
              "conll", "", Optional.empty(), List.of(), "en", b.toString(), SourceMap.none());
      Analysis a = tokenizer.annotate(Analysis.of(article));
      tokens += a.tokens().size();
      tokenized.add(a);
    }
    double best = 0;
    long entities = 0;
    for (int run = 0; run < 4; run++) {
      long t0 = cpuNanos();
      entities = 0;
      for (Analysis a : tokenized) {
        entities += recognizer.annotate(a).entities().size();
      }
      double seconds = (cpuNanos() - t0) / 1e9;
      if (run > 0) {
        best = Math.max(best, tokens / seconds);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "EntityRecognizer (rules + tagger): %.0f tokens/CPU-s, %d entities in %d articles%n",
        best,
        entities,
        tokenized.size());
  }

  /** Tokens per CPU second over the test sentences, after a warm-up pass; best of three runs. */
  private static void speed(PerceptronNer model, List<List<Example>> documents) {
    long tokens = 0;
    for (List<Example> d : documents) {
      for (Example e : d) {
        tokens += e.words().size();
      }
    }
    double best = 0;
    for (int run = 0; run < 4; run++) {
      long t0 = cpuNanos();
      for (List<Example> d : documents) {
        model.tagDocument(words(d));
      }
      double seconds = (cpuNanos() - t0) / 1e9;
      if (run > 0) {
        best = Math.max(best, tokens / seconds);
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%nspeed: %.0f tokens/CPU-s (one thread, %d tokens, best of 3)%n",
        best,
        tokens);
  }

  /** CPU time of this thread: on a shared, loaded machine wall time says more about the others. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
  }
}
