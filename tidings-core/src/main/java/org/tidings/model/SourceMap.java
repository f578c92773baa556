package org.tidings.model;

import java.util.Arrays;

/**
 * Maps offsets in an article text back to offsets in the source it was extracted from.
 *
 * <p>A map is a list of segments: text chars {@code [textStart[i], textStart[i] + length[i])} came
 * from source offsets {@code [sourceStart[i], sourceStart[i] + length[i])}. Text between segments
 * (inserted paragraph breaks, say) maps to the start of the next segment. What a source offset
 * counts (bytes of a text dump, chars of decoded HTML) is named by {@link #unit()}.
 */
public final class SourceMap {
  private static final SourceMap NONE = new SourceMap("none", new int[0], new long[0], new int[0]);

  private final String unit;
  private final int[] textStart;
  private final long[] sourceStart;
  private final int[] length;

  private SourceMap(String unit, int[] textStart, long[] sourceStart, int[] length) {
    this.unit = unit;
    this.textStart = textStart;
    this.sourceStart = sourceStart;
    this.length = length;
  }

  /** A map that knows nothing: every lookup gives -1. */
  public static SourceMap none() {
    return NONE;
  }

  /** What source offsets count: "byte", "char" or "none". */
  public String unit() {
    return unit;
  }

  /** Number of segments. */
  public int size() {
    return textStart.length;
  }

  /** The source offset of text offset {@code offset}, or -1 when unknown. */
  public long sourceOffset(int offset) {
    if (textStart.length == 0) {
      return -1;
    }
    int i = Arrays.binarySearch(textStart, offset);
    if (i < 0) {
      i = -i - 2; // segment starting before offset
    }
    if (i < 0) {
      return sourceStart[0];
    }
    int into = offset - textStart[i];
    if (into <= length[i]) {
      return sourceStart[i] + into;
    }
    return i + 1 < textStart.length ? sourceStart[i + 1] : sourceStart[i] + length[i];
  }

  /** Collects segments in text order. */
  public static final class Builder {
    private final String unit;
    private int[] textStart = new int[16];
    private long[] sourceStart = new long[16];
    private int[] length = new int[16];
    private int size;

    public Builder(String unit) {
      this.unit = unit;
    }

    /** Records that {@code len} text chars from {@code text} came from {@code source}. */
    public Builder add(int text, long source, int len) {
      if (size > 0 && text < textStart[size - 1] + length[size - 1]) {
        throw new IllegalArgumentException("segments must be added in text order");
      }
      if (size == textStart.length) {
        textStart = Arrays.copyOf(textStart, size * 2);
        sourceStart = Arrays.copyOf(sourceStart, size * 2);
        length = Arrays.copyOf(length, size * 2);
      }
      textStart[size] = text;
      sourceStart[size] = source;
      length[size] = len;
      size++;
      return this;
    }

    public SourceMap build() {
      return new SourceMap(
          unit,
          Arrays.copyOf(textStart, size),
          Arrays.copyOf(sourceStart, size),
          Arrays.copyOf(length, size));
    }
  }
}
