package org.tidings.eval.nlp;

import java.io.IOException;
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
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.SourceMap;
import org.tidings.nlp.Tokenizer;

/**
 * Measures {@link Tokenizer} speed over the BBC News corpus (2,225 articles) and fails (exit 1)
 * below a pinned floor.
 *
 * <p>Each article is tokenized as one {@link Analysis} (tokens and sentences, spans checked), on
 * one thread. Two warm-up passes, then {@code -Dtoken.passes=N} timed passes (default 5); the
 * median pass gives tokens per second. The floor is set far below the measured figure so that a
 * busy machine does not fail it; it catches an accidental slowdown of several times (regex
 * backtracking, quadratic scans).
 *
 * <p>Run: {@code mvn -o -q -pl tidings-eval -am compile exec:java
 * -Dexec.mainClass=org.tidings.eval.nlp.TokenBenchmark -Dtidings.shared=/work/shared}.
 */
public final class TokenBenchmark {
  /**
   * Floor in tokens per second (one thread): measured 0.6 to 1.1 million on a loaded two-core
   * machine when pinned, where the regex baseline tokenizer ran at half that speed.
   */
  static final double FLOOR_TOKENS_PER_SECOND = 150_000;

  private TokenBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root();
    Path dir = shared.resolve("data/corpora/bbc");
    if (!Files.isDirectory(dir)) {
      System.err.println("BBC corpus not found at " + dir + " (set -Dtidings.shared)");
      System.exit(2);
    }
    List<Analysis> articles = articles(dir);
    long chars = articles.stream().mapToLong(a -> a.article().text().length()).sum();
    Tokenizer tokenizer = Tokenizer.standard();
    int passes = Integer.getInteger("token.passes", 5);
    long tokens = 0;
    long sentences = 0;
    for (int i = 0; i < 2; i++) {
      for (Analysis a : articles) {
        Analysis out = tokenizer.annotate(a);
        tokens = i == 0 ? tokens + out.tokens().size() : tokens;
        sentences = i == 0 ? sentences + out.sentences().size() : sentences;
      }
    }
    long[] nanos = new long[passes];
    for (int p = 0; p < passes; p++) {
      long start = System.nanoTime();
      long check = 0;
      for (Analysis a : articles) {
        check += tokenizer.annotate(a).tokens().size();
      }
      nanos[p] = System.nanoTime() - start;
      if (check != tokens) {
        throw new IllegalStateException("tokenizer is not deterministic");
      }
    }
    Arrays.sort(nanos);
    double seconds = nanos[passes / 2] / 1e9;
    double tokensPerSecond = tokens / seconds;
    System.out.printf(
        Locale.ROOT,
        "Tokenizer on BBC News: %d articles, %.1f MB of text, %d tokens, %d sentences%n"
            + "  median of %d passes: %.3f s = %.0f tokens/s, %.1f MB/s (one thread)%n",
        articles.size(),
        chars / 1e6,
        tokens,
        sentences,
        passes,
        seconds,
        tokensPerSecond,
        chars / 1e6 / seconds);
    if (tokensPerSecond < FLOOR_TOKENS_PER_SECOND) {
      System.err.printf(
          Locale.ROOT,
          "FAIL %.0f tokens/s below floor %.0f%n",
          tokensPerSecond,
          FLOOR_TOKENS_PER_SECOND);
      System.exit(1);
    }
  }

  private static List<Analysis> articles(Path dir) throws IOException {
    List<Analysis> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
        if (f.getFileName().toString().equals("README.TXT")) {
          continue;
        }
        String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        Article article =
            Article.of(f.toString(), "", Optional.empty(), List.of(), "en", text, SourceMap.none());
        out.add(Analysis.of(article));
      }
    }
    return out;
  }
}
