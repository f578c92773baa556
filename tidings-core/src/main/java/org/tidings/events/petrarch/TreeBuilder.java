package org.tidings.events.petrarch;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.syntax.DependencyTree;

/**
 * Builds a Penn Treebank constituency tree, shaped the way PETRARCH's parser (CoreNLP) shapes them,
 * from a Universal Dependencies tree, so {@link TreeCoder} can code our own parses.
 *
 * <p>Head-driven projection: a verb heads a VP holding its objects (NP), obliques (PP from case +
 * noun), particles (PRT) and complement clauses; each auxiliary (and infinitival "to") wraps the VP
 * below it in a VP of its own, as in {@code (VP (VBD was) (VP (VBN opposed) (PP by ...)))}; the
 * subject and what precedes the verb group join it in an S, which a subordinator wraps in an SBAR
 * ({@code (SBAR (IN after) (S ...))}) or, for a subjectless gerund, a PP ("after leaving Eriador").
 * A copula heads the VP over its predicate. Nouns head NPs with their determiners, modifiers and
 * compounds flat and their prepositional modifiers and clauses nested ({@code (NP (NP ...) (PP
 * ...))}). Conjuncts are gathered under one phrase with their conjunction: {@code (NP (NP A) (CC
 * and) (NP B))}, VPs sharing a subject, or whole clauses each with its own. Immutable and
 * thread-safe.
 */
public final class TreeBuilder {
  /** Relations of modifiers that lie flat among a noun's words. */
  private static final Set<String> FLAT =
      Set.of(
          "det",
          "amod",
          "compound",
          "nummod",
          "flat",
          "fixed",
          "nmod:poss",
          "advmod",
          "goeswith",
          "det:predet",
          "cc:preconj",
          "nmod:npmod",
          "obl:npmod",
          "punct");

  /** Relations of a copular predicate's dependents that belong to the predicate phrase. */
  private static final Set<String> PREDICATE_INTERNAL =
      Set.of(
          "det",
          "amod",
          "compound",
          "nummod",
          "flat",
          "fixed",
          "nmod",
          "acl",
          "appos",
          "case",
          "nmod:poss",
          "goeswith");

  /** Relations whose dependents never head a clause of their own. */
  private static final Set<String> NEVER_CLAUSES =
      Set.of(
          "amod", "compound", "flat", "fixed", "det", "case", "mark", "cc", "punct", "aux", "cop");

  /** Relations of words that stand as single leaves; what hangs from them moves up. */
  private static final Set<String> LEAVES =
      Set.of("punct", "case", "mark", "aux", "cop", "cc", "det");

  /** Relations that may hang from a leaf word ("because of", "did n't"). */
  private static final Set<String> KEPT = Set.of("fixed", "flat", "goeswith", "advmod");

  /** Relations of a predicate's nominal arguments. */
  private static final Set<String> ARGUMENTS = Set.of("nsubj", "obj", "iobj");

  private static final Set<String> SUBJECTS = Set.of("nsubj", "csubj", "expl");
  private static final Set<String> RELATIVES =
      Set.of("which", "who", "whom", "that", "whose", "where", "when", "whereby");

  private final Map<String, String> verbForms;

  /**
   * @param verbForms lower-case verb forms whose Penn tag the form alone decides ("was" VBD,
   *     "taken" VBN, "will" MD)
   */
  public TreeBuilder(Map<String, String> verbForms) {
    this.verbForms = Map.copyOf(verbForms);
  }

  /** The builder with the bundled table of verb forms ({@code verb-forms.tsv}). */
  public static TreeBuilder standard() {
    try (InputStream in = TreeBuilder.class.getResourceAsStream("verb-forms.tsv")) {
      Objects.requireNonNull(in, "verb-forms.tsv missing from the classpath");
      Map<String, String> forms = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String[] f = line.split("\t");
        if (!line.startsWith("#") && f.length == 2) {
          forms.put(f[0].strip(), f[1].strip());
        }
      }
      return new TreeBuilder(forms);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Penn tags this builder gives a tree's words. */
  public List<String> pennTags(DependencyTree tree) {
    return PennTags.of(tree, verbForms);
  }

  /** The constituency tree of a dependency tree, under a ROOT node. */
  public ParseTree build(DependencyTree tree) {
    List<String> words = new ArrayList<>(tree.size());
    for (String w : tree.words()) {
      words.add(w.toUpperCase(Locale.ROOT));
    }
    DependencyTree repaired = TreeRepairs.repair(tree);
    ParseTree built = new Conversion(repaired, pennTags(repaired)).root();
    if (built.words().equals(words)) {
      return built;
    }
    built = new Conversion(tree, pennTags(tree)).root(); // a repair went wrong: the parse as is
    if (built.words().equals(words)) {
      return built;
    }
    // a parse the conversion cannot keep in order: the words alone, which code no events
    List<String> tags = pennTags(tree);
    List<ParseTree> leaves = new ArrayList<>();
    for (int i = 0; i < tree.size(); i++) {
      leaves.add(new ParseTree(tags.get(i), tree.word(i), List.of()));
    }
    return new ParseTree("ROOT", null, List.of(new ParseTree("FRAG", null, leaves)));
  }

  /** A constituent with the first and last word numbers it covers. */
  private record Part(int first, int last, ParseTree tree) {}

  /** One sentence's conversion: the dependency tree, its Penn tags, and each word's dependents. */
  private static final class Conversion {
    private final DependencyTree d;
    private final List<String> pos;
    private final int[] head;
    private final List<List<Integer>> kids = new ArrayList<>();
    private final int[] first;
    private final int[] last;
    private final boolean[] hoisted;

    Conversion(DependencyTree d, List<String> pos) {
      this.d = d;
      this.pos = pos;
      int n = d.size();
      head = new int[n];
      for (int i = 0; i < n; i++) {
        head[i] = d.head(i);
      }
      // words that stand as single leaves (punctuation, prepositions, auxiliaries...) hand what
      // the parser hung from them to their own head, so no word is lost
      for (int i = 0; i < n; i++) {
        int h = head[i];
        while (h >= 0
            && head[h] >= 0
            && LEAVES.contains(d.baseRelation(h))
            && !KEPT.contains(d.baseRelation(i))) {
          h = head[h];
        }
        head[i] = h;
      }
      for (int i = 0; i < n; i++) {
        kids.add(new ArrayList<>());
      }
      for (int i = 0; i < n; i++) {
        if (head[i] >= 0) {
          kids.get(head[i]).add(i);
        }
      }
      first = new int[n];
      last = new int[n];
      hoisted = new boolean[n];
      for (int i = 0; i < n; i++) {
        first[i] = i;
        last[i] = i;
      }
      for (int i = 0; i < n; i++) {
        for (int k = head[i], hops = 0; k >= 0 && hops < n; k = head[k], hops++) {
          first[k] = Math.min(first[k], i);
          last[k] = Math.max(last[k], i);
        }
      }
    }

    ParseTree root() {
      List<Part> tops = new ArrayList<>();
      for (int i = 0; i < d.size(); i++) {
        if (head[i] < 0) {
          tops.add(phrase(i));
        }
      }
      if (tops.size() == 1) {
        return new ParseTree("ROOT", null, List.of(tops.get(0).tree()));
      }
      return new ParseTree("ROOT", null, List.of(node("S", tops).tree()));
    }

    // ---- helpers

    private String rel(int i) {
      return d.relation(i);
    }

    private String base(int i) {
      return d.baseRelation(i);
    }

    private String lower(int i) {
      return PennTags.lower(d.word(i));
    }

    private Part leaf(int i) {
      return new Part(i, i, new ParseTree(pos.get(i), d.word(i), List.of()));
    }

    private static Part node(String label, List<Part> parts) {
      List<Part> sorted = new ArrayList<>(parts);
      sorted.sort(Comparator.comparingInt(Part::first));
      List<ParseTree> trees = new ArrayList<>(sorted.size());
      int lo = Integer.MAX_VALUE;
      int hi = -1;
      for (Part p : sorted) {
        trees.add(p.tree());
        lo = Math.min(lo, p.first());
        hi = Math.max(hi, p.last());
      }
      return new Part(lo, hi, new ParseTree(label, null, trees));
    }

    private boolean dominates(int i, int j) {
      for (int k = j, hops = 0; k >= 0 && hops <= head.length; k = head[k], hops++) {
        if (k == i) {
          return true;
        }
      }
      return false;
    }

    /** The words of a subtree as leaves, in order. */
    private List<Part> leaves(int i) {
      List<Part> out = new ArrayList<>();
      for (int j = first[i]; j <= last[i]; j++) {
        if (dominates(i, j)) {
          out.add(leaf(j));
        }
      }
      return out;
    }

    /** A word's dependents, less the punctuation handed up to its parent's level. */
    private List<Integer> kidsOf(int h) {
      List<Integer> out = new ArrayList<>();
      for (int k : kids.get(h)) {
        if (!hoisted[k]) {
          out.add(k);
        }
      }
      return out;
    }

    private boolean isVerbal(int i) {
      String r = base(i);
      return d.tag(i).equals("VERB")
          || d.tag(i).equals("AUX") && !r.equals("aux") && !r.equals("cop");
    }

    /**
     * Whether a word heads a clause: a verb, or a predicate with a copula, auxiliary or subject.
     */
    private boolean isClause(int i) {
      if (NEVER_CLAUSES.contains(base(i))) {
        return false;
      }
      if (isVerbal(i)) {
        return true;
      }
      for (int k : kids.get(i)) {
        String kr = base(k);
        if (kr.equals("cop") || kr.equals("aux") || SUBJECTS.contains(kr)) {
          return true;
        }
      }
      return false;
    }

    /** The phrase a word heads with all its dependents. */
    private Part phrase(int h) {
      return isClause(h) ? clause(h) : nominal(h, kidsOf(h));
    }

    /**
     * A dependent's phrase as its parent holds it: punctuation at its edges ("Osgiliath , the state
     * 's foe ,") stands beside it, not in it.
     */
    private List<Part> edged(int h) {
      List<Part> out = new ArrayList<>();
      List<Integer> ks = kids.get(h);
      int left = first[h];
      for (int k : ks) {
        if (k == left && k < h && base(k).equals("punct") && kids.get(k).isEmpty()) {
          hoisted[k] = true;
          out.add(leaf(k));
          left++;
        }
      }
      int right = last[h];
      for (int j = ks.size() - 1; j >= 0; j--) {
        int k = ks.get(j);
        if (k == right && k > h && base(k).equals("punct") && kids.get(k).isEmpty()) {
          hoisted[k] = true;
          out.add(leaf(k));
          right--;
        }
      }
      out.add(phrase(h));
      out.sort(Comparator.comparingInt(Part::first));
      return out;
    }

    // ---- clauses

    /** The parts of a clause, before coordination and subordination are added. */
    private final class Clause {
      final List<Integer> marks = new ArrayList<>();
      final List<Integer> conjuncts = new ArrayList<>();
      final List<Part> pre = new ArrayList<>(); // the subject and what precedes the verb group
      final List<Part> predicate = new ArrayList<>(); // the VP, or a verbless predicate
      final List<Part> afterConjuncts = new ArrayList<>(); // dependents after the first conjunct
      final List<Part> tail = new ArrayList<>(); // closing punctuation
      final List<Part> reports = new ArrayList<>(); // closing clauses beside this one
      final List<Part> beforeMark = new ArrayList<>(); // modifiers before the subordinator
      int relative = -1;
      boolean subject;
    }

    private Clause parts(int h) {
      Clause c = new Clause();
      List<Integer> ks = kidsOf(h);
      List<Integer> chain = new ArrayList<>();
      boolean relcl = rel(h).equals("acl:relcl");
      int lastContent = h;
      for (int k : ks) {
        if (!base(k).equals("punct")) {
          lastContent = Math.max(lastContent, last[k]);
        }
      }
      int firstConjunct = Integer.MAX_VALUE;
      for (int k : ks) {
        if (base(k).equals("conj")) {
          c.conjuncts.add(k);
          firstConjunct = Math.min(firstConjunct, first[k]);
        }
      }
      int firstContent = h; // a subordinator stands before the subject and the verb group
      for (int k : ks) {
        String r = base(k);
        if (SUBJECTS.contains(r) || r.equals("aux") || r.equals("cop")) {
          firstContent = Math.min(firstContent, first[k]);
        }
      }
      List<Integer> rest = new ArrayList<>();
      for (int k : ks) {
        String r = base(k);
        if (r.equals("conj")) {
          continue;
        }
        if (r.equals("mark") && k < firstContent && !lower(k).equals("to")) {
          c.marks.add(k);
        } else if (relcl
            && c.relative < 0
            && k < h
            && first[k] == k
            && RELATIVES.contains(lower(k))
            && !r.equals("mark")) {
          c.relative = k;
        } else if ((r.equals("aux") || r.equals("cop") || r.equals("mark") && lower(k).equals("to"))
            && k < h) {
          chain.add(k);
        } else if (r.equals("punct") && k > lastContent) {
          c.tail.add(leaf(k));
        } else if (r.equals("parataxis") && k > h && isClause(k)) {
          c.reports.addAll(edged(k)); // "..., a senior official said." stands beside the clause
        } else {
          rest.add(k);
          c.subject |= SUBJECTS.contains(r) && k < h;
        }
      }
      boolean verbal = isVerbal(h);
      int start = chain.isEmpty() ? h : chain.get(0);
      // dependents by level: 0..chain.size()-1 after each chain word, chain.size() for the head
      List<List<Part>> levels = new ArrayList<>();
      for (int j = 0; j <= chain.size(); j++) {
        levels.add(new ArrayList<>());
      }
      List<Integer> predicateKids = new ArrayList<>();
      for (int k : rest) {
        if (k < start) {
          c.pre.addAll(dependent(k));
        } else if (k > firstConjunct) {
          c.afterConjuncts.addAll(dependent(k));
        } else if (!verbal
            && (PREDICATE_INTERNAL.contains(base(k)) || PREDICATE_INTERNAL.contains(rel(k)))
            && !(k < h && PennTags.isNegation(d.word(k)))) {
          predicateKids.add(k);
        } else if (k < h) {
          int level = 0;
          while (level + 1 < chain.size() && chain.get(level + 1) < k) {
            level++;
          }
          levels.get(level).addAll(dependent(k));
        } else {
          levels.get(chain.size()).addAll(dependent(k));
        }
      }
      Part inner;
      if (verbal) {
        List<Part> items = new ArrayList<>(levels.get(chain.size()));
        items.add(leaf(h));
        inner = node("VP", items);
      } else {
        List<Part> items = new ArrayList<>(levels.get(chain.size()));
        items.add(nominal(h, predicateKids));
        if (chain.isEmpty()) {
          c.predicate.addAll(items);
          return c;
        }
        int cop = chain.remove(chain.size() - 1);
        items.addAll(levels.remove(chain.size()));
        items.add(chainLeaf(cop));
        inner = node("VP", items);
      }
      for (int j = chain.size() - 1; j >= 0; j--) {
        List<Part> items = new ArrayList<>(levels.get(j));
        items.add(chainLeaf(chain.get(j)));
        items.add(inner);
        inner = node("VP", items);
      }
      c.predicate.add(inner);
      return c;
    }

    /** An auxiliary, copula or "to" with anything hanging from it ("did n't"). */
    private Part chainLeaf(int k) {
      List<Part> ls = leaves(k);
      return ls.size() == 1 ? ls.get(0) : node("VP", ls);
    }

    private Part clause(int h) {
      Clause c = parts(h);
      List<Part> coordination = new ArrayList<>(); // VPs that share the subject
      List<Part> clauses = new ArrayList<>(); // clauses with subjects of their own
      for (int k : c.conjuncts) {
        if (!isClause(k)) {
          coordination.addAll(conjunct(k));
          continue;
        }
        Clause q = parts(k);
        if (!q.conjuncts.isEmpty() || !q.reports.isEmpty() || q.relative >= 0) {
          clauses.addAll(edged(k)); // more than a plain clause: keep it whole
          continue;
        }
        List<Part> joiners = new ArrayList<>();
        List<Part> body = new ArrayList<>();
        for (Part p : q.pre) {
          boolean joiner = body.isEmpty() && isJoiner(p);
          (joiner ? joiners : body).add(p);
        }
        if (q.subject) {
          body.addAll(q.predicate);
          body.addAll(q.afterConjuncts);
          clauses.addAll(joiners);
          clauses.add(subordinate(k, q, node("S", body)));
        } else {
          q.marks.forEach(m -> coordination.addAll(leaves(m)));
          coordination.addAll(joiners);
          coordination.addAll(body);
          coordination.addAll(q.predicate);
          coordination.addAll(q.afterConjuncts);
        }
        c.tail.addAll(q.tail);
      }
      List<Part> predicate = c.predicate;
      if (!coordination.isEmpty()) {
        List<Part> items = new ArrayList<>(predicate);
        items.addAll(coordination);
        items.addAll(c.afterConjuncts);
        predicate = List.of(node("VP", items));
      } else if (clauses.isEmpty()) {
        predicate = new ArrayList<>(predicate);
        predicate.addAll(c.afterConjuncts);
      }
      int markStart = c.marks.stream().mapToInt(Integer::intValue).min().orElse(-1);
      List<Part> items = new ArrayList<>();
      for (Part p : c.pre) {
        (p.last() < markStart ? c.beforeMark : items).add(p); // "(SBAR (NP years) (IN after) (S"
      }
      items.addAll(predicate);
      Part s;
      if (clauses.isEmpty()) {
        items.addAll(c.tail);
        s = node("S", items);
      } else {
        List<Part> all = new ArrayList<>(clauses);
        all.add(node("S", items));
        if (coordination.isEmpty()) {
          all.addAll(c.afterConjuncts);
        }
        all.addAll(c.tail);
        s = node("S", all);
      }
      if (!c.reports.isEmpty()) {
        // (S (S main clause) (, ,) (NP a senior official) (VP said ...) (. .))
        List<ParseTree> main = new ArrayList<>(s.tree().children());
        main.removeIf(t -> c.tail.stream().anyMatch(p -> p.tree() == t));
        List<ParseTree> outer = new ArrayList<>();
        outer.add(new ParseTree("S", null, main));
        int hi = s.last();
        c.reports.sort(Comparator.comparingInt(Part::first));
        for (Part p : c.reports) {
          hi = Math.max(hi, p.last());
          if (p.tree().label().equals("S")) {
            outer.addAll(p.tree().children());
          } else {
            outer.add(p.tree());
          }
        }
        for (Part p : c.tail) {
          hi = Math.max(hi, p.last());
          outer.add(p.tree());
        }
        s = new Part(s.first(), hi, new ParseTree("S", null, outer));
      }
      return subordinate(h, c, s);
    }

    /** Wraps a clause in what its subordinator or role makes of it. */
    private Part subordinate(int h, Clause c, Part s) {
      if (!c.marks.isEmpty()) {
        List<Part> items = new ArrayList<>();
        for (int m : c.marks) {
          items.addAll(leaves(m));
        }
        items.addAll(c.beforeMark);
        items.add(s);
        String p = pos.get(h);
        boolean gerund = !c.subject && (p.equals("VBG") || p.equals("VBN"));
        return node(gerund ? "PP" : "SBAR", items);
      }
      if (c.relative >= 0) {
        String wh = pos.get(c.relative).equals("WRB") ? "WHADVP" : "WHNP";
        return node("SBAR", List.of(node(wh, leaves(c.relative)), s));
      }
      if (rel(h).equals("acl") && !c.subject && s.tree().children().size() == 1) {
        return new Part(s.first(), s.last(), s.tree().children().get(0)); // "roads leading to X"
      }
      return s;
    }

    private static boolean isJoiner(Part p) {
      String l = p.tree().label();
      return l.equals("CC") || l.equals(",") || l.equals(":");
    }

    /** A conjunct outside its coordination: its conjunction and commas, then its phrase. */
    private List<Part> conjunct(int k) {
      if (isClause(k)) {
        return edged(k);
      }
      List<Part> out = new ArrayList<>();
      List<Integer> own = new ArrayList<>();
      for (int j : kidsOf(k)) {
        String r = base(j);
        if ((r.equals("cc") || r.equals("punct")) && j < k && kids.get(j).isEmpty()) {
          out.add(leaf(j));
        } else {
          own.add(j);
        }
      }
      out.add(nominal(k, own));
      return out;
    }

    /** The constituents of a verb's dependent, by its relation. */
    private List<Part> dependent(int k) {
      String r = base(k);
      if (kids.get(k).isEmpty()) {
        String l = pos.get(k);
        switch (r) {
          case "advmod":
            return List.of(
                PennTags.isNegation(d.word(k)) || !l.startsWith("RB") && !l.startsWith("W")
                    ? leaf(k)
                    : node("ADVP", List.of(leaf(k))));
          case "compound":
            return List.of(node("PRT", List.of(leaf(k)))); // compound:prt
          case "punct":
          case "cc":
          case "discourse":
            return List.of(leaf(k));
          default:
            break;
        }
      }
      if ((r.equals("advmod") || r.equals("xcomp")) && !isClause(k)) {
        // "marched very close to the border": the prepositional phrase is the verb's
        List<Part> out = new ArrayList<>();
        List<Integer> own = new ArrayList<>();
        for (int j : kidsOf(k)) {
          if (j > k && (base(j).equals("obl") || base(j).equals("nmod"))) {
            out.addAll(edged(j));
          } else {
            own.add(j);
          }
        }
        out.add(nominal(k, own));
        return out;
      }
      return edged(k);
    }

    // ---- noun, adjective and adverb phrases

    /** The phrase of a non-clausal word with the given dependents. */
    private Part nominal(int h, List<Integer> ks) {
      List<Integer> conj = new ArrayList<>();
      List<Integer> cases = new ArrayList<>();
      List<Integer> possessive = new ArrayList<>();
      List<Integer> own = new ArrayList<>();
      List<Integer> shared = new ArrayList<>(); // modifiers after the conjuncts: of them all
      int firstConjunct = Integer.MAX_VALUE;
      for (int k : ks) {
        if (base(k).equals("conj")) {
          firstConjunct = Math.min(firstConjunct, first[k]);
        }
      }
      int firstOwn = h; // where the phrase proper starts: a preposition stands before it
      for (int k : ks) {
        String r = base(k);
        if (!r.equals("case") && !r.equals("conj") && k < h) {
          firstOwn = Math.min(firstOwn, first[k]);
        }
      }
      for (int k : ks) {
        String r = base(k);
        if (r.equals("conj")) {
          conj.add(k);
        } else if (k > firstConjunct && !r.equals("case")) {
          shared.add(k);
        } else if (r.equals("case") && k < firstOwn) {
          cases.add(k);
        } else if (r.equals("case") && pos.get(k).equals("POS")) {
          possessive.add(k);
        } else {
          own.add(k);
        }
      }
      Part core = core(h, own);
      final int conjunctStart = firstConjunct;
      core = possessive(core, possessive.stream().filter(k -> k < conjunctStart).toList());
      if (!conj.isEmpty()
          && allLeaves(core.tree())
          && conj.stream().allMatch(this::isBare)
          && own.stream().noneMatch(k -> base(k).equals("det"))) {
        List<Part> items = new ArrayList<>(); // "Danish media and government": one flat NP
        for (int j = core.first(); j <= core.last(); j++) {
          items.add(leaf(j));
        }
        for (int k : conj) {
          kidsOf(k).forEach(j -> items.add(leaf(j)));
          items.add(leaf(k));
        }
        core = node("NP", items);
      } else if (!conj.isEmpty()) {
        List<Part> items = new ArrayList<>();
        items.add(core);
        String label = core.tree().label();
        for (int k : conj) {
          for (Part p : conjunct(k)) {
            items.add(p);
            label = p.tree().label().equals("NP") ? "NP" : label;
          }
        }
        core = node(label, items);
      }
      core = possessive(core, possessive.stream().filter(k -> k > conjunctStart).toList());
      if (!shared.isEmpty()) {
        List<Part> items = new ArrayList<>(List.of(core));
        shared.forEach(k -> items.addAll(base(k).equals("punct") ? List.of(leaf(k)) : edged(k)));
        core = node("NP", items);
      }
      if (!cases.isEmpty()) {
        List<Part> items = new ArrayList<>(List.of(core));
        cases.forEach(k -> items.addAll(leaves(k)));
        core = node("PP", items);
      }
      return core;
    }

    /** A conjunct that is a single noun with at most its conjunction and comma. */
    private boolean isBare(int k) {
      String tag = d.tag(k);
      if (!(tag.equals("NOUN") || tag.equals("PROPN"))) {
        return false;
      }
      for (int j : kidsOf(k)) {
        String r = base(j);
        if (!(r.equals("cc") || r.equals("punct")) || j > k) {
          return false;
        }
      }
      return true;
    }

    /** A noun phrase with its possessive ending: "(NP (NNP Gondor) (POS 's))". */
    private Part possessive(Part core, List<Integer> possessive) {
      if (possessive.isEmpty()) {
        return core;
      }
      List<Part> items = new ArrayList<>();
      if (core.tree().label().equals("NP") && allLeaves(core.tree())) {
        for (int j = core.first(); j <= core.last(); j++) {
          items.add(leaf(j));
        }
      } else {
        items.add(core);
      }
      possessive.forEach(k -> items.add(leaf(k)));
      return node("NP", items);
    }

    private static boolean allLeaves(ParseTree t) {
      return t.children().stream().allMatch(ParseTree::isLeaf);
    }

    private String label(int h) {
      if (ARGUMENTS.contains(base(h))) {
        return "NP"; // "has much of a future": an argument is a noun phrase, whatever its head
      }
      switch (d.tag(h)) {
        case "ADJ":
        case "VERB":
          return "ADJP";
        case "ADV":
          return pos.get(h).equals("WRB") ? "WHADVP" : "ADVP";
        case "ADP":
          return "PP";
        case "INTJ":
          return "INTJ";
        default:
          return "NP";
      }
    }

    private Part core(int h, List<Integer> ks) {
      String label = label(h);
      List<Part> base = new ArrayList<>();
      List<Part> post = new ArrayList<>();
      base.add(leaf(h));
      boolean after = false;
      for (int k : ks) {
        boolean flat = isFlat(k);
        if (k < h) {
          if (flat) {
            base.addAll(leaves(k));
          } else {
            base.addAll(edged(k));
          }
        } else if (flat && !after && !base(k).equals("punct")) {
          base.addAll(leaves(k));
        } else {
          after = true;
          post.addAll(base(k).equals("punct") ? List.of(leaf(k)) : edged(k));
        }
      }
      if (post.isEmpty()) {
        return node(label, base);
      }
      post.add(node(label, base));
      return node(label, post);
    }

    /** Whether a dependent and all below it are words that lie flat in a noun phrase. */
    private boolean isFlat(int k) {
      if (!(FLAT.contains(rel(k)) || FLAT.contains(base(k)))) {
        return false;
      }
      if (d.tag(k).equals("VERB") && !kids.get(k).isEmpty()) {
        return false;
      }
      for (int j : kids.get(k)) {
        if (!isFlat(j)) {
          return false;
        }
      }
      return true;
    }
  }
}
