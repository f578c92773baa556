package org.tidings.eval.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.tidings.eval.events.EventsBenchmark;
import org.tidings.events.EventCoder;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.pipeline.Annotator;
import org.tidings.syntax.SyntaxParser;

/**
 * Sentences per second per core of the Tidings parser and event coder against Stanford CoreNLP's
 * parsers, on the same sentences, in one JVM, on one thread.
 *
 * <p>Sentences: those of every n-th article of {@link EventsBenchmark#corpus} (its 400 BBC
 * articles, tokenized and entity-tagged beforehand, untimed) until the sample holds {@code
 * -Dbench.sentences=N} sentences (default 600). CoreNLP gets each sentence's text and runs {@code
 * tokenize,ssplit,pos,depparse} (its neural dependency parser, the default for dependencies) with
 * {@code ssplit.isOneSentence}; the constituency parser ({@code tokenize,ssplit,pos,parse}, the
 * English PCFG, what PETRARCH2 is fed with) is slow, so it runs on the first {@code -Dbench.pcfg=M}
 * sentences (default 60; 0 skips it). Every contender runs once to warm up (the PCFG on a fifth of
 * its sentences), then once timed, in thread CPU time ({@link ThreadMXBean}) and wall time;
 * Tidings, being quick, warms up three times and takes the median of three timed runs. Tidings is
 * timed the way {@link EventsBenchmark} times it: tagging and parsing every sentence ({@link
 * SyntaxParser#parse(Analysis, Sentence)}), the shallow event coder over the articles, and their
 * sum. CoreNLP's figures include its own tokenizer, a small part of its time.
 *
 * <pre>
 * mvn -B -q -o -Pbench -pl tidings-eval -am compile -Dtidings.lint.skip=true
 * mvn -B -q -o -Pbench -pl tidings-eval dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp
 * java -Xmx3g -cp tidings-eval/target/classes:tidings-core/target/classes:$(cat /tmp/bench.cp) \
 *     -Dtidings.shared=/work/shared org.tidings.eval.bench.ParserBenchmark
 * </pre>
 */
public final class ParserBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ParserBenchmark() {}

  /** CPU and wall nanoseconds of one timed pass. */
  private record Time(long cpu, long wall) {
    double perCpuSecond(int sentences) {
      return sentences / (cpu / 1e9);
    }

    double perWallSecond(int sentences) {
      return sentences / (wall / 1e9);
    }

    Time plus(Time o) {
      return new Time(cpu + o.cpu, wall + o.wall);
    }
  }

  public static void main(String[] args) throws IOException {
    int want = Integer.getInteger("bench.sentences", 600);
    int pcfg = Integer.getInteger("bench.pcfg", 60);
    List<Analysis> corpus = EventsBenchmark.corpus(400);
    int total = 0;
    for (Analysis a : corpus) {
      total += a.sentences().size();
    }
    int every = Math.max(1, total / want);
    List<Analysis> articles = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < corpus.size() && texts.size() < want; i += every) {
      Analysis a = corpus.get(i);
      articles.add(a);
      for (Sentence s : a.sentences()) {
        texts.add(a.textOf(s));
      }
    }
    int n = texts.size();
    long tokens = 0;
    for (Analysis a : articles) {
      tokens += a.tokens().size();
    }
    System.out.printf(
        Locale.ROOT,
        "sample: %d of the %d EventsBenchmark articles, %d sentences, %d tokens%n%n",
        articles.size(),
        corpus.size(),
        n,
        tokens);

    SyntaxParser syntax = SyntaxParser.standard();
    EventCoder coder = EventCoder.standard(null);
    Runnable parse =
        () -> {
          for (Analysis a : articles) {
            for (Sentence s : a.sentences()) {
              syntax.parse(a, s);
            }
          }
        };
    Runnable code = () -> run(coder, articles);
    Time tParse = median(parse);
    Time tCode = median(code);
    Time tBoth = tParse.plus(tCode);
    print("Tidings tag+parse", n, tParse);
    print("Tidings code alone (shallow)", n, tCode);
    print("Tidings tag+parse + code", n, tBoth);

    StanfordCoreNLP dep = new StanfordCoreNLP(props("tokenize,ssplit,pos,depparse"));
    Time tDep = measure(() -> coreNlp(dep, texts), () -> coreNlp(dep, texts));
    print("CoreNLP tokenize,ssplit,pos,depparse", n, tDep);
    System.out.println();
    ratio("Tidings tag+parse + code / CoreNLP depparse", n, tBoth, n, tDep);
    ratio("Tidings tag+parse / CoreNLP depparse", n, tParse, n, tDep);

    if (pcfg > 0) {
      List<String> some = texts.subList(0, Math.min(pcfg, n));
      List<String> warm = some.subList(0, Math.max(1, some.size() / 5));
      StanfordCoreNLP con = new StanfordCoreNLP(props("tokenize,ssplit,pos,parse"));
      Time tCon = measure(() -> coreNlp(con, warm), () -> coreNlp(con, some));
      System.out.println();
      print("CoreNLP tokenize,ssplit,pos,parse (PCFG)", some.size(), tCon);
      ratio("Tidings tag+parse + code / CoreNLP parse", n, tBoth, some.size(), tCon);
    }
  }

  private static Properties props(String annotators) {
    Properties p = new Properties();
    p.setProperty("annotators", annotators);
    p.setProperty("ssplit.isOneSentence", "true");
    return p;
  }

  private static void coreNlp(StanfordCoreNLP pipeline, List<String> texts) {
    for (String t : texts) {
      pipeline.annotate(new Annotation(t));
    }
  }

  private static void run(Annotator stage, List<Analysis> in) {
    for (Analysis a : in) {
      stage.annotate(a);
    }
  }

  private static Time measure(Runnable warmUp, Runnable timed) {
    warmUp.run();
    System.gc();
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    timed.run();
    return new Time(THREADS.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall);
  }

  /** Three warm-up runs, then the run with the median CPU time of three. */
  private static Time median(Runnable work) {
    for (int i = 0; i < 3; i++) {
      work.run();
    }
    List<Time> times = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      times.add(measure(() -> {}, work));
    }
    times.sort((a, b) -> Long.compare(a.cpu(), b.cpu()));
    return times.get(1);
  }

  private static void print(String what, int sentences, Time t) {
    System.out.printf(
        Locale.ROOT,
        "%-42s %,9.1f sentences/CPU-s per core %,9.1f sentences/wall-s%n",
        what,
        t.perCpuSecond(sentences),
        t.perWallSecond(sentences));
  }

  private static void ratio(String what, int n1, Time ours, int n2, Time peer) {
    System.out.printf(
        Locale.ROOT,
        "%-46s %.1fx (CPU), %.1fx (wall)%n",
        what,
        ours.perCpuSecond(n1) / peer.perCpuSecond(n2),
        ours.perWallSecond(n1) / peer.perWallSecond(n2));
  }
}
