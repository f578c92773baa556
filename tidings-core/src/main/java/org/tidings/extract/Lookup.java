package org.tidings.extract;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
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
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  static <T> Set<T> copyOf(Collection<? extends T> values) {
    return Collections.unmodifiableSet(new HashSet<>(values));
  }

  static <K, V> Map<K, V> copyOf(Map<? extends K, ? extends V> map) {
    return Collections.unmodifiableMap(new HashMap<>(map));
  }
}
