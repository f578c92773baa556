package org.tidings.events.petrarch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tidings.syntax.DependencyTree;

/**
 * Penn Treebank tags for a parsed sentence whose tagger gave Universal POS tags: the UPOS tag picks
 * the family, the word and its dependents the member (VBN after a passive or perfect auxiliary, VB
 * after a modal or "to", MD for modals, TO, PRP, POS, RP for verb particles).
 */
final class PennTags {
  private static final Set<String> PERSONAL =
      Set.of(
          "i",
          "me",
          "you",
          "he",
          "him",
          "she",
          "it",
          "we",
          "us",
          "they",
          "them",
          "myself",
          "yourself",
          "himself",
          "herself",
          "itself",
          "ourselves",
          "themselves",
          "one");
  private static final Set<String> POSSESSIVE =
      Set.of("my", "your", "his", "her", "its", "our", "their");
  private static final Set<String> WH_PRONOUNS = Set.of("who", "whom", "what", "whoever");
  private static final Set<String> WH_DETERMINERS = Set.of("which", "whichever");
  private static final Set<String> WH_ADVERBS = Set.of("when", "where", "why", "how", "whereby");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "nt");
  private static final Set<String> BE =
      Set.of("am", "is", "are", "was", "were", "be", "been", "being", "'s", "'re", "'m");
  private static final Set<String> BASE_MARKERS = Set.of("to", "do", "does", "did", "'d");

  private PennTags() {}

  /**
   * The Penn tags of a tree's words.
   *
   * @param verbForms lower-case verb forms whose Penn tag the form alone decides ("was" VBD)
   */
  static List<String> of(DependencyTree tree, Map<String, String> verbForms) {
    List<List<Integer>> kids = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      kids.add(new ArrayList<>());
    }
    for (int i = 0; i < tree.size(); i++) {
      if (tree.head(i) >= 0) {
        kids.get(tree.head(i)).add(i);
      }
    }
    List<String> out = new ArrayList<>(tree.size());
    for (int i = 0; i < tree.size(); i++) {
      out.add(tag(tree, i, kids.get(i), verbForms));
    }
    return out;
  }

  private static String tag(
      DependencyTree t, int i, List<Integer> kids, Map<String, String> verbForms) {
    String w = lower(t.word(i));
    String relation = t.relation(i);
    switch (t.tag(i)) {
      case "NOUN":
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? "NNS" : "NN";
      case "PROPN":
        return "NNP";
      case "PRON":
        if (PERSONAL.contains(w)) {
          return "PRP";
        }
        if (POSSESSIVE.contains(w) || relation.equals("nmod:poss")) {
          return "PRP$";
        }
        if (WH_PRONOUNS.contains(w)) {
          return "WP";
        }
        if (WH_DETERMINERS.contains(w) || w.equals("that") && isRelative(t, i)) {
          return "WDT";
        }
        return w.equals("there") ? "EX" : "DT";
      case "DET":
        return WH_DETERMINERS.contains(w) ? "WDT" : "DT";
      case "ADJ":
        return w.endsWith("est") && w.length() > 5 ? "JJS" : "JJ";
      case "ADV":
        return WH_ADVERBS.contains(w) ? "WRB" : "RB";
      case "ADP":
        if (relation.equals("compound:prt")) {
          return "RP";
        }
        return w.equals("to") ? "TO" : "IN";
      case "SCONJ":
        return "IN";
      case "CCONJ":
        return "CC";
      case "NUM":
        return "CD";
      case "PART":
        if (w.equals("to")) {
          return "TO";
        }
        if (w.equals("'s") || w.equals("'") || w.equals("’s")) {
          return "POS";
        }
        return relation.equals("compound:prt") ? "RP" : "RB";
      case "PUNCT":
        return punctuation(w);
      case "SYM":
        return w.equals("$") ? "$" : "SYM";
      case "INTJ":
        return "UH";
      case "VERB":
      case "AUX":
        return verb(t, i, kids, w, verbForms);
      default:
        return "FW";
    }
  }

  private static boolean isRelative(DependencyTree t, int i) {
    int h = t.head(i);
    return h >= 0 && t.relation(h).equals("acl:relcl");
  }

  private static String verb(
      DependencyTree t, int i, List<Integer> kids, String w, Map<String, String> verbForms) {
    String known = verbForms.get(w);
    if (known != null && (known.equals("MD") || t.tag(i).equals("AUX"))) {
      return known;
    }
    String nearest = "";
    int nearestAt = -1;
    for (int k : kids) {
      String r = t.relation(k);
      if (r.equals("aux:pass")) {
        return "VBN";
      }
      if ((r.equals("aux") || r.equals("cop") || r.equals("mark") && lower(t.word(k)).equals("to"))
          && k < i
          && k > nearestAt) {
        nearest = lower(t.word(k));
        nearestAt = k;
      }
    }
    String aux = verbForms.getOrDefault(nearest, "");
    if (nearest.startsWith("ha") || nearest.equals("'ve")) {
      return "VBN"; // has, have, had, having: perfect
    }
    if (aux.equals("MD") || BASE_MARKERS.contains(nearest)) {
      return "VB";
    }
    if (w.endsWith("ing")) {
      return "VBG";
    }
    if (BE.contains(nearest)) {
      return "VBN"; // "was fiercely opposed": a passive the parser did not label
    }
    if (known != null) {
      return known; // an irregular participle
    }
    if (w.endsWith("ed")) {
      String relation = t.relation(i);
      return relation.startsWith("acl") && !relation.equals("acl:relcl") || relation.equals("amod")
          ? "VBN"
          : "VBD";
    }
    if (w.endsWith("s") && !w.endsWith("ss")) {
      return "VBZ";
    }
    return "VBP";
  }

  private static String punctuation(String w) {
    switch (w) {
      case ",":
        return ",";
      case ".":
      case "!":
      case "?":
        return ".";
      case ":":
      case ";":
      case "-":
      case "--":
      case "—":
      case "–":
      case "...":
      case "…":
        return ":";
      case "(":
      case "[":
      case "{":
        return "-LRB-";
      case ")":
      case "]":
      case "}":
        return "-RRB-";
      case "\"":
      case "''":
      case "”":
      case "’":
        return "''";
      case "``":
      case "“":
      case "‘":
        return "``";
      default:
        return ".";
    }
  }

  static boolean isNegation(String word) {
    return NEGATIONS.contains(lower(word));
  }

  static String lower(String word) {
    return word.toLowerCase(Locale.ROOT).replace('’', '\'');
  }
}
