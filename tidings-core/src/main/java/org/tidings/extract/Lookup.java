package org.tidings.extract;

import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Read-only sets and maps for the lookups made once per element or word: hash tables with a
 * power-of-two mask, where {@code Set.of} and {@code Map.copyOf} probe with an integer division,
 * which the profile shows on every element of a page.
 */
final class Lookup {
  private Lookup() {}

  static Set<String> of(String... names) {
    return new StringSet(new HashSet<>(Arrays.asList(names)));
  }

  /**
   * A read-only set of strings: one open-addressing table probed with the string's cached hash, no
   * wrapper and no node objects (a {@code HashSet} lookup goes through three). Iterates in the
   * order of the {@code HashSet} it was made from.
   */
  private static final class StringSet extends AbstractSet<String> {
    private final String[] table;
    private final int mask;
    private final List<String> items;

    StringSet(Set<String> names) {
      this.items = List.copyOf(names);
      int size = Integer.highestOneBit(Math.max(2, names.size()) * 4 - 1);
      this.table = new String[size];
      this.mask = size - 1;
      for (String s : items) {
        int i = slot(s.hashCode());
        while (table[i] != null) {
          i = (i + 1) & mask;
        }
        table[i] = s;
      }
    }

    private int slot(int h) {
      return (h ^ (h >>> 16)) & mask;
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof String s)) {
        return false;
      }
      int h = s.hashCode();
      for (int i = slot(h); ; i = (i + 1) & mask) {
        String t = table[i];
        if (t == null) {
          return false;
        }
        if (t.hashCode() == h && t.equals(s)) {
          return true;
        }
      }
    }

    @Override
    public Iterator<String> iterator() {
      return items.iterator();
    }

    @Override
    public int size() {
      return items.size();
    }
  }

  static <T> Set<T> copyOf(Collection<? extends T> values) {
    HashSet<T> set = new HashSet<>(values);
    for (T v : set) {
      if (!(v instanceof String)) {
        return Collections.unmodifiableSet(set);
      }
    }
    @SuppressWarnings("unchecked") // every element is a String
    Set<T> strings = (Set<T>) new StringSet((Set<String>) set);
    return strings;
  }

  static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }
}
