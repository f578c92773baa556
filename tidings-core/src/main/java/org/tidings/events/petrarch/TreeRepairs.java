package org.tidings.events.petrarch;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.tidings.syntax.DependencyTree;

/**
 * General repairs of a parser's dependency tree before {@link TreeBuilder} converts it, for
 * mistakes a greedy parser trained on everyday English makes in news sentences:
 *
 * <ul>
 *   <li>a closing reporting clause (", a senior official said on Saturday.") hung deep inside the
 *       sentence, or read as a noun with a reduced relative, becomes a clause of its own beside the
 *       main one, as in the Penn trees PETRARCH reads;
 *   <li>a second subject right after the first ("the news agency WFNA said") is part of it;
 *   <li>an adjective the parser made an adverb of the verb, just before the verb's subject
 *       ("Russian police arrested"), modifies the subject.
 * </ul>
 */
final class TreeRepairs {
  private TreeRepairs() {}

  static DependencyTree repair(DependencyTree t) {
    int n = t.size();
    int[] head = new int[n];
    String[] rel = new String[n];
    for (int i = 0; i < n; i++) {
      head[i] = t.head(i);
      rel[i] = t.relation(i);
    }
    subjectsOfArguments(t, head, rel);
    stackedSubjects(t, head, rel);
    strayAdjectives(t, head, rel);
    listedAdjectives(t, head, rel);
    subordinatorsAsPrepositions(t, head, rel);
    objectInfinitives(t, head, rel);
    nominalRoot(t, head, rel);
    reportingTail(t, head, rel);
    List<Integer> heads = new ArrayList<>(n);
    for (int h : head) {
      heads.add(h);
    }
    return new DependencyTree(t.words(), t.tags(), heads, Arrays.asList(rel));
  }

  private static String base(String relation) {
    int colon = relation.indexOf(':');
    return colon < 0 ? relation : relation.substring(0, colon);
  }

  /**
   * "West German world government activists are ...": a noun that is itself a subject or object has
   * no subject of its own; what the parser made one modifies it.
   */
  private static void subjectsOfArguments(DependencyTree t, int[] head, String[] rel) {
    for (int k = 0; k < t.size(); k++) {
      int h = head[k];
      if (h <= k
          || !base(rel[k]).equals("nsubj")
          || !isNominal(t, k)
          || !(t.tag(h).equals("NOUN") || t.tag(h).equals("PROPN"))
          || !ARGUMENTS.contains(base(rel[h]))) {
        continue;
      }
      boolean copula = false;
      for (int j = 0; j < t.size(); j++) {
        copula |= head[j] == h && (base(rel[j]).equals("cop") || base(rel[j]).equals("aux"));
      }
      if (!copula && lastOf(head, k) < h) {
        rel[k] = "compound";
      }
    }
  }

  private static final java.util.Set<String> ARGUMENTS =
      java.util.Set.of("nsubj", "obj", "iobj", "obl", "nmod");

  private static void stackedSubjects(DependencyTree t, int[] head, String[] rel) {
    for (int j = 1; j < t.size(); j++) {
      if (!base(rel[j]).equals("nsubj")) {
        continue;
      }
      for (int i = j - 1; i >= 0; i--) {
        if (head[i] == head[j] && base(rel[i]).equals("nsubj")) {
          if (isNominal(t, i) && isNominal(t, j) && lastOf(head, i) + 1 == firstOf(head, j)) {
            if (t.tag(i).equals("PROPN") && t.tag(j).equals("NOUN")) {
              head[i] = j; // "West German world government activists"
              rel[i] = "compound";
            } else {
              head[j] = i; // "the news agency WFNA"
              rel[j] = t.tag(j).equals("PROPN") ? "flat" : "appos";
            }
          }
          break;
        }
      }
    }
  }

  private static void strayAdjectives(DependencyTree t, int[] head, String[] rel) {
    for (int a = 0; a + 1 < t.size(); a++) {
      int s = a + 1;
      if (t.tag(a).equals("ADJ")
          && rel[a].equals("advmod")
          && head[s] == head[a]
          && base(rel[s]).equals("nsubj")
          && isNominal(t, s)) {
        head[a] = s;
        rel[a] = "amod";
      }
    }
  }

  /**
   * "restore complete, full diplomatic ties": an adjective before a comma and a noun phrase that
   * starts with an adjective is one of that noun's adjectives; the parser took it for the verb's
   * complement and the noun phrase for something else.
   */
  private static void listedAdjectives(DependencyTree t, int[] head, String[] rel) {
    for (int a = 0; a + 3 < t.size(); a++) {
      int next = a + 2;
      int noun = head[next];
      int old = head[a];
      if (!t.tag(a).equals("ADJ")
          || !t.word(a + 1).equals(",")
          || !t.tag(next).equals("ADJ")
          || !rel[next].equals("amod")
          || noun <= next
          || !t.tag(noun).equals("NOUN")
          || firstOf(head, noun) < a + 1
          || old < 0
          || !t.tag(old).equals("VERB")
          || head[noun] == old && base(rel[noun]).equals("obj")
          || hasKids(head, a)
          || dominates(head, noun, old)) {
        continue;
      }
      head[noun] = old;
      rel[noun] = "obj";
      head[a] = noun;
      rel[a] = "amod";
      head[a + 1] = noun;
      rel[a + 1] = "punct";
    }
  }

  private static boolean hasKids(int[] head, int i) {
    for (int h : head) {
      if (h == i) {
        return true;
      }
    }
    return false;
  }

  /** Subordinators that a parser may take for prepositions before a noun. */
  private static final java.util.Set<String> SUBORDINATORS =
      java.util.Set.of("after", "before", "since", "until", "as", "while", "because", "once");

  /**
   * "years after Calenardhon crowds burned down its embassy" read as "after crowds" plus a
   * subjectless "burned": the noun is the subject of a clause the subordinator introduces.
   */
  private static void subordinatorsAsPrepositions(DependencyTree t, int[] head, String[] rel) {
    for (int n = 1; n + 1 < t.size(); n++) {
      int c = firstOf(head, n);
      int v = lastOf(head, n) + 1;
      if (v < t.size() && t.tag(v).equals("AUX") && head[v] > v) {
        v = head[v]; // "after a hafling was reported"
      }
      if (!isNominal(t, n)
          || head[n] < 0
          || v >= t.size()
          || head[c] != n
          || !rel[c].equals("case")
          || !SUBORDINATORS.contains(t.word(c).toLowerCase(java.util.Locale.ROOT))
          || !t.tag(v).equals("VERB")
          || t.word(v).endsWith("ing")
          || dominates(head, n, v)) {
        continue;
      }
      int subject = -1;
      boolean blocked = false;
      for (int k = 0; k < t.size(); k++) {
        if (head[k] == v) {
          String r = base(rel[k]);
          subject = r.equals("nsubj") && k < v ? k : subject;
          blocked |= r.equals("cc") || r.equals("mark") || r.equals("aux") && k < n;
        }
      }
      boolean viaSubject = subject >= 0 && subject < c && head[n] == subject;
      if (blocked || subject >= 0 && !viaSubject || subject < 0 && dominates(head, v, n)) {
        continue;
      }
      int newHead = subject >= 0 ? head[v] : head[n];
      if (newHead >= 0 && dominates(head, v, newHead)) {
        continue;
      }
      if (subject >= 0) {
        rel[subject] = "obl:npmod"; // "almost five years after ...": how long after
      }
      head[v] = newHead;
      rel[v] = "advcl";
      head[n] = v;
      rel[n] = "nsubj";
      head[c] = v;
      rel[c] = "mark";
    }
  }

  /**
   * "abandoned efforts to stop the parade", "signed an accord to supply Gondor": the infinitive
   * after a verb's object complements the verb, as PETRARCH's trees have it, so it keeps the verb's
   * subject.
   */
  private static void objectInfinitives(DependencyTree t, int[] head, String[] rel) {
    for (int v = 0; v < t.size(); v++) {
      int object = head[v];
      if (object < 0
          || !rel[v].equals("acl")
          || !t.tag(v).equals("VERB")
          || !base(rel[object]).equals("obj")
          || head[object] < 0
          || !t.tag(head[object]).equals("VERB")) {
        continue;
      }
      boolean infinitive = false;
      for (int k = 0; k < v; k++) {
        if (head[k] == v && rel[k].equals("mark") && t.word(k).equalsIgnoreCase("to")) {
          infinitive = true;
        }
        if (head[k] == v && base(rel[k]).equals("nsubj")) {
          infinitive = false;
          break;
        }
      }
      if (infinitive && lastOf(head, object) == lastOf(head, v)) {
        head[v] = head[object];
        rel[v] = "xcomp";
      }
    }
  }

  /**
   * "Gollum centre of a diplomatic row ... called on Gondor to ...": a noun root whose reduced
   * relative is the only verb is the subject of that verb.
   */
  private static void nominalRoot(DependencyTree t, int[] head, String[] rel) {
    int root = -1;
    for (int i = 0; i < t.size(); i++) {
      root = head[i] < 0 ? i : root;
    }
    if (root < 0 || !isNominal(t, root)) {
      return;
    }
    int verb = -1;
    for (int k = 0; k < t.size(); k++) {
      String r = base(rel[k]);
      if (head[k] == root && (r.equals("cop") || r.equals("nsubj") || r.equals("aux"))) {
        return; // a predicate noun, not a subject
      }
      if (verb < 0 && k > root && t.tag(k).equals("VERB") && rel[k].equals("acl")) {
        verb = k;
      }
    }
    if (verb < 0 || !t.word(verb).endsWith("ed")) {
      return;
    }
    for (int k = 0; k < t.size(); k++) {
      if (t.tag(k).equals("VERB") && !dominates(head, verb, k)) {
        return; // another verb outside it: the noun is not its subject
      }
    }
    int clauseStart = firstOf(head, verb);
    for (int k = 0; k < t.size(); k++) {
      if (head[k] >= 0 && k > clauseStart && !dominates(head, verb, k) && head[k] != verb) {
        int h = head[k];
        if (h == root || dominates(head, root, h) && h < clauseStart) {
          head[k] = verb; // what follows the verb is the verb's
        }
      }
    }
    head[verb] = -1;
    rel[verb] = "root";
    head[root] = verb;
    rel[root] = "nsubj";
  }

  /** ", a senior official said on Saturday ." at the end: a clause beside the main one. */
  private static void reportingTail(DependencyTree t, int[] head, String[] rel) {
    int n = t.size();
    int end = n - 1;
    while (end > 0 && t.tag(end).equals("PUNCT")) {
      end--;
    }
    int comma = -1;
    for (int c = end - 1; c > 0; c--) {
      if (t.word(c).equals(",")) {
        comma = c;
        break;
      }
    }
    int root = -1;
    for (int i = 0; i < n; i++) {
      root = head[i] < 0 ? i : root;
    }
    if (comma < 0 || root < 0 || root >= comma) {
      return;
    }
    int top = -1;
    for (int j = comma + 1; j <= end; j++) {
      if (head[j] < comma + 1 || head[j] > end) {
        if (top >= 0) {
          return; // not one phrase
        }
        top = j;
      }
    }
    if (top < 0 || head[top] < 0) {
      return;
    }
    int verb = -1;
    int subject = -1;
    if (t.tag(top).equals("VERB")) {
      verb = top;
      for (int k = comma + 1; k < top; k++) {
        if (head[k] == top && base(rel[k]).equals("nsubj")) {
          subject = k;
        }
      }
    } else if (isNominal(t, top)) {
      for (int k = top + 1; k <= end; k++) {
        if (head[k] == top && t.tag(k).equals("VERB") && base(rel[k]).equals("acl")) {
          verb = k;
          subject = top;
          break;
        }
      }
    }
    if (verb < 0 || subject < 0) {
      return;
    }
    for (int k = comma + 1; k < verb; k++) {
      if (head[k] == top && base(rel[k]).equals("cc")) {
        return; // ", but Gondor stayed": a conjoined clause, not a report
      }
    }
    for (int k = 0; k < n; k++) {
      String r = base(rel[k]);
      if (head[k] == verb
          && (r.equals("obj")
              || r.equals("ccomp")
              || r.equals("xcomp")
              || r.equals("cc")
              || r.equals("mark"))) {
        return; // its own complement, or a conjunction: not a report of the sentence
      }
    }
    head[verb] = root;
    rel[verb] = "parataxis";
    if (subject != verb && head[subject] != verb) {
      head[subject] = verb;
      rel[subject] = "nsubj";
    }
    head[comma] = verb;
    rel[comma] = "punct";
  }

  private static boolean isNominal(DependencyTree t, int i) {
    String tag = t.tag(i);
    return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON");
  }

  private static int firstOf(int[] head, int i) {
    int first = i;
    for (int j = 0; j < head.length; j++) {
      if (j < first && dominates(head, i, j)) {
        first = j;
      }
    }
    return first;
  }

  private static int lastOf(int[] head, int i) {
    int last = i;
    for (int j = 0; j < head.length; j++) {
      if (j > last && dominates(head, i, j)) {
        last = j;
      }
    }
    return last;
  }

  private static boolean dominates(int[] head, int i, int j) {
    for (int k = j, hops = 0; k >= 0 && hops <= head.length; k = head[k], hops++) {
      if (k == i) {
        return true;
      }
    }
    return false;
  }
}
