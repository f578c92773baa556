package org.tidings.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A Penn Treebank parse: {@code (ROOT (S (NP (NNP Arnor)) (VP ...)))}. A leaf is a node with a
 * part-of-speech label and a word.
 *
 * @param label the constituent or part-of-speech label ("NP", "VBD")
 * @param word the word of a leaf, or null for an inner node
 * @param children the constituents, empty for a leaf
 */
public record ParseTree(String label, String word, List<ParseTree> children) {
  public ParseTree {
    children = List.copyOf(children);
  }

  public boolean isLeaf() {
    return word != null;
  }

  /** The words under this node, upper case, in order. */
  public List<String> words() {
    List<String> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(ParseTree t, List<String> out) {
    if (t.isLeaf()) {
      out.add(t.word().toUpperCase(Locale.ROOT));
    } else {
      for (ParseTree c : t.children()) {
        collect(c, out);
      }
    }
  }

  /** The tree in bracket notation on one line, as {@link #parse} reads it. */
  public String bracketed() {
    if (isLeaf()) {
      return "(" + label + " " + word + ")";
    }
    StringBuilder b = new StringBuilder("(").append(label);
    for (ParseTree c : children) {
      b.append(' ').append(c.bracketed());
    }
    return b.append(')').toString();
  }

  /** Parses a bracketed tree; fails with a message on unbalanced brackets. */
  public static ParseTree parse(String text) {
    List<String> tokens = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(' || c == ')' || Character.isWhitespace(c)) {
        if (cur.length() > 0) {
          tokens.add(cur.toString());
          cur.setLength(0);
        }
        if (c != ' ' && !Character.isWhitespace(c)) {
          tokens.add(String.valueOf(c));
        }
      } else {
        cur.append(c);
      }
    }
    if (cur.length() > 0) {
      tokens.add(cur.toString());
    }
    int[] at = {0};
    ParseTree t = node(tokens, at);
    if (at[0] != tokens.size()) {
      throw new IllegalArgumentException("text after the end of the tree");
    }
    return t;
  }

  private static ParseTree node(List<String> tokens, int[] at) {
    if (at[0] >= tokens.size() || !tokens.get(at[0]).equals("(")) {
      throw new IllegalArgumentException("expected '(' at token " + at[0]);
    }
    at[0]++;
    String label =
        at[0] < tokens.size() && !tokens.get(at[0]).equals("(") ? tokens.get(at[0]++) : "";
    List<ParseTree> children = new ArrayList<>();
    String word = null;
    while (at[0] < tokens.size() && !tokens.get(at[0]).equals(")")) {
      if (tokens.get(at[0]).equals("(")) {
        children.add(node(tokens, at));
      } else {
        word = tokens.get(at[0]++);
      }
    }
    if (at[0] >= tokens.size()) {
      throw new IllegalArgumentException("unbalanced brackets");
    }
    at[0]++;
    return new ParseTree(label, children.isEmpty() ? word : null, children);
  }
}
