package org.tidings.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * An iterator that computes its next element only when asked: subclasses say how in {@link
 * #advance()}, returning null at the end.
 */
abstract class Lookahead<T> implements Iterator<T> {
  private T next;

  /** The next element, or null when there are no more. */
  protected abstract T advance();

  @Override
  public final boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public final T next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    T n = next;
    next = null;
    return n;
  }
}
