package org.tidings.eval.events;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.tidings.eval.SharedData;
import org.tidings.events.EventCoder;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Sentence;
import org.tidings.model.SourceMap;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.syntax.SyntaxParser;

/**
 * Times the event coder over the BBC corpus, in CPU time of one thread (so sentences per second per
 * core): the shallow coder alone, the coder with the parser's fallback (it parses a sentence only
 * when the shallow search leaves a trigger without a source or target), and a full parse of every
 * sentence followed by the shallow coder (the cost of parsing everything). Input is tokenized and
 * entity-tagged beforehand, untimed; each measure is the median of the rounds after one warm-up
 * round.
 *
 * <pre>
 * java -cp ... -Dtidings.shared=/work/shared org.tidings.eval.events.EventsBenchmark [articles]
 *     [rounds]
 * </pre>
 *
 * Defaults: 400 articles (every fifth file, across the five sections), 3 rounds. The same
 * sentences, against CoreNLP's parsers: {@code org.tidings.eval.bench.ParserBenchmark} (Maven
 * profile {@code bench}).
 */
public final class EventsBenchmark {
  private EventsBenchmark() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 400;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    List<Analysis> in = corpus(articles);
    int sentences = sentenceCount(in);
    SyntaxParser syntax = SyntaxParser.standard();
    EventCoder shallow = EventCoder.standard(null);
    EventCoder parsed = EventCoder.standard(syntax);
    long shallowEvents = count(shallow, in);
    long parsedEvents = count(parsed, in);
    time(() -> parseAll(syntax, in)); // warm-up
    time(() -> run(shallow, in));
    time(() -> run(parsed, in));
    long[] code = new long[rounds];
    long[] fallback = new long[rounds];
    long[] parse = new long[rounds];
    for (int r = 0; r < rounds; r++) {
      code[r] = time(() -> run(shallow, in));
      fallback[r] = time(() -> run(parsed, in));
      parse[r] = time(() -> parseAll(syntax, in));
    }
    out.printf(
        Locale.ROOT,
        "BBC corpus: %d articles, %d sentences; events: %d shallow, %d with the parse fallback%n",
        in.size(),
        sentences,
        shallowEvents,
        parsedEvents);
    report(out, "code alone (shallow)", sentences, median(code));
    report(out, "code with parse fallback", sentences, median(fallback));
    report(out, "parse every sentence + code", sentences, median(parse) + median(code));
    report(out, "parse every sentence alone", sentences, median(parse));
  }

  /**
   * The benchmark's input: {@code articles} BBC articles (every n-th file, across the five
   * sections), tokenized and entity-tagged. Public so that the peer benchmarks run on the same
   * sentences.
   */
  public static List<Analysis> corpus(int articles) throws IOException {
    Path dir = SharedData.root().resolve("data/corpora/bbc");
    List<Path> files = textFiles(dir);
    int step = Math.max(1, files.size() / articles);
    Tokenizer tokenizer = Tokenizer.standard();
    EntityRecognizer entities = EntityRecognizer.standard();
    List<Analysis> in = new ArrayList<>();
    for (int i = 0; i < files.size() && in.size() < articles; i += step) {
      Path p = files.get(i);
      String text = new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1);
      Analysis a =
          Analysis.of(
              Article.of(
                  p.toString(), "", Optional.empty(), List.of(), "en", text, SourceMap.none()));
      in.add(entities.annotate(tokenizer.annotate(a)));
    }
    return in;
  }

  static int sentenceCount(List<Analysis> in) {
    int n = 0;
    for (Analysis a : in) {
      n += a.sentences().size();
    }
    return n;
  }

  private static void report(PrintStream out, String what, int sentences, double nanos) {
    out.printf(
        Locale.ROOT,
        "%-28s %9.1f ms CPU, %9.0f sentences/s per core%n",
        what,
        nanos / 1e6,
        sentences / (nanos / 1e9));
  }

  private static List<Path> textFiles(Path dir) throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
  }

  private static long count(Annotator coder, List<Analysis> in) {
    long n = 0;
    for (Analysis a : in) {
      n += coder.annotate(a).events().size();
    }
    return n;
  }

  private static void run(Annotator stage, List<Analysis> in) {
    for (Analysis a : in) {
      stage.annotate(a);
    }
  }

  private static void parseAll(SyntaxParser syntax, List<Analysis> in) {
    for (Analysis a : in) {
      for (Sentence s : a.sentences()) {
        syntax.parse(a, s);
      }
    }
  }

  /** CPU time of this thread, so that time spent waiting for a shared CPU does not count. */
  private static long time(Runnable work) {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    long t0 = cpu.getCurrentThreadCpuTime();
    work.run();
    return cpu.getCurrentThreadCpuTime() - t0;
  }

  private static double median(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    return v[v.length / 2];
  }
}
