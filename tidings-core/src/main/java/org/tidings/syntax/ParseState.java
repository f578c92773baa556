package org.tidings.syntax;

import java.util.Arrays;
import java.util.List;

/**
 * A configuration of the arc-eager transition system: a stack, a buffer position and the arcs made
 * so far. Words are numbered 0..n-1 and the artificial root is word n, the last in the buffer (root
 * last, as Ballesteros and Nivre recommend for arc-eager). Mutable; one per parse.
 *
 * <p>Transitions: {@link #SHIFT} pushes the buffer front; {@link #REDUCE} pops a stack top that has
 * its head; {@link #LEFT} makes the buffer front the head of the stack top and pops it; {@link
 * #RIGHT} makes the stack top the head of the buffer front and pushes it.
 */
public final class ParseState {
  public static final int SHIFT = 0;
  public static final int REDUCE = 1;
  public static final int LEFT = 2;
  public static final int RIGHT = 3;
  public static final List<String> TRANSITIONS = List.of("SHIFT", "REDUCE", "LEFT", "RIGHT");

  final int n;
  final int[] stack;
  int depth;
  int front;
  final int[] heads;
  final int[] labels;
  final int[] leftmost;
  final int[] leftmost2;
  final int[] rightmost;
  final int[] rightmost2;
  final int[] leftCount;
  final int[] rightCount;
  final long[] leftLabels;
  final long[] rightLabels;

  /** The start configuration for {@code n} words. */
  public ParseState(int n) {
    this.n = n;
    stack = new int[n + 1];
    heads = new int[n + 1];
    labels = new int[n + 1];
    leftmost = new int[n + 1];
    leftmost2 = new int[n + 1];
    rightmost = new int[n + 1];
    rightmost2 = new int[n + 1];
    leftCount = new int[n + 1];
    rightCount = new int[n + 1];
    leftLabels = new long[n + 1];
    rightLabels = new long[n + 1];
    Arrays.fill(heads, -1);
    Arrays.fill(labels, -1);
    Arrays.fill(leftmost, -1);
    Arrays.fill(leftmost2, -1);
    Arrays.fill(rightmost, -1);
    Arrays.fill(rightmost2, -1);
  }

  public int size() {
    return n;
  }

  public boolean terminal() {
    return front >= n && depth == 0;
  }

  /** The stack top, or -1. */
  public int top() {
    return depth > 0 ? stack[depth - 1] : -1;
  }

  /** The word under the stack top, or -1. */
  public int second() {
    return depth > 1 ? stack[depth - 2] : -1;
  }

  /** The buffer front; {@link #size()} is the root. */
  public int front() {
    return front;
  }

  public int stackDepth() {
    return depth;
  }

  /** The stack entry {@code i} places below the top. */
  public int stackAt(int i) {
    return stack[depth - 1 - i];
  }

  /** The head given to a word so far, n for the root, -1 for none yet. */
  public int head(int word) {
    return heads[word];
  }

  /** The relation class given to a word so far, -1 for none yet. */
  public int label(int word) {
    return labels[word];
  }

  public boolean valid(int transition) {
    return switch (transition) {
      case SHIFT -> front < n;
      case REDUCE -> depth > 0 && heads[top()] >= 0;
      case LEFT -> depth > 0 && heads[top()] < 0;
      case RIGHT -> depth > 0 && front < n;
      default -> false;
    };
  }

  /** Applies a valid transition; {@code label} is the relation class for arcs, else ignored. */
  public void apply(int transition, int label) {
    switch (transition) {
      case SHIFT -> stack[depth++] = front++;
      case REDUCE -> depth--;
      case LEFT -> {
        int dependent = stack[--depth];
        attach(front, dependent, label);
      }
      case RIGHT -> {
        attach(top(), front, label);
        stack[depth++] = front++;
      }
      default -> throw new IllegalArgumentException("no transition " + transition);
    }
  }

  private void attach(int head, int dependent, int label) {
    heads[dependent] = head;
    labels[dependent] = label;
    long bit = label >= 0 ? 1L << (label & 63) : 0;
    if (dependent < head) {
      leftCount[head]++;
      leftLabels[head] |= bit;
      if (leftmost[head] < 0 || dependent < leftmost[head]) {
        leftmost2[head] = leftmost[head];
        leftmost[head] = dependent;
      } else if (leftmost2[head] < 0 || dependent < leftmost2[head]) {
        leftmost2[head] = dependent;
      }
    } else {
      rightCount[head]++;
      rightLabels[head] |= bit;
      if (dependent > rightmost[head]) {
        rightmost2[head] = rightmost[head];
        rightmost[head] = dependent;
      } else if (dependent > rightmost2[head]) {
        rightmost2[head] = dependent;
      }
    }
  }
}
