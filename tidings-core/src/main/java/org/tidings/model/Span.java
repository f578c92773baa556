package org.tidings.model;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into one article text.
 *
 * @param start first char offset, inclusive
 * @param end last char offset, exclusive
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  /** Number of chars covered. */
  public int length() {
    return end - start;
  }

  /** Whether {@code other} lies wholly inside this span. */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /** Whether the two spans share at least one char. */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /** The covered text; fails if the span does not fit {@code text}. */
  public String of(String text) {
    checkWithin(text.length());
    return text.substring(start, end);
  }

  /** Fails fast when this span reaches past a text of {@code length} chars. */
  public Span checkWithin(int length) {
    if (end > length) {
      throw new IllegalArgumentException(
          "span [" + start + ", " + end + ") outside text of length " + length);
    }
    return this;
  }

  @Override
  public int compareTo(Span o) {
    return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
  }
}
