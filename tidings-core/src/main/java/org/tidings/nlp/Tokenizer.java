package org.tidings.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.Analysis;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * Splits an article into tokens and sentences with a hand-written scanner built for news
 * typography.
 *
 * <p>Tokens: hyphenated compounds ("Russian-made") and numeric ranges ("2009-2011", "2009–2011")
 * stay whole, as do numbers with decimals and thousands ("1,500.5"), letter-digit mixes
 * ("7Apr2014", "300m", "T-90S"), dotted initialisms ("U.S.") and listed abbreviations ("Gen.",
 * "Jan."). Clitics split off the way Penn Treebank does ("April’s" gives "April" + "’s", "don't"
 * gives "do" + "n't"); names like "O'Brien" stay whole. Currency signs, brackets and quote marks
 * are tokens of their own.
 *
 * <p>Sentences end at '.', '!', '?' or an ellipsis followed (after any closing quotes and brackets,
 * which stay in the sentence) by a capital, digit or opening quote; at every blank line; and at a
 * single line break unless the next line starts in lower case, so headlines and captions without
 * final punctuation stand alone.
 */
public final class Tokenizer implements Annotator {
  /** How a listed abbreviation behaves before what follows it. */
  enum AbbreviationKind {
    /** "Mr.", "Gen.", "Jan.": never ends a sentence. */
    TITLE,
    /** "No.", "Vol.": an abbreviation only before a number. */
    NUMBER,
    /** "Inc.", "etc.": ends a sentence when a typical opener follows. */
    OTHER
  }

  /** Top-level domains that join "example.com" into one token. */
  private static final Set<String> DOMAINS =
      Set.of(
          "com", "org", "net", "gov", "edu", "mil", "int", "info", "io", "co", "uk", "ru", "de",
          "fr", "am", "az", "ua", "eu", "us", "ca", "au", "in", "cn", "jp");

  private final Map<String, AbbreviationKind> abbreviations;
  private final Set<String> openers;

  /**
   * A tokenizer with the given abbreviations (as written, without the stop; their all-capitals
   * forms match too) and the lower-cased words that typically open a sentence.
   */
  public Tokenizer(Map<String, AbbreviationKind> abbreviations, Set<String> openers) {
    Map<String, AbbreviationKind> all = new HashMap<>();
    abbreviations.forEach(
        (word, kind) -> {
          all.put(word, kind);
          all.putIfAbsent(word.toUpperCase(Locale.ROOT), kind);
        });
    this.abbreviations = Map.copyOf(all);
    this.openers = Set.copyOf(openers);
  }

  /** Same as {@link #standard()}; kept for callers of the baseline. */
  public Tokenizer() {
    this(standardAbbreviations(), LineResource.words("sentence-openers.txt"));
  }

  /** The tokenizer with the bundled abbreviation and sentence-opener lists. */
  public static Tokenizer standard() {
    return new Tokenizer();
  }

  private static Map<String, AbbreviationKind> standardAbbreviations() {
    Map<String, AbbreviationKind> map = new HashMap<>();
    for (String[] row : LineResource.rows("abbreviations.tsv", 2)) {
      map.put(row[0], AbbreviationKind.valueOf(row[1].toUpperCase(Locale.ROOT)));
    }
    return map;
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    Scan scan = new Scan(analysis.article().text());
    scan.run();
    return analysis.withTokens(scan.tokens, scan.sentences);
  }

  /** The state of one pass over one text. */
  private final class Scan {
    private final String text;
    private final int n;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Sentence> sentences = new ArrayList<>();
    private int sentenceStart = -1;
    private int firstToken;
    private int lastEnd;

    /** The last token may end the sentence, depending on what follows. */
    private boolean pendingEnd;

    /** The pending end is weak (after an abbreviation): only a typical opener confirms it. */
    private boolean weakEnd;

    Scan(String text) {
      this.text = text;
      this.n = text.length();
    }

    void run() {
      int i = 0;
      while (i < n) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)
            || Character.isSpaceChar(c)
            || Character.getType(c) == Character.FORMAT) {
          i++;
          continue;
        }
        int end = tokenEnd(i);
        emit(i, end);
        i = end;
      }
      closeSentence();
    }

    /** Where the token starting at {@code i} ends. */
    private int tokenEnd(int i) {
      char c = text.charAt(i);
      if (isApostrophe(c)) {
        int clitic = cliticEnd(i);
        if (clitic > 0 && i > 0 && isWordChar(text.charAt(i - 1)) && i == lastEnd) {
          return clitic;
        }
        if (i + 2 < n && isDigit(text.charAt(i + 1)) && isDigit(text.charAt(i + 2))) {
          int j = i + 3; // '90s
          if (j < n && text.charAt(j) == 's') {
            j++;
          }
          if (j >= n || !isWordChar(text.charAt(j))) {
            return j;
          }
        }
        return i + 1;
      }
      if ((c == 'n' || c == 'N') && i == lastEnd && isNegationClitic(i)) {
        return i + 3;
      }
      if (startsUrl(i)) {
        return urlEnd(i);
      }
      if (isWordChar(c)) {
        return wordEnd(i);
      }
      if (c == '.' && i + 2 < n && text.charAt(i + 1) == '.' && text.charAt(i + 2) == '.') {
        int j = i + 3;
        while (j < n && text.charAt(j) == '.') {
          j++;
        }
        return j;
      }
      if (c == '-' && i + 1 < n && text.charAt(i + 1) == '-') {
        int j = i + 2;
        while (j < n && text.charAt(j) == '-') {
          j++;
        }
        return j;
      }
      if (Character.isHighSurrogate(c)
          && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        return i + 2;
      }
      if ("=*#~_+^<>|!?".indexOf(c) >= 0) {
        int j = i + 1;
        while (j < n && text.charAt(j) == c) {
          j++; // "=====", "!!!"
        }
        return j;
      }
      return i + 1;
    }

    private boolean startsUrl(int i) {
      return text.startsWith("http://", i)
          || text.startsWith("https://", i)
          || text.startsWith("www.", i) && i + 4 < n && isWordChar(text.charAt(i + 4));
    }

    /** A URL runs to the next space, less the punctuation that closes its sentence. */
    private int urlEnd(int i) {
      int j = i;
      while (j < n && !Character.isWhitespace(text.charAt(j))) {
        j++;
      }
      while (j > i + 1 && ".,;:!?)]\"'\u201d\u2019".indexOf(text.charAt(j - 1)) >= 0) {
        j--;
      }
      return j;
    }

    /** The end of ".com" after "example": a top-level domain closing a host name, or -1. */
    private int domainEnd(int dot) {
      int r = run(dot + 1);
      if (r >= n || !isWordChar(text.charAt(r))) {
        String tld = text.substring(dot + 1, r).toLowerCase(Locale.ROOT);
        if (DOMAINS.contains(tld)) {
          return r;
        }
      }
      return -1;
    }

    /** A word: letters, marks and digits, with joiners that keep compounds and numbers whole. */
    private int wordEnd(int start) {
      int j = run(start);
      while (j < n) {
        char c = text.charAt(j);
        char prev = text.charAt(j - 1);
        char next = j + 1 < n ? text.charAt(j + 1) : ' ';
        if ((c == '-' || c == '\u2010' || c == '\u2011') && isWordChar(next)) {
          j = run(j + 1);
        } else if ((c == '\u2013' || c == '/') && isDigit(prev) && isDigit(next)) {
          j = run(j + 1);
        } else if (c == '.' && isDigit(prev) && isDigit(next)) {
          j = run(j + 1);
        } else if (c == ',' && isDigit(prev) && isThousands(j + 1)) {
          j = run(j + 1);
        } else if (c == ':' && isDigit(prev) && j + 2 < n && isDigit(next)) {
          j = run(j + 1);
        } else if (isApostrophe(c) && Character.isLetter(next)) {
          if (cliticEnd(j) > 0) {
            return j; // "April’s": the clitic is the next token
          }
          if (isNegationClitic(j - 1) && j - 1 > start) {
            return j - 1; // "don't": "do" then "n't"
          }
          j = run(j + 1); // "O'Brien"
        } else if (c == '@' && Character.isLetterOrDigit(next) && j - start < 64) {
          j = run(j + 1); // an e-mail address
        } else if (c == '.'
            && Character.isLetter(next)
            && Character.isLowerCase(prev)
            && domainEnd(j) > 0) {
          j = domainEnd(j);
        } else if (c == '.') {
          return abbreviationEnd(start, j);
        } else {
          return j;
        }
      }
      return j;
    }

    private int run(int from) {
      int j = from;
      while (j < n && isWordChar(text.charAt(j))) {
        j++;
      }
      return j;
    }

    /** Three digits then a non-digit: the ",500" of "1,500". */
    private boolean isThousands(int from) {
      if (from + 3 > n) {
        return false;
      }
      for (int k = from; k < from + 3; k++) {
        if (!isDigit(text.charAt(k))) {
          return false;
        }
      }
      return from + 3 == n || !isDigit(text.charAt(from + 3));
    }

    /**
     * The word {@code [start, dot)} is followed by a '.': the end of the token, taking the stop
     * when the word is an initialism, an initial or a listed abbreviation.
     */
    private int abbreviationEnd(int start, int dot) {
      // "U.S.", "e.g.", "a.m.": single letters each followed by a stop
      if (dot - start == 1 && Character.isLetter(text.charAt(start))) {
        int j = dot;
        int letters = 1;
        while (j + 2 < n
            && Character.isLetter(text.charAt(j + 1))
            && text.charAt(j + 2) == '.'
            && (j + 3 >= n || !isWordChar(text.charAt(j + 3)))) {
          j += 2;
          letters++;
        }
        if (letters > 1) {
          return j + 1;
        }
        if (Character.isUpperCase(text.charAt(start)) && followedByCapitalWord(dot + 1)) {
          return dot + 1; // an initial: "George W. Bush"
        }
      }
      AbbreviationKind kind = abbreviations.get(text.substring(start, dot));
      if (kind == null) {
        return dot;
      }
      if (kind == AbbreviationKind.NUMBER && !followedByDigit(dot + 1)) {
        return dot;
      }
      return dot + 1;
    }

    private boolean followedByCapitalWord(int from) {
      int j = skipSpaces(from);
      return j > from && j < n && Character.isUpperCase(text.charAt(j));
    }

    private boolean followedByDigit(int from) {
      int j = skipSpaces(from);
      return j < n && isDigit(text.charAt(j));
    }

    private int skipSpaces(int from) {
      int j = from;
      while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\u00a0')) {
        j++;
      }
      return j;
    }

    /** The end of a clitic "’s", "'ll", "’re", "'ve", "'d", "'m" starting at {@code i}, or 0. */
    private int cliticEnd(int i) {
      int j = i + 1;
      while (j < n && Character.isLetter(text.charAt(j)) && j - i <= 3) {
        j++;
      }
      if (j < n && isWordChar(text.charAt(j))) {
        return 0;
      }
      String s = text.substring(i + 1, j).toLowerCase(Locale.ROOT);
      return switch (s) {
        case "s", "ll", "re", "ve", "d", "m" -> j;
        default -> 0;
      };
    }

    /** "n't" at {@code i}, ending a word. */
    private boolean isNegationClitic(int i) {
      return i + 2 < n
          && (text.charAt(i) == 'n' || text.charAt(i) == 'N')
          && isApostrophe(text.charAt(i + 1))
          && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
          && (i + 3 >= n || !isWordChar(text.charAt(i + 3)));
    }

    private void emit(int start, int end) {
      if (sentenceStart >= 0) {
        if (breaksLine(lastEnd, start)) {
          closeSentence();
        } else if (pendingEnd) {
          if (lastEnd == start && isCloser(text.charAt(start))) {
            // a closing quote or bracket after the stop stays in this sentence
          } else if (lastEnd < start && confirmsEnd(start, end)) {
            closeSentence();
          } else {
            pendingEnd = false;
          }
        }
      }
      if (sentenceStart < 0) {
        sentenceStart = start;
        firstToken = tokens.size();
      }
      tokens.add(new Token(new Span(start, end), text.substring(start, end)));
      lastEnd = end;
      markEnd(start, end);
    }

    /** Whether the token just added may end its sentence. */
    private void markEnd(int start, int end) {
      char first = text.charAt(start);
      char last = text.charAt(end - 1);
      if (first == '.' || first == '!' || first == '?' || first == '\u2026') {
        pendingEnd = true;
        weakEnd = false;
      } else if (last == '.' && end - start > 1) {
        AbbreviationKind kind = abbreviations.get(text.substring(start, end - 1));
        boolean initial = end - start == 2 && Character.isUpperCase(first);
        pendingEnd = kind != AbbreviationKind.TITLE && kind != AbbreviationKind.NUMBER && !initial;
        weakEnd = true;
      } else if (!isCloser(first)) {
        pendingEnd = false;
      }
    }

    /** The token {@code [start, end)} after a space confirms the pending sentence end. */
    private boolean confirmsEnd(int start, int end) {
      char c = text.charAt(start);
      if (weakEnd) {
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        return Character.isUpperCase(c) && openers.contains(word) || isOpener(c);
      }
      return Character.isUpperCase(c)
          || Character.isDigit(c)
          || isOpener(c)
          || Character.isLetter(c) && !Character.isLowerCase(c);
    }

    /** A blank line, or a single line break before a line that does not start in lower case. */
    private boolean breaksLine(int from, int to) {
      int breaks = 0;
      for (int k = from; k < to; k++) {
        if (text.charAt(k) == '\n') {
          breaks++;
        }
      }
      return breaks >= 2 || breaks == 1 && !Character.isLowerCase(text.charAt(to));
    }

    private void closeSentence() {
      if (sentenceStart >= 0) {
        sentences.add(
            new Sentence(new Span(sentenceStart, lastEnd), firstToken, tokens.size() - firstToken));
      }
      sentenceStart = -1;
      pendingEnd = false;
    }
  }

  static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c)
        || Character.getType(c) == Character.NON_SPACING_MARK
        || Character.getType(c) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019';
  }

  /** Marks that close a quotation or an insertion. */
  private static boolean isCloser(char c) {
    return c == '\u201d'
        || c == '"'
        || c == '\u2019'
        || c == '\''
        || c == ')'
        || c == ']'
        || c == '\u00bb'
        || c == '\u203a'
        || c == '\u201c';
  }

  /** Marks that open a quotation or an insertion. */
  private static boolean isOpener(char c) {
    return c == '\u201c'
        || c == '\u2018'
        || c == '"'
        || c == '\''
        || c == '('
        || c == '['
        || c == '\u00ab'
        || c == '\u201e'
        || c == '\u2039';
  }

  @Override
  public String toString() {
    return "Tokenizer[" + abbreviations.size() + " abbreviations]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tokenizer t
        && abbreviations.equals(t.abbreviations)
        && openers.equals(t.openers);
  }

  @Override
  public int hashCode() {
    return Objects.hash(abbreviations, openers);
  }
}
