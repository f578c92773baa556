package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HashIndexTest {
  @Test
  void givesEachKeyOneRowAndGrows() {
    HashIndex index = new HashIndex(2);
    for (int k = -500; k < 500; k++) {
      assertEquals(k + 500, index.add(k * 7919));
    }
    assertEquals(1000, index.size());
    assertEquals(500, index.get(0));
    assertEquals(3, index.add(-497 * 7919));
    assertEquals(-1, index.get(12345678));
    int[] keys = index.keysByRow();
    assertEquals(-500 * 7919, keys[0]);
    assertArrayEquals(new int[] {0}, new int[] {keys[500]});
  }
}
