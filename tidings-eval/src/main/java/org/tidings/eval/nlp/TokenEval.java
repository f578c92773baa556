package org.tidings.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.tidings.eval.SharedData;
import org.tidings.model.Analysis;
import org.tidings.model.Article;
import org.tidings.model.Sentence;
import org.tidings.model.SourceMap;
import org.tidings.model.Token;
import org.tidings.nlp.Tokenizer;

/**
 * Scores {@link Tokenizer} tokens and sentences against Universal Dependencies English treebanks
 * and fails (exit 1) when a pinned floor is missed.
 *
 * <p>Each treebank document is rebuilt as one text from its sentences' {@code # text} lines
 * (sentences joined by a space, paragraphs by a blank line). Gold tokens are the syntactic words
 * ("do" + "n't" for "don't"), placed by their characters; gold sentences are the treebank's.
 * Reported: token and sentence boundary F1 (a span counts when both its ends are right).
 *
 * <p>Default: EWT dev (web text: blogs, reviews, e-mail). {@code -Dtoken.corpus=gum} scores GUM
 * dev, {@code -Dtoken.genre=news} only its documents of that genre; {@code -Dtoken.show=N} lists N
 * found tokens that are not gold ones. The floors are for EWT dev.
 *
 * <p>Run: {@code mvn -o -q -pl tidings-eval -am compile exec:java
 * -Dexec.mainClass=org.tidings.eval.nlp.TokenEval -Dtidings.shared=/work/shared}.
 */
public final class TokenEval {
  /**
   * Floors: a little under the EWT dev figures measured when pinned (tokens 0.974, sentences
   * 0.806).
   */
  static final double FLOOR_TOKEN_F1 = 0.95;

  static final double FLOOR_SENTENCE_F1 = 0.78;

  private TokenEval() {}

  /** A rebuilt document: its text and the gold token and sentence spans. */
  record Document(String id, String text, Set<Long> tokens, Set<Long> sentences) {}

  public static void main(String[] args) throws IOException {
    Path shared = SharedData.root();
    String corpus = System.getProperty("token.corpus", "ewt");
    Path file =
        shared.resolve(
            corpus.equals("gum")
                ? "data/nlp/ud-english-gum/en_gum-ud-dev.conllu"
                : "data/nlp/ud-english-ewt/en_ewt-ud-dev.conllu");
    if (!Files.exists(file)) {
      System.err.println("UD treebank not found at " + file + " (set -Dtidings.shared)");
      System.exit(2);
    }
    String genre = System.getProperty("token.genre", "");
    List<Document> docs = new ArrayList<>();
    for (Document d : read(file)) {
      if (genre.isEmpty() || d.id().contains("_" + genre + "_")) {
        docs.add(d);
      }
    }
    Tokenizer tokenizer = Tokenizer.standard();
    long[] tok = new long[3]; // right, found, gold
    long[] sen = new long[3];
    int show = Integer.getInteger("token.show", 0);
    List<String> wrong = new ArrayList<>();
    for (Document d : docs) {
      Analysis a =
          tokenizer.annotate(
              Analysis.of(
                  Article.of(
                      d.id(), "", Optional.empty(), List.of(), "en", d.text(), SourceMap.none())));
      count(a.tokens().stream().map(Token::span).map(TokenEval::key).toList(), d.tokens(), tok);
      for (Token t : a.tokens()) {
        if (wrong.size() < show && !d.tokens().contains(key(t.span()))) {
          wrong.add(t.text());
        }
      }
      count(
          a.sentences().stream().map(Sentence::span).map(TokenEval::key).toList(),
          d.sentences(),
          sen);
    }
    double tokenF1 = f1(tok);
    double sentenceF1 = f1(sen);
    System.out.printf(
        Locale.ROOT,
        "UD English %s dev%s: %d documents, %d gold tokens, %d gold sentences%n"
            + "  token F1 %.3f (P %.3f R %.3f) | sentence F1 %.3f (P %.3f R %.3f)%n",
        corpus.toUpperCase(Locale.ROOT),
        genre.isEmpty() ? "" : " (" + genre + ")",
        docs.size(),
        tok[2],
        sen[2],
        tokenF1,
        (double) tok[0] / tok[1],
        (double) tok[0] / tok[2],
        sentenceF1,
        (double) sen[0] / sen[1],
        (double) sen[0] / sen[2]);
    if (!wrong.isEmpty()) {
      System.out.println("  tokens not in gold: " + String.join(" | ", wrong));
    }
    if (corpus.equals("ewt") && genre.isEmpty()) {
      boolean ok = true;
      if (tokenF1 < FLOOR_TOKEN_F1) {
        System.err.printf(Locale.ROOT, "FAIL token F1 %.3f below %.3f%n", tokenF1, FLOOR_TOKEN_F1);
        ok = false;
      }
      if (sentenceF1 < FLOOR_SENTENCE_F1) {
        System.err.printf(
            Locale.ROOT, "FAIL sentence F1 %.3f below %.3f%n", sentenceF1, FLOOR_SENTENCE_F1);
        ok = false;
      }
      if (!ok) {
        System.exit(1);
      }
    }
  }

  private static void count(List<Long> found, Set<Long> gold, long[] counts) {
    for (long f : found) {
      if (gold.contains(f)) {
        counts[0]++;
      }
    }
    counts[1] += found.size();
    counts[2] += gold.size();
  }

  private static double f1(long[] c) {
    double p = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double r = c[2] == 0 ? 0 : (double) c[0] / c[2];
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static long key(org.tidings.model.Span s) {
    return (long) s.start() << 32 | s.end();
  }

  /** Reads a CoNLL-U file into documents. */
  static List<Document> read(Path file) throws IOException {
    List<Document> docs = new ArrayList<>();
    DocumentBuilder b = null;
    String sentenceText = null;
    List<String[]> rows = new ArrayList<>();
    boolean newPar = false;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.startsWith("# newdoc id = ")) {
        if (b != null) {
          docs.add(b.build());
        }
        b = new DocumentBuilder(line.substring("# newdoc id = ".length()).trim());
      } else if (line.startsWith("# newpar")) {
        newPar = true;
      } else if (line.startsWith("# text = ")) {
        sentenceText = line.substring("# text = ".length());
      } else if (line.isBlank()) {
        if (sentenceText != null) {
          if (b == null) {
            b = new DocumentBuilder("doc");
          }
          b.add(sentenceText, rows, newPar);
        }
        sentenceText = null;
        rows = new ArrayList<>();
        newPar = false;
      } else if (!line.startsWith("#")) {
        rows.add(line.split("\t"));
      }
    }
    if (b != null) {
      docs.add(b.build());
    }
    return docs;
  }

  /** Rebuilds one document's text and gold spans. */
  private static final class DocumentBuilder {
    private final String id;
    private final StringBuilder text = new StringBuilder();
    private final Set<Long> tokens = new HashSet<>();
    private final Set<Long> sentences = new HashSet<>();

    DocumentBuilder(String id) {
      this.id = id;
    }

    void add(String sentence, List<String[]> rows, boolean newParagraph) {
      if (text.length() > 0) {
        text.append(newParagraph ? "\n\n" : " ");
      }
      int base = text.length();
      text.append(sentence);
      int at = 0;
      int first = -1;
      int last = -1;
      for (int r = 0; r < rows.size(); r++) {
        String[] row = rows.get(r);
        if (row[0].contains(".")) {
          continue; // empty nodes
        }
        List<String> words = new ArrayList<>();
        if (row[0].contains("-")) {
          String[] range = row[0].split("-");
          int n = Integer.parseInt(range[1]) - Integer.parseInt(range[0]) + 1;
          StringBuilder joined = new StringBuilder();
          for (int k = 1; k <= n && r + k < rows.size(); k++) {
            words.add(rows.get(r + k)[1]);
            joined.append(rows.get(r + k)[1]);
          }
          if (!joined.toString().equals(row[1])) {
            words = List.of(row[1]);
          }
          r += n;
        } else {
          words.add(row[1]);
        }
        for (String w : words) {
          int found = sentence.indexOf(w, at);
          if (found < 0) {
            continue; // a word not written as in the text
          }
          tokens.add(key(new org.tidings.model.Span(base + found, base + found + w.length())));
          first = first < 0 ? found : first;
          last = found + w.length();
          at = last;
        }
      }
      if (first >= 0) {
        sentences.add(key(new org.tidings.model.Span(base + first, base + last)));
      }
    }

    Document build() {
      return new Document(id, text.toString(), tokens, sentences);
    }
  }
}
