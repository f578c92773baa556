package org.tidings.syntax.train;

import org.tidings.syntax.ParseState;

/**
 * The dynamic oracle for arc-eager parsing (Goldberg and Nivre 2012): how many gold arcs a
 * transition makes unreachable. From any state at least one valid transition costs nothing when the
 * gold tree is projective, so training can follow the model's own mistakes.
 */
public final class Oracle {
  private Oracle() {}

  /**
   * The cost of a valid transition.
   *
   * @param gold each word's gold head, {@code state.size()} for the root
   */
  public static int cost(ParseState state, int transition, int[] gold) {
    int n = state.size();
    int s = state.top();
    int b = state.front();
    return switch (transition) {
      case ParseState.SHIFT ->
          unheadedChildrenOnStack(state, b, gold) + (onStack(state, gold[b]) ? 1 : 0);
      case ParseState.REDUCE -> childrenInBuffer(state, s, gold, b);
      case ParseState.LEFT ->
          childrenInBuffer(state, s, gold, b) + (gold[s] != b && gold[s] > b ? 1 : 0);
      case ParseState.RIGHT ->
          unheadedChildrenOnStack(state, b, gold)
              + (gold[b] != s && (gold[b] > b || onStack(state, gold[b])) ? 1 : 0);
      default -> throw new IllegalArgumentException("no transition " + transition);
    };
  }

  /** The zero-cost valid transition that scores best, or -1 when there is none. */
  public static int best(ParseState state, float[] scores, int[] gold) {
    int best = -1;
    for (int t = 0; t < scores.length; t++) {
      if (state.valid(t) && cost(state, t, gold) == 0 && (best < 0 || scores[t] > scores[best])) {
        best = t;
      }
    }
    return best;
  }

  private static boolean onStack(ParseState state, int word) {
    for (int i = 0; i < state.stackDepth(); i++) {
      if (state.stackAt(i) == word) {
        return true;
      }
    }
    return false;
  }

  private static int unheadedChildrenOnStack(ParseState state, int head, int[] gold) {
    int cost = 0;
    for (int i = 0; i < state.stackDepth(); i++) {
      int k = state.stackAt(i);
      if (gold[k] == head && state.head(k) < 0) {
        cost++;
      }
    }
    return cost;
  }

  private static int childrenInBuffer(ParseState state, int head, int[] gold, int from) {
    int cost = 0;
    for (int k = from; k < state.size(); k++) {
      if (gold[k] == head) {
        cost++;
      }
    }
    return cost;
  }
}
