package org.tidings.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The syntax of one sentence: for each word (numbered from 0) its UPOS tag, the number of its head
 * word (-1 for the root) and its Universal Dependencies relation to that head. Helpers read off the
 * parts the event coder needs: subjects, objects, obliques with their prepositions, passive voice
 * and negation.
 *
 * @param words the words, as given
 * @param tags their UPOS tags
 * @param heads their heads' numbers, -1 for the root
 * @param relations their relations to their heads ("root" for the root)
 */
public record DependencyTree(
    List<String> words, List<String> tags, List<Integer> heads, List<String> relations) {

  private static final Set<String> NEGATORS = Set.of("not", "n't", "never", "no", "nt");

  public DependencyTree {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    heads = List.copyOf(heads);
    relations = List.copyOf(relations);
    int n = words.size();
    if (tags.size() != n || heads.size() != n || relations.size() != n) {
      throw new IllegalArgumentException("lists of different lengths");
    }
    for (int h : heads) {
      if (h < -1 || h >= n) {
        throw new IllegalArgumentException("head " + h + " out of range");
      }
    }
  }

  public int size() {
    return words.size();
  }

  public String word(int i) {
    return words.get(i);
  }

  public String tag(int i) {
    return tags.get(i);
  }

  public int head(int i) {
    return heads.get(i);
  }

  public String relation(int i) {
    return relations.get(i);
  }

  /** The relation without its subtype: "nsubj" for "nsubj:pass". */
  public String baseRelation(int i) {
    String r = relations.get(i);
    int colon = r.indexOf(':');
    return colon < 0 ? r : r.substring(0, colon);
  }

  /** The word that hangs from the root, or -1 for an empty sentence. */
  public int root() {
    return heads.indexOf(-1);
  }

  /** The dependents of a word, left to right. */
  public List<Integer> children(int i) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < heads.size(); j++) {
      if (heads.get(j) == i) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * The dependents of a word whose relation, or its base without subtype, is one of those given.
   */
  public List<Integer> children(int i, Set<String> relationNames) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < heads.size(); j++) {
      if (heads.get(j) == i
          && (relationNames.contains(relations.get(j))
              || relationNames.contains(baseRelation(j)))) {
        out.add(j);
      }
    }
    return out;
  }

  /**
   * The subject of a predicate: its own nsubj or csubj (passive ones included) or, for a predicate
   * without one that is an open complement, non-finite adverbial clause or conjunct ("wants to
   * buy", "after visiting", "rejected ... and left"), the subject of the predicate it depends on.
   */
  public OptionalInt subjectOf(int predicate) {
    for (int i = predicate, hops = 0; i >= 0 && hops < 4; hops++) {
      List<Integer> own = children(i, Set.of("nsubj", "csubj"));
      if (!own.isEmpty()) {
        return OptionalInt.of(own.get(0));
      }
      String r = baseRelation(i);
      if (!(r.equals("xcomp") || r.equals("conj") || r.equals("advcl"))) {
        break;
      }
      if (r.equals("advcl") && isFinite(i)) {
        break;
      }
      i = head(i);
    }
    return OptionalInt.empty();
  }

  /** Direct objects of a predicate (relation obj). */
  public List<Integer> objectsOf(int predicate) {
    return children(predicate, Set.of("obj"));
  }

  /** Indirect objects of a predicate (relation iobj). */
  public List<Integer> indirectObjectsOf(int predicate) {
    return children(predicate, Set.of("iobj"));
  }

  /** Oblique dependents of a predicate (obl and its subtypes), each with its preposition. */
  public List<Oblique> obliquesOf(int predicate) {
    List<Oblique> out = new ArrayList<>();
    for (int o : children(predicate, Set.of("obl"))) {
      out.add(new Oblique(o, relation(o), marker(o, Set.of("case"))));
    }
    return out;
  }

  /**
   * Adverbial clauses of a predicate (advcl), each with its subordinator: "visiting" with "after"
   * in "rejected the criticism after visiting Yerevan".
   */
  public List<Oblique> clausesOf(int predicate) {
    List<Oblique> out = new ArrayList<>();
    for (int c : children(predicate, Set.of("advcl"))) {
      out.add(new Oblique(c, relation(c), marker(c, Set.of("mark", "case"))));
    }
    return out;
  }

  /** The agent of a passive predicate: an obl:agent, or an obl marked "by"; empty when none. */
  public OptionalInt agentOf(int predicate) {
    for (Oblique o : obliquesOf(predicate)) {
      if (o.relation().equals("obl:agent") || o.marker().equals("by")) {
        return OptionalInt.of(o.index());
      }
    }
    return OptionalInt.empty();
  }

  /** True when a predicate is in the passive voice (it has a passive subject or auxiliary). */
  public boolean isPassive(int predicate) {
    for (int c : children(predicate)) {
      String r = relation(c);
      if (r.equals("nsubj:pass") || r.equals("aux:pass") || r.equals("csubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /** True when a predicate is negated: "not", "n't", "never" or "no" depends on it. */
  public boolean isNegated(int predicate) {
    for (int c : children(predicate, Set.of("advmod", "neg", "det", "aux", "discourse"))) {
      if (NEGATORS.contains(word(c).toLowerCase(Locale.ROOT).replace('’', '\''))) {
        return true;
      }
    }
    return false;
  }

  /**
   * A word with everything that depends on it, directly or not, in word order: the whole phrase it
   * heads ("Russian Prime Minister Dmitry Medvedev" for its head, whichever word that is).
   */
  public List<Integer> subtree(int i) {
    List<Integer> out = new ArrayList<>();
    for (int j = 0; j < size(); j++) {
      if (dominates(i, j)) {
        out.add(j);
      }
    }
    return out;
  }

  /** True when word {@code j} is {@code i} or descends from it. */
  public boolean dominates(int i, int j) {
    for (int k = j, hops = 0; k >= 0 && hops <= size(); k = head(k), hops++) {
      if (k == i) {
        return true;
      }
    }
    return false;
  }

  /** The words coordinated with a word (its conj dependents, and theirs). */
  public List<Integer> conjunctsOf(int i) {
    List<Integer> out = new ArrayList<>();
    for (int c : children(i, Set.of("conj"))) {
      out.add(c);
      out.addAll(conjunctsOf(c));
    }
    return out;
  }

  /** A predicate with its own tensed auxiliary or finite-looking subject marker. */
  private boolean isFinite(int predicate) {
    return !children(predicate, Set.of("nsubj", "csubj", "aux")).isEmpty();
  }

  /** The lower-cased words of a word's markers (case or mark dependents), space-separated. */
  private String marker(int i, Set<String> relationNames) {
    StringBuilder b = new StringBuilder();
    for (int c : children(i, relationNames)) {
      if (c < i) {
        if (b.length() > 0) {
          b.append(' ');
        }
        b.append(word(c).toLowerCase(Locale.ROOT));
        for (int f : children(c, Set.of("fixed"))) {
          b.append(' ').append(word(f).toLowerCase(Locale.ROOT));
        }
      }
    }
    return b.toString();
  }
}
