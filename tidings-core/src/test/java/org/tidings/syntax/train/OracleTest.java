package org.tidings.syntax.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tidings.syntax.ParseState;

class OracleTest {
  // "Medvedev rejected the Armenian criticism after visiting Yerevan ." with the root as word 9:
  // nsubj(rejected, Medvedev) det/amod(criticism, the/Armenian) obj(rejected, criticism)
  // mark(visiting, after) advcl(rejected, visiting) obj(visiting, Yerevan) punct(rejected, .)
  private static final int[] MEDVEDEV = {1, 9, 4, 4, 1, 6, 1, 6, 1};

  // "Weapons were delivered to Armenia by Russia ." root = 8
  private static final int[] WEAPONS = {2, 2, 8, 4, 2, 6, 2, 2};

  /** Follows the oracle's zero-cost transitions, always the first allowed, to the end. */
  private static int[] followOracle(int[] gold) {
    ParseState state = new ParseState(gold.length);
    while (!state.terminal()) {
      int next = -1;
      for (int t = 0; t < 4 && next < 0; t++) {
        if (state.valid(t) && Oracle.cost(state, t, gold) == 0) {
          next = t;
        }
      }
      assertTrue(next >= 0, "no zero-cost transition");
      state.apply(next, 0);
    }
    int[] heads = new int[gold.length];
    for (int i = 0; i < heads.length; i++) {
      heads[i] = state.head(i);
    }
    return heads;
  }

  @Test
  void oracleReproducesHandWrittenTrees() {
    assertArrayEquals(MEDVEDEV, followOracle(MEDVEDEV));
    assertArrayEquals(WEAPONS, followOracle(WEAPONS));
  }

  @Test
  void costCountsTheArcsAMistakeLoses() {
    ParseState state = new ParseState(MEDVEDEV.length);
    state.apply(ParseState.SHIFT, 0); // Medvedev on the stack, "rejected" in front
    assertEquals(0, Oracle.cost(state, ParseState.LEFT, MEDVEDEV));
    // making "rejected" depend on Medvedev loses rejected's root arc and Medvedev's head
    assertEquals(2, Oracle.cost(state, ParseState.RIGHT, MEDVEDEV));
    // shifting "rejected" loses the arc to Medvedev, still unheaded on the stack
    assertEquals(1, Oracle.cost(state, ParseState.SHIFT, MEDVEDEV));
  }

  @Test
  void afterAMistakeTheOracleStillFindsTheBestReachableTree() {
    ParseState state = new ParseState(MEDVEDEV.length);
    state.apply(ParseState.SHIFT, 0);
    int lost = Oracle.cost(state, ParseState.SHIFT, MEDVEDEV);
    state.apply(ParseState.SHIFT, 0); // the mistake
    while (!state.terminal()) {
      int next = -1;
      for (int t = 0; t < 4 && next < 0; t++) {
        if (state.valid(t) && Oracle.cost(state, t, MEDVEDEV) == 0) {
          next = t;
        }
      }
      assertTrue(next >= 0);
      state.apply(next, 0);
    }
    int wrong = 0;
    for (int i = 0; i < MEDVEDEV.length; i++) {
      wrong += state.head(i) == MEDVEDEV[i] ? 0 : 1;
    }
    assertEquals(lost, wrong);
  }

  @Test
  void liftingMakesTreesProjective() {
    // "A hearing is scheduled on the issue today": nmod(hearing, issue) crosses the verb
    int[] crossing = {1, 3, 3, 8, 6, 6, 1, 3};
    assertFalse(Projectivizer.isProjective(crossing));
    int[] lifted = Projectivizer.lift(crossing);
    assertTrue(Projectivizer.isProjective(lifted));
    assertEquals(3, lifted[6]); // "issue" moved up to the verb
    assertArrayEquals(MEDVEDEV, Projectivizer.lift(MEDVEDEV));
    assertTrue(Projectivizer.isProjective(MEDVEDEV));
  }
}
