package org.tidings.syntax;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Token;

/**
 * Tags and parses sentences: the {@link Tagger} then the {@link DependencyParser}. Immutable and
 * thread-safe; load it once ({@link #standard()} reads the bundled models) and share it.
 *
 * <pre>{@code
 * SyntaxParser syntax = SyntaxParser.standard();
 * DependencyTree tree = syntax.parse(List.of("Medvedev", "rejected", "the", "criticism", "."));
 * int verb = tree.root();                       // 1
 * tree.subjectOf(verb);                         // OptionalInt[0]
 * tree.objectsOf(verb);                         // [3]
 * }</pre>
 */
public final class SyntaxParser {
  /** Where the bundled models live on the classpath. */
  public static final String TAGGER_RESOURCE = "/org/tidings/syntax/tagger.model";

  public static final String PARSER_RESOURCE = "/org/tidings/syntax/parser.model";

  private final Tagger tagger;
  private final DependencyParser parser;

  public SyntaxParser(Tagger tagger, DependencyParser parser) {
    this.tagger = Objects.requireNonNull(tagger);
    this.parser = Objects.requireNonNull(parser);
  }

  /** The parser with the project's bundled models, trained on UD English EWT and GUM. */
  public static SyntaxParser standard() {
    try (InputStream t = ModelStreams.resource(TAGGER_RESOURCE);
        InputStream p = ModelStreams.resource(PARSER_RESOURCE)) {
      return new SyntaxParser(readTagger(t), readParser(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public Tagger tagger() {
    return tagger;
  }

  public DependencyParser parser() {
    return parser;
  }

  /** Tags and parses one sentence given as words (Universal Dependencies tokenisation is best). */
  public DependencyTree parse(List<String> words) {
    return parser.parse(words, tagger.tag(words));
  }

  /** Parses one sentence whose tags are known. */
  public DependencyTree parseTagged(List<String> words, List<String> tags) {
    return parser.parse(words, tags);
  }

  /**
   * Tags and parses one sentence of tokens; the tree has one node per token. Clitics the tokenizer
   * left attached ("Aliyev's", "don't") are split off for parsing and folded back: the token takes
   * the analysis of its host word.
   */
  public DependencyTree parseTokens(List<Token> tokens) {
    List<String> words = new ArrayList<>(tokens.size() + 4);
    int[] host = new int[tokens.size()];
    List<Integer> owner = new ArrayList<>(tokens.size() + 4);
    for (int t = 0; t < tokens.size(); t++) {
      String text = tokens.get(t).text();
      int cut = clitic(text);
      host[t] = words.size();
      if (cut > 0) {
        words.add(text.substring(0, cut));
        owner.add(t);
        words.add(text.substring(cut));
      } else {
        words.add(text);
      }
      owner.add(t);
    }
    DependencyTree parts = parse(words);
    if (words.size() == tokens.size()) {
      return parts;
    }
    List<String> texts = new ArrayList<>(tokens.size());
    List<String> tags = new ArrayList<>(tokens.size());
    List<Integer> heads = new ArrayList<>(tokens.size());
    List<String> relations = new ArrayList<>(tokens.size());
    for (int t = 0; t < tokens.size(); t++) {
      int p = host[t];
      int head = parts.head(p);
      if (head >= 0 && owner.get(head) == t) {
        p = head; // the host hangs from its own clitic: take the clitic's attachment
        head = parts.head(p);
      }
      texts.add(tokens.get(t).text());
      tags.add(parts.tag(host[t]));
      heads.add(head < 0 ? -1 : owner.get(head));
      relations.add(parts.relation(p));
    }
    return new DependencyTree(texts, tags, heads, relations);
  }

  /** Tags and parses one sentence of an analysis; the tree has one node per token. */
  public DependencyTree parse(Analysis analysis, Sentence sentence) {
    return parseTokens(analysis.tokensOf(sentence));
  }

  private static final List<String> CLITICS = List.of("n't", "'s", "'re", "'ve", "'ll", "'d", "'m");

  /** Where an English clitic starts in a token, or -1. */
  static int clitic(String text) {
    String t = WordForms.normal(text).toLowerCase(Locale.ROOT);
    for (String c : CLITICS) {
      if (t.length() > c.length() && t.endsWith(c)) {
        int cut = t.length() - c.length();
        return Character.isLetterOrDigit(t.charAt(cut - 1)) ? cut : -1;
      }
    }
    return -1;
  }

  public static Tagger readTagger(InputStream in) throws IOException {
    try (DataInputStream data = ModelStreams.in(in)) {
      return Tagger.read(data);
    }
  }

  public static DependencyParser readParser(InputStream in) throws IOException {
    try (DataInputStream data = ModelStreams.in(in)) {
      return DependencyParser.read(data);
    }
  }

  public static void writeTagger(Tagger tagger, OutputStream out) throws IOException {
    try (DataOutputStream data = ModelStreams.out(out)) {
      tagger.write(data);
    }
  }

  public static void writeParser(DependencyParser parser, OutputStream out) throws IOException {
    try (DataOutputStream data = ModelStreams.out(out)) {
      parser.write(data);
    }
  }
}
