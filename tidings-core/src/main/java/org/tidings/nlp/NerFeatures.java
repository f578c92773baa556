package org.tidings.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.tidings.geo.Gazetteer;

/**
 * Turns a sentence of words into hashed features for the statistical name tagger: the word and its
 * neighbours, word shapes, prefixes and suffixes, and membership of the project's own gazetteers
 * (countries, capitals, places, demonyms, known organisations and people, given names, titles).
 * Features are 32-bit hashes of (template, value), so a model file holds no words. Thread-safe.
 */
public final class NerFeatures {
  /** Bumped whenever features change, so an old model is not read with new features. */
  public static final int VERSION = 5;

  private static final int MAX_GAZ_TOKENS = 6;
  private static final String[] CLUSTER_TEMPLATES = {"cl0", "cl1", "cl2", "cl3", "cl4"};
  private final EntityLexicon lexicon;
  private final WordClusters clusters;

  /** Features with the bundled word classes ({@link WordClusters#standard()}). */
  public NerFeatures(EntityLexicon lexicon) {
    this(lexicon, WordClusters.standard());
  }

  public NerFeatures(EntityLexicon lexicon, WordClusters clusters) {
    this.lexicon = Objects.requireNonNull(lexicon);
    this.clusters = Objects.requireNonNull(clusters);
    if (clusters.levels() > CLUSTER_TEMPLATES.length) {
      throw new IllegalArgumentException("too many word-class levels: " + clusters.levels());
    }
  }

  /** The word classes these features read. */
  public WordClusters clusters() {
    return clusters;
  }

  /** The features of every word of a sentence read alone. */
  public int[][] ofSentence(List<String> words) {
    return of(List.of(words))[0];
  }

  /**
   * The features of every word of every sentence of a document. Besides the sentence itself, each
   * word sees how the document writes it elsewhere: in small letters, capitalised mid-sentence, or
   * as the first or last word of a longer capitalised name ("Aliyev" after "Ilham Aliyev").
   */
  public int[][][] of(List<List<String>> document) {
    DocumentStats stats = new DocumentStats(document);
    int[][][] out = new int[document.size()][][];
    for (int s = 0; s < document.size(); s++) {
      out[s] = sentence(document.get(s), stats);
    }
    return out;
  }

  private int[][] sentence(List<String> words, DocumentStats stats) {
    int n = words.size();
    String[] w = words.toArray(new String[0]);
    String[] lw = new String[n];
    String[] shape = new String[n];
    for (int i = 0; i < n; i++) {
      lw[i] = w[i].toLowerCase(Locale.ROOT);
      shape[i] = shape(w[i]);
    }
    String[] gaz = gazetteer(w);
    boolean shouting = shouting(w);
    int levels = clusters.levels();
    String[][] cl = new String[levels][n];
    for (int i = 0; i < n; i++) {
      int row = levels == 0 ? -1 : clusters.row(w[i]);
      for (int l = 0; l < levels; l++) {
        int c = clusters.classAt(row, l);
        cl[l][i] = c < 0 ? "?" : Integer.toString(c);
      }
    }
    int[][] out = new int[n][];
    int[] buf = new int[192];
    for (int i = 0; i < n; i++) {
      int k = 0;
      buf[k++] = h("b", "");
      buf[k++] = h("w", w[i]);
      buf[k++] = h("lw", lw[i]);
      buf[k++] = h("sh", shape[i]);
      for (int a = 1; a <= 5 && a <= w[i].length(); a++) {
        buf[k++] = h("p" + a, w[i].substring(0, a));
        buf[k++] = h("s" + a, lw[i].substring(lw[i].length() - a));
      }
      if (lw[i].length() >= 4 && lw[i].length() <= 24 && Character.isUpperCase(w[i].charAt(0))) {
        String padded = "^" + lw[i] + "$";
        for (int a = 0; a + 3 <= padded.length(); a++) {
          buf[k++] = h("c3", padded.substring(a, a + 3));
        }
      }
      buf[k++] = h("s3-1", suffix(at(lw, i - 1), 3));
      buf[k++] = h("s3+1", suffix(at(lw, i + 1), 3));
      buf[k++] = h("w-1w+1", at(lw, i - 1) + " " + at(lw, i + 1));
      buf[k++] = h("w-1", at(lw, i - 1));
      buf[k++] = h("w+1", at(lw, i + 1));
      buf[k++] = h("w-2", at(lw, i - 2));
      buf[k++] = h("w+2", at(lw, i + 2));
      buf[k++] = h("w-1w", at(lw, i - 1) + " " + lw[i]);
      buf[k++] = h("ww+1", lw[i] + " " + at(lw, i + 1));
      buf[k++] = h("sh-1", at(shape, i - 1));
      buf[k++] = h("sh+1", at(shape, i + 1));
      buf[k++] = h("sh-1sh", at(shape, i - 1) + " " + shape[i]);
      buf[k++] = h("shsh+1", shape[i] + " " + at(shape, i + 1));
      buf[k++] = h("sh-1shsh+1", at(shape, i - 1) + " " + shape[i] + " " + at(shape, i + 1));
      buf[k++] = h("first", i == 0 ? shape[i] : "-");
      buf[k++] = h("w-1sh", at(lw, i - 1) + " " + shape[i]);
      buf[k++] = h("shw+1", shape[i] + " " + at(lw, i + 1));
      if (shouting) {
        buf[k++] = h("shout", lw[i]);
        buf[k++] = h("shout-1", at(lw, i - 1));
      }
      buf[k++] = h("gz", gaz[i]);
      buf[k++] = h("gz-1", at(gaz, i - 1));
      buf[k++] = h("gz+1", at(gaz, i + 1));
      buf[k++] = h("gzsh", gaz[i] + " " + shape[i]);
      buf[k++] = h("gz-1gz", at(gaz, i - 1) + " " + gaz[i]);
      String doc = stats.of(lw[i]);
      buf[k++] = h("doc", doc);
      buf[k++] = h("docsh", doc + " " + (i == 0 ? "F" : "") + (shouting ? "S" : "") + shape[i]);
      buf[k++] = h("doc-1", stats.of(at(lw, i - 1)) + " " + doc);
      buf[k++] = h("doc+1", doc + " " + stats.of(at(lw, i + 1)));
      for (int l = 0; l < levels; l++) {
        String t = CLUSTER_TEMPLATES[l];
        buf[k++] = h(t, cl[l][i]);
        buf[k++] = h(t + "-1", at(cl[l], i - 1));
        buf[k++] = h(t + "+1", at(cl[l], i + 1));
        buf[k++] = h(t + "sh", cl[l][i] + " " + shape[i]);
      }
      if (levels > 1) {
        buf[k++] = h("cl-1cl", at(cl[1], i - 1) + " " + cl[1][i]);
        buf[k++] = h("clcl+1", cl[1][i] + " " + at(cl[1], i + 1));
      }
      int hyphen = w[i].indexOf('-');
      if (hyphen > 0 && hyphen < w[i].length() - 1) {
        buf[k++] = h("hy0", lw[i].substring(0, hyphen));
        buf[k++] = h("hy1", lw[i].substring(lw[i].lastIndexOf('-') + 1));
      }
      out[i] = java.util.Arrays.copyOf(buf, k);
    }
    return out;
  }

  private static String suffix(String w, int n) {
    return w.length() <= n ? w : w.substring(w.length() - n);
  }

  private static String at(String[] a, int i) {
    if (i < 0) {
      return "<s>";
    }
    return i >= a.length ? "</s>" : a[i];
  }

  /** "Aliyev" gives "Xx", "RIA" "X", "2009-2011" "d-d", "U.S." "X.X.". */
  static String shape(String w) {
    StringBuilder b = new StringBuilder(8);
    char last = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      char s;
      if (Character.isUpperCase(c)) {
        s = 'X';
      } else if (Character.isLowerCase(c)) {
        s = 'x';
      } else if (Character.isDigit(c)) {
        s = 'd';
      } else if (Character.isLetter(c)) {
        s = 'l';
      } else {
        s = c;
      }
      if (s != last || !(s == 'X' || s == 'x' || s == 'd' || s == 'l')) {
        b.append(s);
      }
      last = s;
    }
    if (w.length() <= 3) {
      b.append('_').append(w.length());
    }
    return b.toString();
  }

  private static final String[] TYPES = {"O", "PER", "ORG", "LOC", "MISC"};
  private static final String[] FLAGS = {"", "F", "S", "FS"};

  /**
   * The labels a document has given each capitalised word so far: tagging sentence by sentence, a
   * later "Aliyev" sees that an earlier one was a person. Not thread-safe; one per document.
   */
  public static final class History {
    private final java.util.Map<String, int[]> counts = new java.util.HashMap<>();

    /** Notes the BIO labels given to the words of one sentence. */
    public void record(List<String> words, List<String> labels) {
      for (int i = 0; i < words.size(); i++) {
        String w = words.get(i);
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0))) {
          continue;
        }
        String l = labels.get(i);
        int type = 0;
        for (int t = 1; t < TYPES.length; t++) {
          if (l.length() > 2 && l.substring(2).equals(TYPES[t])) {
            type = t;
          }
        }
        counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[TYPES.length])[type]++;
      }
    }

    /** The type most often given to the word so far, or null if it has not been seen. */
    String majority(String lowerWord) {
      int[] c = counts.get(lowerWord);
      if (c == null) {
        return null;
      }
      int best = 0;
      for (int t = 1; t < c.length; t++) {
        if (c[t] > c[best] || (c[t] == c[best] && best == 0)) {
          best = t;
        }
      }
      return TYPES[best];
    }
  }

  /** A sentence's features with those of its words' history in the document added. */
  public int[][] withHistory(List<String> words, int[][] features, History history) {
    String[] w = words.toArray(new String[0]);
    boolean shouting = shouting(w);
    int[][] out = new int[features.length][];
    for (int i = 0; i < features.length; i++) {
      String majority =
          w[i].isEmpty() || !Character.isUpperCase(w[i].charAt(0))
              ? null
              : history.majority(w[i].toLowerCase(Locale.ROOT));
      if (majority == null) {
        out[i] = features[i];
        continue;
      }
      String flag = (i == 0 ? "F" : "") + (shouting ? "S" : "");
      out[i] = java.util.Arrays.copyOf(features[i], features[i].length + 2);
      out[i][features[i].length] = h("hist", majority);
      out[i][features[i].length + 1] = h("histf", majority + flag);
    }
    return out;
  }

  /** Every hash {@link #withHistory} can add, so a trainer can make room for them. */
  public static int[] historyHashes() {
    int[] out = new int[TYPES.length * (1 + FLAGS.length)];
    int k = 0;
    for (String t : TYPES) {
      out[k++] = h("hist", t);
      for (String f : FLAGS) {
        out[k++] = h("histf", t + f);
      }
    }
    return out;
  }

  /** How a document writes each word, counted over its sentences not written in capitals. */
  private static final class DocumentStats {
    private static final int LOWER = 0;
    private static final int CAP_MID = 1;
    private static final int FIRST = 2;
    private static final int LAST = 3;
    private final java.util.Map<String, int[]> counts = new java.util.HashMap<>();

    DocumentStats(List<List<String>> document) {
      for (List<String> sentence : document) {
        String[] w = sentence.toArray(new String[0]);
        if (shouting(w)) {
          continue;
        }
        for (int i = 0; i < w.length; i++) {
          if (w[i].isEmpty() || !Character.isLetter(w[i].charAt(0))) {
            continue;
          }
          String key = w[i].toLowerCase(Locale.ROOT);
          boolean cap = Character.isUpperCase(w[i].charAt(0));
          if (!cap) {
            count(key)[LOWER]++;
            continue;
          }
          if (i > 0) {
            count(key)[CAP_MID]++;
          }
          boolean capBefore = i > 0 && capitalised(w[i - 1]);
          boolean capAfter = i + 1 < w.length && capitalised(w[i + 1]);
          if (capAfter && !capBefore && i > 0) {
            count(key)[FIRST]++;
          }
          if (capBefore && !capAfter) {
            count(key)[LAST]++;
          }
        }
      }
    }

    private static boolean capitalised(String w) {
      return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    private int[] count(String key) {
      return counts.computeIfAbsent(key, k -> new int[4]);
    }

    /** "L" seen in small letters, "C" capitalised mid-sentence, "F"/"E" first/last of a name. */
    String of(String key) {
      int[] c = counts.get(key);
      if (c == null) {
        return "-";
      }
      StringBuilder b = new StringBuilder(4);
      if (c[LOWER] > 0) {
        b.append('L');
      }
      if (c[CAP_MID] > 0) {
        b.append('C');
      }
      if (c[FIRST] > 0) {
        b.append('F');
      }
      if (c[LAST] > 0) {
        b.append('E');
      }
      return b.length() == 0 ? "-" : b.toString();
    }
  }

  /** A sentence in capitals throughout, like a wire headline. */
  private static boolean shouting(String[] w) {
    int letters = 0;
    int upper = 0;
    for (String s : w) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (Character.isLetter(c)) {
          letters++;
          if (Character.isUpperCase(c)) {
            upper++;
          }
        }
      }
    }
    return letters >= 6 && upper * 10 >= letters * 9;
  }

  /** For each word: what the longest gazetteer name over it is, and whether it begins it. */
  private String[] gazetteer(String[] w) {
    String[] out = new String[w.length];
    int i = 0;
    while (i < w.length) {
      int matched = 0;
      String kind = "";
      StringBuilder phrase = new StringBuilder();
      for (int j = i; j < w.length && j - i < MAX_GAZ_TOKENS; j++) {
        if (j > i) {
          phrase.append(' ');
        }
        phrase.append(w[j]);
        String k = kind(phrase.toString(), j == i);
        if (!k.isEmpty()) {
          matched = j - i + 1;
          kind = k;
        }
      }
      if (matched == 0) {
        out[i] = single(w[i]);
        i++;
      } else {
        for (int j = 0; j < matched; j++) {
          out[i + j] = kind + (j == 0 ? "B" : "I");
        }
        i += matched;
      }
    }
    return out;
  }

  private String kind(String phrase, boolean oneWord) {
    if (phrase.isEmpty() || !Character.isLetterOrDigit(phrase.charAt(0))) {
      return "";
    }
    Optional<EntityLexicon.Known> k = lexicon.knownAnyCase(phrase);
    if (k.isPresent()) {
      return k.get().type().name();
    }
    Optional<Gazetteer.Match> g = lexicon.gazetteer().find(phrase);
    if (g.isPresent()) {
      return g.get().kind().name();
    }
    if (lexicon.title(phrase).isPresent()) {
      return "TITLE";
    }
    return "";
  }

  private String single(String w) {
    if (lexicon.isGivenName(w)) {
      return "GIVEN";
    }
    if (lexicon.orgWordRole(w) != null) {
      return "ORGWORD";
    }
    if (lexicon.isNotName(w)) {
      return "NOTNAME";
    }
    return "-";
  }

  /** FNV-1a over template and value, then a murmur finaliser. */
  static int h(String template, String value) {
    int x = 0x811c9dc5;
    for (int i = 0; i < template.length(); i++) {
      x = (x ^ template.charAt(i)) * 0x01000193;
    }
    x = (x ^ 0x1f) * 0x01000193;
    for (int i = 0; i < value.length(); i++) {
      x = (x ^ value.charAt(i)) * 0x01000193;
    }
    x ^= x >>> 16;
    x *= 0x85ebca6b;
    x ^= x >>> 13;
    x *= 0xc2b2ae35;
    x ^= x >>> 16;
    return x;
  }
}
