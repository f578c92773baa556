package org.tidings.eval.syntax;

import java.util.Arrays;
import java.util.List;
import org.tidings.syntax.DependencyTree;
import org.tidings.syntax.SyntaxParser;

/**
 * Prints the bundled parser's analysis of each argument (words separated by spaces) as CoNLL-U
 * columns: number, word, UPOS, head, relation.
 */
public final class ParseDemo {
  private ParseDemo() {}

  public static void main(String[] args) {
    SyntaxParser syntax = SyntaxParser.standard();
    for (String sentence : args) {
      List<String> words = Arrays.asList(sentence.trim().split("\\s+"));
      DependencyTree t = syntax.parse(words);
      for (int i = 0; i < t.size(); i++) {
        System.out.println(
            (i + 1)
                + "\t"
                + t.word(i)
                + "\t"
                + t.tag(i)
                + "\t"
                + (t.head(i) + 1)
                + "\t"
                + t.relation(i));
      }
      System.out.println();
    }
  }
}
