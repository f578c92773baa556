package org.tidings.extract;

import java.util.Arrays;
import java.util.function.Predicate;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * A walk over the nodes under one element in document order, by child index. The caller decides
 * which elements to {@link #enter}, so a subtree can be skipped. The tree must not change during
 * the walk: it needs none of jsoup's traversor sibling lookups and removal checks, which matters on
 * the per-page hot path.
 */
final class NodeWalk {
  private Element[] parents = new Element[64];
  private int[] next = new int[64];
  private int top;

  NodeWalk(Element root) {
    parents[0] = root;
  }

  /** The first element at or under {@code root}, in document order, that {@code test} accepts. */
  static Element first(Element root, Predicate<Element> test) {
    if (test.test(root)) {
      return root;
    }
    NodeWalk walk = new NodeWalk(root);
    for (Node n = walk.next(); n != null; n = walk.next()) {
      if (n instanceof Element e) {
        if (test.test(e)) {
          return e;
        }
        walk.enter(e);
      }
    }
    return null;
  }

  /** The next node in document order among those entered, or null at the end. */
  Node next() {
    while (top >= 0) {
      Element parent = parents[top];
      int i = next[top];
      if (i < parent.childNodeSize()) {
        next[top] = i + 1;
        return parent.childNode(i);
      }
      top--;
    }
    return null;
  }

  /** Depth of the node {@link #next} returned last: the root's children are at depth 1. */
  int depth() {
    return top + 1;
  }

  /** Walks the children of {@code e}, the element {@link #next} returned last, next. */
  void enter(Element e) {
    if (e.childNodeSize() == 0) {
      return;
    }
    if (++top == parents.length) {
      parents = Arrays.copyOf(parents, top * 2);
      next = Arrays.copyOf(next, top * 2);
    }
    parents[top] = e;
    next[top] = 0;
  }
}
