package org.tidings.eval.syntax;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.eval.SharedData;
import org.tidings.syntax.DependencyTree;
import org.tidings.syntax.SyntaxParser;
import org.tidings.syntax.train.Treebank;

/**
 * Scores the bundled tagger and parser on the UD English EWT and GUM test sets, with gold
 * tokenisation and punctuation included, as in the CoNLL 2018 shared task (LAS compares relations
 * without subtypes; "LAS-full" compares them with). Then measures tag+parse speed on one thread.
 * Exits non-zero when a score falls below its pinned floor.
 *
 * <pre>
 * mvn -o -q compile -pl tidings-eval -am
 * java -cp tidings-core/target/classes:tidings-eval/target/classes \
 *     -Dtidings.shared=/work/shared org.tidings.eval.syntax.SyntaxEvaluation
 * </pre>
 */
public final class SyntaxEvaluation {
  /** Floors pinned a little under the scores reached when the models were trained. */
  static final double EWT_UPOS = 0.950;

  static final double EWT_UAS = 0.845;
  static final double EWT_LAS = 0.814;
  static final double GUM_UPOS = 0.962;
  static final double GUM_UAS = 0.838;
  static final double GUM_LAS = 0.807;

  private SyntaxEvaluation() {}

  /** Scores over one treebank. */
  record Scores(int sentences, int words, double upos, double uas, double las, double lasFull) {}

  public static void main(String[] args) throws IOException {
    Path ud = SharedData.root().resolve("data/nlp");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c0 = threads.getCurrentThreadCpuTime();
    long t0 = System.nanoTime();
    SyntaxParser syntax = SyntaxParser.standard();
    System.out.printf(
        Locale.ROOT,
        "models loaded in %d ms wall, %d ms CPU%n",
        (System.nanoTime() - t0) / 1_000_000,
        (threads.getCurrentThreadCpuTime() - c0) / 1_000_000);
    List<Treebank.Sentence> ewt = Treebank.read(ud.resolve("ud-english-ewt/en_ewt-ud-test.conllu"));
    List<Treebank.Sentence> gum = Treebank.read(ud.resolve("ud-english-gum/en_gum-ud-test.conllu"));
    boolean ok = true;
    ok &= report("EWT test", score(syntax, ewt), EWT_UPOS, EWT_UAS, EWT_LAS);
    ok &= report("GUM test", score(syntax, gum), GUM_UPOS, GUM_UAS, GUM_LAS);
    speed(syntax, ewt);
    if (!ok) {
      System.out.println("FAIL: below a pinned floor");
      System.exit(1);
    }
  }

  static Scores score(SyntaxParser syntax, List<Treebank.Sentence> data) {
    long tags = 0;
    long heads = 0;
    long labelled = 0;
    long full = 0;
    long words = 0;
    for (Treebank.Sentence s : data) {
      DependencyTree t = syntax.parse(s.words());
      for (int i = 0; i < s.size(); i++) {
        words++;
        tags += t.tag(i).equals(s.upos().get(i)) ? 1 : 0;
        if (t.head(i) == s.heads()[i]) {
          heads++;
          if (t.baseRelation(i).equals(base(s.relations().get(i)))) {
            labelled++;
          }
          if (t.relation(i).equals(s.relations().get(i))) {
            full++;
          }
        }
      }
    }
    double w = words;
    return new Scores(data.size(), (int) words, tags / w, heads / w, labelled / w, full / w);
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  private static boolean report(String name, Scores s, double upos, double uas, double las) {
    boolean ok = s.upos() >= upos && s.uas() >= uas && s.las() >= las;
    System.out.printf(
        Locale.ROOT,
        "%s: %d sentences, %d words: UPOS %.4f (floor %.3f)  UAS %.4f (floor %.3f)  LAS %.4f"
            + " (floor %.3f)  LAS-full %.4f  %s%n",
        name,
        s.sentences(),
        s.words(),
        s.upos(),
        upos,
        s.uas(),
        uas,
        s.las(),
        las,
        s.lasFull(),
        ok ? "ok" : "BELOW FLOOR");
    return ok;
  }

  /** Tag+parse throughput on one thread, after a warm-up, over the given sentences. */
  static void speed(SyntaxParser syntax, List<Treebank.Sentence> data) {
    List<List<String>> sentences = new ArrayList<>();
    long words = 0;
    for (Treebank.Sentence s : data) {
      sentences.add(s.words());
      words += s.size();
    }
    long sink = 0;
    for (int round = 0; round < 3; round++) {
      for (List<String> s : sentences) {
        sink += syntax.parse(s).root();
      }
    }
    int rounds = 5;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (int round = 0; round < rounds; round++) {
      for (List<String> s : sentences) {
        sink += syntax.parse(s).root();
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "speed (tag+parse, 1 thread): per CPU-second of the thread %.0f sentences/s, %.0f tokens/s;"
            + " wall clock %.0f sentences/s, %.0f tokens/s (%d rounds of %d sentences; checksum"
            + " %d)%n",
        rounds * sentences.size() / cpu,
        rounds * words / cpu,
        rounds * sentences.size() / seconds,
        rounds * words / seconds,
        rounds,
        sentences.size(),
        sink);
  }
}
