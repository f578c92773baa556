package org.tidings.eval.nlp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.tidings.eval.SharedData;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.model.TimeExpression;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;

/**
 * Scores {@link TimeFinder} on TempEval-3 and fails (exit 1) when a pinned floor is missed.
 *
 * <p>Each document's creation time (DCT) is given to the finder as the article's publication date,
 * the only anchor it uses. A found expression matches a gold TIMEX3 when their spans overlap
 * (TempEval-3's relaxed match, one to one, in text order). Reported: relaxed and strict extent
 * precision, recall and F1; value accuracy over matched expressions (the TimeML value string must
 * be equal); and value F1 (TempEval-3's attribute F1: correct values over found and over gold).
 *
 * <p>The floors are for the platinum test set (20 documents, held out: never tuned on). {@code
 * -Dtime.split=train} scores the TBAQ training documents instead (the development figure; no
 * floors), {@code -Dtime.show=N} prints up to N value errors and misses.
 *
 * <p>Run: {@code mvn -o -q -pl tidings-eval -am compile exec:java
 * -Dexec.mainClass=org.tidings.eval.nlp.TimeEval -Dtidings.shared=/work/shared}.
 */
public final class TimeEval {
  /** Floors: a little under the figures measured on platinum when pinned (F1 0.865, 0.893). */
  static final double FLOOR_RELAXED_F1 = 0.84;

  static final double FLOOR_VALUE_ACCURACY = 0.86;

  private TimeEval() {}

  /** Counts over a set of documents. */
  static final class Score {
    int gold;
    int found;
    int matched;
    int strict;
    int valueRight;
    final List<String> errors = new ArrayList<>();

    double precision() {
      return found == 0 ? 0 : (double) matched / found;
    }

    double recall() {
      return gold == 0 ? 0 : (double) matched / gold;
    }

    double f1() {
      return f(precision(), recall());
    }

    double strictF1() {
      double p = found == 0 ? 0 : (double) strict / found;
      double r = gold == 0 ? 0 : (double) strict / gold;
      return f(p, r);
    }

    double valueAccuracy() {
      return matched == 0 ? 0 : (double) valueRight / matched;
    }

    double valueF1() {
      double p = found == 0 ? 0 : (double) valueRight / found;
      double r = gold == 0 ? 0 : (double) valueRight / gold;
      return f(p, r);
    }

    private static double f(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root();
    String split = System.getProperty("time.split", "test");
    Path dir =
        shared.resolve(
            split.equals("train")
                ? "data/nlp/tempeval3/train"
                : "data/nlp/tempeval3/test/te3-platinum");
    if (!Files.isDirectory(dir)) {
      System.err.println("TempEval-3 not found at " + dir + " (set -Dtidings.shared)");
      System.exit(2);
    }
    Score score = score(documents(dir));
    System.out.printf(
        Locale.ROOT,
        "TempEval-3 %s: %d gold TIMEX3, %d found%n"
            + "  extent relaxed P %.3f R %.3f F1 %.3f | strict F1 %.3f%n"
            + "  value accuracy (over %d matched) %.3f | value F1 %.3f%n",
        split.equals("train") ? "TBAQ train (development)" : "platinum (held out)",
        score.gold,
        score.found,
        score.precision(),
        score.recall(),
        score.f1(),
        score.strictF1(),
        score.matched,
        score.valueAccuracy(),
        score.valueF1());
    int show = Integer.getInteger("time.show", 0);
    score.errors.stream().limit(show).forEach(e -> System.out.println("  " + e));
    if (!split.equals("train")) {
      boolean ok = true;
      ok &= floor("extent relaxed F1", score.f1(), FLOOR_RELAXED_F1);
      ok &= floor("value accuracy", score.valueAccuracy(), FLOOR_VALUE_ACCURACY);
      if (!ok) {
        System.exit(1);
      }
    }
  }

  private static boolean floor(String what, double value, double floor) {
    if (value < floor) {
      System.err.printf(Locale.ROOT, "FAIL %s %.3f below floor %.3f%n", what, value, floor);
      return false;
    }
    return true;
  }

  static List<TimeMlDocument> documents(Path dir) throws IOException {
    List<TimeMlDocument> docs = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".tml")).sorted().toList()) {
        docs.add(TimeMlDocument.read(f));
      }
    }
    return docs;
  }

  static Score score(List<TimeMlDocument> docs) {
    Tokenizer tokenizer = Tokenizer.standard();
    TimeFinder finder = TimeFinder.standard();
    Score score = new Score();
    for (TimeMlDocument doc : docs) {
      Article article =
          Article.of(doc.name(), "", doc.created(), List.of(), "en", doc.text(), SourceMap.none());
      Analysis a = finder.annotate(tokenizer.annotate(Analysis.of(article)));
      compare(doc, a.times(), score);
    }
    return score;
  }

  private static void compare(TimeMlDocument doc, List<TimeExpression> found, Score score) {
    score.gold += doc.timexes().size();
    score.found += found.size();
    int f = 0;
    for (TimeMlDocument.Timex g : doc.timexes()) {
      while (f < found.size() && found.get(f).span().end() <= g.start()) {
        f++;
      }
      if (f < found.size() && found.get(f).span().start() < g.end()) {
        TimeExpression t = found.get(f);
        score.matched++;
        if (t.span().start() == g.start() && t.span().end() == g.end()) {
          score.strict++;
        }
        if (t.value().equals(g.value())) {
          score.valueRight++;
        } else {
          score.errors.add(
              doc.name()
                  + ": '"
                  + t.text()
                  + "' gave "
                  + t.value()
                  + ", gold '"
                  + doc.text().substring(g.start(), g.end())
                  + "' "
                  + g.value());
        }
        f++;
      } else {
        score.errors.add(
            doc.name()
                + ": missed '"
                + doc.text().substring(g.start(), g.end())
                + "' "
                + g.value()
                + " ("
                + g.type()
                + ")");
      }
    }
  }
}
