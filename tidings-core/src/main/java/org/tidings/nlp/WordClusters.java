package org.tidings.nlp;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Word classes learnt from unlabelled news text (by {@code org.tidings.nlp.train.WordClusterer}):
 * words used in similar contexts share a class, so the name tagger can generalise from "Sofia" to
 * "Lisbon" even when only one of them is in its training data. Each word has a class at several
 * granularities (say 64, 256 and 1024 classes), the coarse ones like the short bit-string prefixes
 * of Brown clusters. The file holds 32-bit hashes of the words, not the words. Immutable and
 * thread-safe.
 */
public final class WordClusters {
  /** The bundled English classes. */
  public static final String RESOURCE = "word-clusters.bin";

  private static final int MAGIC = 0x54574331; // "TWC1"
  private static final WordClusters NONE = new WordClusters(new int[0], new HashIndex(1), 0);

  private final int[] sizes;
  private final HashIndex index;
  private final short[] classes; // row * levels + level
  private final int fingerprint;

  private WordClusters(int[] sizes, HashIndex index, int rows) {
    this(sizes, index, new short[rows * sizes.length]);
  }

  private WordClusters(int[] sizes, HashIndex index, short[] classes) {
    this.sizes = sizes.clone();
    this.index = Objects.requireNonNull(index);
    this.classes = classes;
    this.fingerprint = checksum();
  }

  /**
   * Classes from the trainer: {@code words[i]} is in class {@code classes[level][i]} at each level,
   * where level {@code l} has {@code sizes[l]} classes.
   */
  public static WordClusters of(String[] words, int[] sizes, int[][] classes) {
    HashIndex index = new HashIndex(words.length);
    short[] c = new short[words.length * sizes.length];
    for (int i = 0; i < words.length; i++) {
      int row = index.add(key(words[i]));
      if (row != i) {
        throw new IllegalArgumentException("duplicate word after normalising: " + words[i]);
      }
      for (int l = 0; l < sizes.length; l++) {
        c[i * sizes.length + l] = (short) classes[l][i];
      }
    }
    return new WordClusters(sizes, index, c);
  }

  /**
   * Two clusterings side by side: the levels of {@code a} then those of {@code b}, over the union
   * of their words; a word only one of them knows has class -1 at the other's levels.
   */
  public static WordClusters concat(WordClusters a, WordClusters b) {
    int la = a.sizes.length;
    int lb = b.sizes.length;
    int[] sizes = new int[la + lb];
    System.arraycopy(a.sizes, 0, sizes, 0, la);
    System.arraycopy(b.sizes, 0, sizes, la, lb);
    int[] ka = a.index.keysByRow();
    int[] kb = b.index.keysByRow();
    HashIndex index = new HashIndex(ka.length + kb.length);
    for (int k : ka) {
      index.add(k);
    }
    for (int k : kb) {
      index.add(k);
    }
    short[] c = new short[index.size() * sizes.length];
    java.util.Arrays.fill(c, (short) -1);
    for (int r = 0; r < ka.length; r++) {
      int row = index.get(ka[r]);
      for (int l = 0; l < la; l++) {
        c[row * sizes.length + l] = a.classes[r * la + l];
      }
    }
    for (int r = 0; r < kb.length; r++) {
      int row = index.get(kb[r]);
      for (int l = 0; l < lb; l++) {
        c[row * sizes.length + la + l] = b.classes[r * lb + l];
      }
    }
    return new WordClusters(sizes, index, c);
  }

  /** No classes at all: every word is unknown. */
  public static WordClusters none() {
    return NONE;
  }

  /** The bundled classes, or {@link #none()} if the resource is absent. */
  public static WordClusters standard() {
    try (InputStream in = WordClusters.class.getResourceAsStream(RESOURCE)) {
      return in == null ? none() : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A checksum of the classes, which a tagger's model file records so it is never read with classes
   * other than those it was trained with. 0 for {@link #none()}.
   */
  public int fingerprint() {
    return fingerprint;
  }

  private int checksum() {
    int x = 0;
    int[] keys = index.keysByRow();
    for (int r = 0; r < keys.length; r++) {
      x = x * 31 + keys[r];
      for (int l = 0; l < sizes.length; l++) {
        x = x * 31 + classes[r * sizes.length + l];
      }
    }
    return x;
  }

  /** How many granularities each word has a class at. */
  public int levels() {
    return sizes.length;
  }

  /** How many words have classes. */
  public int size() {
    return index.size();
  }

  /**
   * The word's class at {@code level}, or -1 for a word not seen often enough in training. Words
   * are looked up in small letters with digits folded to 0, so "BRUSSELS" finds "Brussels".
   */
  public int of(String word, int level) {
    return classAt(row(word), level);
  }

  /** The word's row, -1 if it has no class: look it up once, then read levels with classAt. */
  int row(String word) {
    return index.get(key(word));
  }

  /** The class at {@code level} of a row from {@link #row}, or -1 for row -1. */
  int classAt(int row, int level) {
    return row < 0 ? -1 : classes[row * sizes.length + level];
  }

  /** The form a word is counted and looked up under: small letters, every digit "0". */
  public static String normalise(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    StringBuilder b = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (c >= '0' && c <= '9' && c != '0') {
        if (b == null) {
          b = new StringBuilder(lower);
        }
        b.setCharAt(i, '0');
      }
    }
    return b == null ? lower : b.toString();
  }

  private static int key(String word) {
    return NerFeatures.h("wc", normalise(word));
  }

  /** Writes the classes gzip-compressed: levels and their sizes, then each word hash's classes. */
  public void write(OutputStream out) throws IOException {
    GZIPOutputStream gz = new GZIPOutputStream(out, 1 << 16);
    DataOutputStream d = new DataOutputStream(new BufferedOutputStream(gz, 1 << 16));
    d.writeInt(MAGIC);
    d.writeInt(sizes.length);
    for (int s : sizes) {
      d.writeInt(s);
    }
    int[] keys = index.keysByRow();
    d.writeInt(keys.length);
    for (int r = 0; r < keys.length; r++) {
      d.writeInt(keys[r]);
      for (int l = 0; l < sizes.length; l++) {
        d.writeShort(classes[r * sizes.length + l]);
      }
    }
    d.flush();
    gz.finish();
  }

  /** Reads classes written by {@link #write}. */
  public static WordClusters read(InputStream in) throws IOException {
    ByteBuffer b;
    try (GZIPInputStream gz = new GZIPInputStream(in, 1 << 16)) {
      b = ByteBuffer.wrap(gz.readAllBytes());
    }
    try {
      if (b.getInt() != MAGIC) {
        throw new IOException("not a Tidings word-cluster file");
      }
      int[] sizes = new int[b.getInt()];
      for (int l = 0; l < sizes.length; l++) {
        sizes[l] = b.getInt();
      }
      int rows = b.getInt();
      HashIndex index = new HashIndex(rows);
      short[] classes = new short[rows * sizes.length];
      for (int r = 0; r < rows; r++) {
        int row = index.add(b.getInt());
        for (int l = 0; l < sizes.length; l++) {
          classes[row * sizes.length + l] = b.getShort();
        }
      }
      return new WordClusters(sizes, index, classes);
    } catch (BufferUnderflowException e) {
      throw new IOException("truncated word-cluster file", e);
    }
  }
}
