package org.tidings.eval.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.tidings.arms.WeaponTagger;
import org.tidings.eval.SharedData;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.nlp.AmountFinder;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.QuoteFinder;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;

/**
 * Tokens per second per core of the Tidings language stages against Stanford CoreNLP and Apache
 * OpenNLP, over the same articles, in one JVM, on one thread.
 *
 * <p>Articles: the first {@code -Dbench.articles=N} files (default 300, sorted by path) of {@code
 * <tidings.shared>/data/corpora/bbc}. Every contender is built, run once over all articles to warm
 * up, then timed over one more pass with both the thread's CPU time ({@link ThreadMXBean}) and wall
 * time. The denominator is the same for all: tokens as counted by the Tidings {@link Tokenizer}.
 * {@code -Dbench.peers=false} runs the Tidings contenders only (to check their heap need).
 *
 * <pre>
 * mvn -B -q -Pbench -pl tidings-eval -am package -DskipTests -Dtidings.lint.skip=true
 * mvn -B -q -o -Pbench -pl tidings-eval dependency:build-classpath -Dmdep.outputFile=/tmp/bench.cp
 * java -Xmx3g -cp tidings-eval/target/classes:tidings-core/target/classes:$(cat /tmp/bench.cp) \
 *     -Dtidings.shared=/work/shared org.tidings.eval.bench.NlpBenchmark
 * </pre>
 *
 * <p>The first command must run with {@code -Pbench}: a build without it (e.g. the normal {@code
 * verify}) recompiles {@code target/classes} without the bench classes. CoreNLP's full pipeline
 * needs a 2-3 GB heap; the Tidings contenders alone ({@code -Dbench.peers=false}) run in {@code
 * -Xmx64m}.
 *
 * <p>With {@code -Dbench.conll=true} it also scores CoreNLP's CRF on CoNLL-2003 test ({@link
 * CoreNlpNerEval}).
 */
public final class NlpBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private NlpBenchmark() {}

  /** A contender: its name and a factory for a function that processes one article's text. */
  private record Contender(String name, Supplier<Consumer<String>> factory) {}

  /** One contender's figures: tokens per CPU second and per wall second, and its load time. */
  private record Result(double cpu, double wall, double loadSeconds) {}

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root();
    List<String> texts =
        texts(shared.resolve("data/corpora/bbc"), Integer.getInteger("bench.articles", 300));
    Tokenizer tokenizer = Tokenizer.standard();
    long tokens = 0;
    for (String t : texts) {
      tokens += tokenizer.annotate(analysis(t)).tokens().size();
    }
    System.out.printf(
        Locale.ROOT, "%d BBC articles, %d tokens (Tidings tokenizer)%n%n", texts.size(), tokens);

    List<Contender> contenders = new ArrayList<>();
    contenders.add(new Contender("Tidings NLP stage", NlpBenchmark::tidingsStage));
    contenders.add(new Contender("Tidings tokenizer", () -> t -> tokenizer.annotate(analysis(t))));
    if (Boolean.parseBoolean(System.getProperty("bench.peers", "true"))) {
      contenders.add(
          new Contender("CoreNLP tokenize,ssplit,pos,lemma,ner", () -> coreNlp(defaultNer())));
      contenders.add(
          new Contender("CoreNLP tokenize,ssplit,ner (CRF only)", () -> coreNlp(crfOnly())));
      contenders.add(new Contender("OpenNLP sentences+tokens", NlpBenchmark::openNlp));
    }

    Map<String, Result> results = new LinkedHashMap<>();
    for (Contender c : contenders) {
      Result r = measure(c, texts, tokens);
      results.put(c.name(), r);
      System.out.printf(
          Locale.ROOT,
          "%-40s %,10.0f tokens/CPU-s %,10.0f tokens/wall-s  (load %.1f s)%n",
          c.name(),
          r.cpu(),
          r.wall(),
          r.loadSeconds());
    }
    System.out.println();
    ratio(results, "Tidings NLP stage", "CoreNLP tokenize,ssplit,pos,lemma,ner");
    ratio(results, "Tidings NLP stage", "CoreNLP tokenize,ssplit,ner (CRF only)");
    ratio(results, "Tidings tokenizer", "OpenNLP sentences+tokens");
    if (Boolean.getBoolean("bench.conll")) {
      CoreNlpNerEval.run(shared);
    }
  }

  private static Result measure(Contender c, List<String> texts, long tokens) {
    System.gc();
    long load = System.nanoTime();
    Consumer<String> run = c.factory().get();
    double loadSeconds = (System.nanoTime() - load) / 1e9;
    texts.forEach(run); // warm-up
    long cpu = THREADS.getCurrentThreadCpuTime();
    long wall = System.nanoTime();
    texts.forEach(run);
    double wallSeconds = (System.nanoTime() - wall) / 1e9;
    double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9;
    return new Result(tokens / cpuSeconds, tokens / wallSeconds, loadSeconds);
  }

  private static void ratio(Map<String, Result> results, String ours, String peer) {
    Result a = results.get(ours);
    Result b = results.get(peer);
    if (a != null && b != null) {
      System.out.printf(
          Locale.ROOT,
          "%s / %s: %.1fx (CPU), %.1fx (wall)%n",
          ours,
          peer,
          a.cpu() / b.cpu(),
          a.wall() / b.wall());
    }
  }

  private static Consumer<String> tidingsStage() {
    List<Annotator> stages =
        List.of(
            Tokenizer.standard(),
            WeaponTagger.standard(),
            EntityRecognizer.standard(),
            TimeFinder.standard(),
            AmountFinder.standard(),
            QuoteFinder.standard());
    return t -> {
      Analysis a = analysis(t);
      for (Annotator s : stages) {
        a = s.annotate(a);
      }
    };
  }

  static Properties defaultNer() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    return p;
  }

  /** CoreNLP's statistical NER alone: no fine-grained rules, SUTime, numbers or mentions. */
  static Properties crfOnly() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,ner");
    p.setProperty("ner.applyFineGrained", "false");
    p.setProperty("ner.useSUTime", "false");
    p.setProperty("ner.applyNumericClassifiers", "false");
    p.setProperty("ner.buildEntityMentions", "false");
    return p;
  }

  private static Consumer<String> coreNlp(Properties props) {
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return t -> pipeline.annotate(new Annotation(t));
  }

  /** OpenNLP's English UD-EWT sentence and token models (Maven Central, opennlp-models-*-en). */
  private static Consumer<String> openNlp() {
    try (InputStream s = resource("opennlp-en-ud-ewt-sentence-1.2-2.5.0.bin");
        InputStream t = resource("opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin")) {
      SentenceDetectorME sentences = new SentenceDetectorME(new SentenceModel(s));
      TokenizerME tokens = new TokenizerME(new TokenizerModel(t));
      return text -> {
        for (Span s1 : sentences.sentPosDetect(text)) {
          tokens.tokenizePos(s1.getCoveredText(text).toString());
        }
      };
    } catch (IOException e) {
      throw new IllegalStateException("cannot load the OpenNLP models", e);
    }
  }

  private static InputStream resource(String name) {
    InputStream in = NlpBenchmark.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("not on the classpath: " + name);
    }
    return in;
  }

  private static Analysis analysis(String text) {
    return Analysis.of(
        Article.of("bench", "", Optional.empty(), List.of(), "en", text, SourceMap.none()));
  }

  private static List<String> texts(Path dir, int n) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      for (Path f :
          files
              .filter(p -> p.toString().endsWith(".txt"))
              .filter(p -> !p.getFileName().toString().equals("README.TXT"))
              .sorted()
              .limit(n)
              .toList()) {
        out.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
      }
      return out;
    }
  }
}
