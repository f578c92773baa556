package org.tidings.eval.arms;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.tidings.arms.TransferFinder;
import org.tidings.arms.WeaponTagger;
import org.tidings.model.Analysis;
import org.tidings.model.EntityType;
import org.tidings.nlp.AmountFinder;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;

/**
 * Times the weapon tagger and the transfer finder against the tokenizer over the BBC corpus: each
 * stage runs alone over input prepared by the stages before it, after warm-up rounds, and the best
 * of the measured rounds is reported. Goal: tagger plus finder add at most 10% to NLP time.
 * Arguments: {@code [rounds]} (default 7); {@code -Dtidings.nlp=true} also times the entity, time
 * and amount stages, to compare with the whole NLP time.
 */
public final class ArmsBenchmark {
  private ArmsBenchmark() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    Path dir = Texts.shared().resolve("data/corpora/bbc");
    List<Analysis> raw = new ArrayList<>();
    long chars = 0;
    for (Path p : Texts.textFiles(dir)) {
      String text = Texts.read(p);
      chars += text.length();
      raw.add(Texts.analysis(p.toString(), text));
    }
    Tokenizer tokenizer = Tokenizer.standard();
    WeaponTagger tagger = WeaponTagger.standard();
    TransferFinder finder = TransferFinder.standard();
    List<Analysis> tokenized = run(tokenizer, raw);
    List<Analysis> tagged = run(tagger, tokenized);
    List<Analysis> found = run(finder, tagged);
    long weapons =
        tagged.stream()
            .flatMap(a -> a.entities().stream())
            .filter(e -> e.type() == EntityType.WEAPON)
            .count();
    long transfers = found.stream().mapToLong(a -> a.transfers().size()).sum();
    for (int i = 0; i < 3; i++) { // warm-up
      run(tokenizer, raw);
      run(tagger, tokenized);
      run(finder, tagged);
    }
    // Stages alternate within each round, so that a change in machine load hits all of them.
    long[] tok = new long[rounds];
    long[] tag = new long[rounds];
    long[] fin = new long[rounds];
    double[] share = new double[rounds];
    for (int r = 0; r < rounds; r++) {
      tok[r] = time(tokenizer, raw);
      tag[r] = time(tagger, tokenized);
      fin[r] = time(finder, tagged);
      share[r] = (double) (tag[r] + fin[r]) / tok[r];
    }
    out.printf(
        Locale.ROOT,
        "BBC corpus: %d articles, %.1f MB of text; %d weapon mentions, %d transfers%n",
        raw.size(),
        chars / 1e6,
        weapons,
        transfers);
    out.printf(Locale.ROOT, "tokenizer       %8.1f ms CPU per pass (median)%n", median(tok) / 1e6);
    out.printf(Locale.ROOT, "weapon tagger   %8.1f ms CPU per pass (median)%n", median(tag) / 1e6);
    out.printf(Locale.ROOT, "transfer finder %8.1f ms CPU per pass (median)%n", median(fin) / 1e6);
    Arrays.sort(share);
    if (Boolean.getBoolean("tidings.nlp")) {
      List<Annotator> nlp =
          List.of(EntityRecognizer.standard(), TimeFinder.standard(), AmountFinder.standard());
      long[] rest = new long[rounds];
      for (int r = 0; r < rounds; r++) {
        List<Analysis> in = tokenized;
        long t = 0;
        for (Annotator stage : nlp) {
          long t0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
          in = run(stage, in);
          t += ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - t0;
        }
        rest[r] = t;
      }
      double nlpTime = median(tok) + median(rest);
      out.printf(
          Locale.ROOT,
          "entities + times + amounts %8.1f ms CPU per pass (median); tagger + finder = %.1f%% of"
              + " tokenizer + entities + times + amounts%n",
          median(rest) / 1e6,
          100 * (median(tag) + median(fin)) / nlpTime);
    }
    out.printf(
        Locale.ROOT,
        "tagger + finder = %.1f%% of tokenizer CPU time (median of %d rounds; range %.1f%%-%.1f%%)%n",
        100 * share[rounds / 2],
        rounds,
        100 * share[0],
        100 * share[rounds - 1]);
  }

  /** CPU time of this thread, so that time spent waiting for a shared CPU does not count. */
  private static long time(Annotator stage, List<Analysis> in) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    run(stage, in);
    return cpu.getCurrentThreadCpuTime() - t0;
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }

  private static List<Analysis> run(Annotator stage, List<Analysis> in) {
    List<Analysis> out = new ArrayList<>(in.size());
    for (Analysis a : in) {
      out.add(stage.annotate(a));
    }
    return out;
  }
}
