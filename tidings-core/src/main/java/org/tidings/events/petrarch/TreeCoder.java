package org.tidings.events.petrarch;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Codes events from a Penn Treebank parse with PETRARCH dictionaries.
 *
 * <p>The approach: every clause (S) takes its subject from its first noun phrase before its verb
 * phrase, or from the clause it is embedded in ("Arnor is about to restore"), or from the clause it
 * is conjoined to ("Gondor launched a raid and shelled ..."); phrases before the subject do not get
 * it ("Rebuked by Eriador, Osgiliath ..."), and a participle in a noun phrase takes that noun ("a
 * woman believed linked to ..."). Every verb phrase whose head verb (or a multiword verb, also one
 * whose first word the parser put elsewhere: "wire tapped") is in the dictionary is an event with
 * that subject as source and the first actor in an object noun phrase or prepositional phrase after
 * the verb as target; failing that, the subject or object of the clause it governs, the objects
 * down its verb chain, or, for a compound subject over a noun object, each other. Its code is that
 * of the most specific pattern matching the words around the verb, else the verb's; pattern markers
 * {@code +} and {@code $} on either side of the verb name the target and source. Actors in a noun
 * phrase come from the actor dictionary, with agents ("government", "soldiers") added to their
 * codes or, alone, standing for an unknown actor "---"; "A and B" gives one event per actor;
 * optionally a short unknown noun phrase is a new actor named by its words. Passive clauses ("was
 * opposed by B") take the source from the "by" phrase. Paired codes {@code [a:b]} give the reverse
 * event too. A coded verb's subjectless complement ("abandoned efforts to stop ...") is part of its
 * event, not an event of its own. Without a target, an event is dropped, unless dyads are not
 * required, the verb has an object and it does not lie in a clause of an already coded verb: then
 * its target is "---". A sentence reports each event once.
 */
public final class TreeCoder {
  /**
   * An event coded from a tree.
   *
   * @param source source actor code
   * @param target target actor code, "---" when there is none
   * @param code event code
   */
  public record Coded(String source, String target, String code) {}

  private static final Set<String> BE = Set.of("IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING");

  /** Words that may stand between two words of an actor phrase written with a blank. */
  private static final int LOOSE_GAP = 2;

  private static final Set<String> AUXILIARIES =
      Set.of(
          "IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING", "AM", "HAVE", "HAS", "HAD", "HAVING",
          "DO", "DOES", "DID");
  private static final Set<String> NEGATION = Set.of("NOT", "N'T", "NEVER");
  private static final Set<String> OWNER_PREPOSITIONS = Set.of("OF", "FROM", "IN");

  private final PetrarchVerbs verbs;
  private final PetrarchActors actors;
  private final PetrarchAgents agents;
  private final PetrarchDiscards discards;
  private final boolean requireDyad;
  private final int newActorLength;
  private final int endClauseMin;
  private final int endClauseMax;

  /**
   * @param requireDyad whether an event needs a target to be coded
   */
  public TreeCoder(
      PetrarchVerbs verbs,
      PetrarchActors actors,
      PetrarchAgents agents,
      PetrarchDiscards discards,
      boolean requireDyad) {
    this(verbs, actors, agents, discards, requireDyad, 0, 0, 0);
  }

  private TreeCoder(
      PetrarchVerbs verbs,
      PetrarchActors actors,
      PetrarchAgents agents,
      PetrarchDiscards discards,
      boolean requireDyad,
      int newActorLength,
      int endClauseMin,
      int endClauseMax) {
    this.verbs = Objects.requireNonNull(verbs);
    this.actors = Objects.requireNonNull(actors);
    this.agents = Objects.requireNonNull(agents);
    this.discards = Objects.requireNonNull(discards);
    this.requireDyad = requireDyad;
    if (newActorLength < 0 || endClauseMin < 0 || endClauseMax < 0) {
      throw new IllegalArgumentException("negative length");
    }
    this.newActorLength = newActorLength;
    this.endClauseMin = endClauseMin;
    this.endClauseMax = endClauseMax;
  }

  /** The same coder with another "require dyad" setting (PETRARCH's {@code require_dyad}). */
  public TreeCoder withRequireDyad(boolean require) {
    return new TreeCoder(
        verbs, actors, agents, discards, require, newActorLength, endClauseMin, endClauseMax);
  }

  /**
   * The same coder, taking a noun phrase of at most {@code words} words that holds no known actor
   * as a new actor named by its text in quotes, as PETRARCH's {@code new_actor_length} does; 0 (the
   * default) turns this off.
   */
  public TreeCoder withNewActorLength(int words) {
    return new TreeCoder(
        verbs, actors, agents, discards, requireDyad, words, endClauseMin, endClauseMax);
  }

  /**
   * The same coder, ignoring a sentence's final comma-delimited clause of {@code min} to {@code
   * max} words (", a senior official said on Saturday."), as PETRARCH's {@code comma_emin} and
   * {@code comma_emax} do; a maximum of 0 (the default) turns this off.
   */
  public TreeCoder withEndClause(int min, int max) {
    return new TreeCoder(verbs, actors, agents, discards, requireDyad, newActorLength, min, max);
  }

  /**
   * The events of one sentence, given its text (for discards), parse and date. The date may be null
   * when unknown: actors with date-restricted codes then take their undated code.
   */
  public List<Coded> code(String text, ParseTree tree, LocalDate date) {
    if (discards.find(text).isPresent()) {
      return List.of();
    }
    List<Coded> out = new ArrayList<>();
    List<String> sentence = tree.words();
    int[] leaf = {0};
    walk(withoutEndClause(tree), new Clause(null, null, false, false), sentence, leaf, date, out);
    return out;
  }

  /**
   * The tree without its final comma-delimited clause when that is as long as {@link
   * #withEndClause} asks; the leaves of what stays keep their places in the sentence.
   */
  private ParseTree withoutEndClause(ParseTree root) {
    if (endClauseMax == 0) {
      return root;
    }
    ParseTree s = root;
    List<ParseTree> path = new ArrayList<>();
    while (!s.isLeaf() && s.children().size() == 1 && !s.label().equals("S")) {
      path.add(s);
      s = s.children().get(0);
    }
    if (!s.label().equals("S")) {
      return root;
    }
    List<ParseTree> kids = s.children();
    int end = kids.size();
    while (end > 0 && kids.get(end - 1).label().equals(".")) {
      end--;
    }
    int comma = -1;
    for (int i = end - 1; i > 0 && comma < 0; i--) {
      comma = kids.get(i).label().equals(",") ? i : -1;
    }
    if (comma < 0) {
      return root;
    }
    int words = 0;
    for (int i = comma + 1; i < end; i++) {
      words += kids.get(i).words().size();
    }
    if (words < endClauseMin || words > endClauseMax) {
      return root;
    }
    // the dropped leaves stay as a bare placeholder leaf so word positions do not shift
    List<ParseTree> kept = new ArrayList<>(kids.subList(0, comma + 1));
    for (int i = comma + 1; i < end; i++) {
      for (String w : kids.get(i).words()) {
        kept.add(new ParseTree("-NONE-", w, List.of()));
      }
    }
    kept.addAll(kids.subList(end, kids.size()));
    ParseTree out = new ParseTree(s.label(), null, kept);
    for (int i = path.size() - 1; i >= 0; i--) {
      out = new ParseTree(path.get(i).label(), null, List.of(out));
    }
    return out;
  }

  /**
   * What a node inherits from the clauses around it.
   *
   * @param subject the actors of the clause it stands in, null when there is none
   * @param outer the actors of the clause around that one, null when there is none
   * @param passive whether a "be" verb stands before it, so a participle is passive
   * @param quiet whether it lies in a clause within a verb phrase that already gave an event: such
   *     a clause adds no event without a target ("restored ties after crowds burned down its
   *     embassy")
   */
  private record Clause(List<String> subject, List<String> outer, boolean passive, boolean quiet) {
    Clause withSubject(List<String> s) {
      return new Clause(s, subject, false, quiet);
    }

    Clause withPassive(boolean p) {
      return new Clause(subject, outer, p, quiet);
    }

    Clause quieted() {
      return new Clause(subject, outer, passive, true);
    }
  }

  /**
   * Visits a node. {@code leaf} counts leaves visited, so a verb knows its place in the sentence.
   */
  private void walk(
      ParseTree t,
      Clause clause,
      List<String> sentence,
      int[] leaf,
      LocalDate date,
      List<Coded> out) {
    if (t.isLeaf()) {
      leaf[0]++;
      return;
    }
    String label = t.label();
    Clause before = clause; // what phrases before the clause's subject inherit
    int subjectAt = -1;
    if (label.equals("S") || label.equals("SINV") || label.equals("SQ")) {
      ParseTree np = subjectPhrase(t);
      if (np != null && !(clause.subject() != null && isPronoun(np))) {
        subjectAt = t.children().indexOf(np);
        clause = clause.withSubject(actorsOf(np, date));
      } else {
        clause = clause.withPassive(false);
      }
      before = before.withPassive(false);
    } else if (label.equals("NP")) {
      clause = new Clause(null, clause.subject(), false, clause.quiet());
    }
    boolean coded = false;
    if (label.equals("VP")) {
      int head = headVerb(t);
      if (head >= 0) {
        ParseTree verb = t.children().get(head);
        boolean isPassive = clause.passive() && verb.label().equals("VBN");
        int at = leaf[0] + leavesBefore(t, head);
        coded = code(t, head, at, clause, isPassive, sentence, date, out);
        clause = clause.withPassive(BE.contains(verb.words().get(0)));
      }
    }
    List<ParseTree> kids = t.children();
    for (int i = 0; i < kids.size(); i++) {
      ParseTree c = kids.get(i);
      if (label.equals("PP") && c.label().equals("S")) {
        skipLeaves(c, leaf); // "after leaving Eriador": circumstance, not an event of its own
        continue;
      }
      // "Rebuked by Eriador, Osgiliath ...": a phrase before the subject does not get it
      Clause inherited = i < subjectAt ? before : clause;
      if (label.equals("NP")
          && c.label().equals("VP")
          && i > 0
          && kids.get(i - 1).label().equals("NP")) {
        // "a Pakistani woman believed linked to Al-Qaeda": the noun is the participle's subject
        inherited = inherited.withSubject(actorsOf(kids.get(i - 1), date));
      }
      List<String> shared = conjoinedSubject(kids, i, date);
      if (shared != null) {
        inherited = inherited.withSubject(shared); // "Gondor launched a raid and shelled Osgiliath"
      }
      if (coded && c.label().equals("S") && subjectPhrase(c) == null) {
        // "abandoned efforts to stop the parade": the complement is part of the coded event
        skipLeaves(c, leaf);
        continue;
      }
      if (coded && (c.label().equals("S") || c.label().equals("SBAR"))) {
        inherited = inherited.quieted();
      }
      walk(c, inherited, sentence, leaf, date, out);
    }
  }

  /**
   * For a subjectless clause conjoined after one with a subject ("(S (S Gondor launched ...) (CC
   * and) (S (VP shelling ...)))"): the actors of that subject; else null.
   */
  private List<String> conjoinedSubject(List<ParseTree> kids, int i, LocalDate date) {
    ParseTree c = kids.get(i);
    if (!c.label().equals("S") || i < 2 || subjectPhrase(c) != null || !hasChild(c, "VP")) {
      return null;
    }
    if (!kids.get(i - 1).label().equals("CC") || !kids.get(i - 2).label().equals("S")) {
      return null;
    }
    ParseTree np = subjectPhrase(kids.get(i - 2));
    return np == null ? null : actorsOf(np, date);
  }

  private static boolean hasChild(ParseTree t, String label) {
    for (ParseTree c : t.children()) {
      if (c.label().equals(label)) {
        return true;
      }
    }
    return false;
  }

  private static void skipLeaves(ParseTree t, int[] leaf) {
    leaf[0] += t.words().size();
  }

  /** "it", "he", "they": the clause's actor is that of the clause around it. */
  private static boolean isPronoun(ParseTree np) {
    return np.children().size() == 1 && np.children().get(0).label().equals("PRP");
  }

  private static int leavesBefore(ParseTree vp, int head) {
    int n = 0;
    for (int i = 0; i < head; i++) {
      n += vp.children().get(i).words().size();
    }
    return n;
  }

  private static ParseTree subjectPhrase(ParseTree s) {
    for (ParseTree c : s.children()) {
      if (c.label().equals("VP")) {
        return null;
      }
      if (c.label().equals("NP")) {
        return c;
      }
    }
    return null;
  }

  private static int headVerb(ParseTree vp) {
    for (int i = 0; i < vp.children().size(); i++) {
      ParseTree c = vp.children().get(i);
      if (c.isLeaf() && (c.label().startsWith("VB") || c.label().equals("MD"))) {
        return i;
      }
    }
    return -1;
  }

  /** Codes the verb phrase {@code vp} headed by its child {@code head}; whether it gave events. */
  private boolean code(
      ParseTree vp,
      int head,
      int at,
      Clause clause,
      boolean passive,
      List<String> sentence,
      LocalDate date,
      List<Coded> out) {
    ParseTree verbLeaf = vp.children().get(head);
    String word = verbLeaf.words().get(0);
    List<PetrarchVerbs.Verb> candidates = List.of();
    if (head + 1 < vp.children().size() && vp.children().get(head + 1).label().equals("PRT")) {
      candidates = verbs.verbs(word + " " + String.join(" ", vp.children().get(head + 1).words()));
    }
    if (candidates.isEmpty() && at > 0 && at <= sentence.size()) {
      // a verb whose first word the parser put elsewhere ("wire tapped", "(VB wire) (VB tap)")
      candidates = verbs.verbs(sentence.get(at - 1) + " " + word);
      at -= candidates.isEmpty() ? 0 : 1;
    }
    if (candidates.isEmpty()) {
      candidates = verbs.verbs(word);
    }
    if (candidates.isEmpty()) {
      return false;
    }
    List<String> lower = new ArrayList<>();
    for (int i = head + 1; i < vp.children().size(); i++) {
      lower.addAll(vp.children().get(i).words());
    }
    List<String> upper = sentence.subList(0, Math.min(at, sentence.size()));
    PetrarchCode code = candidates.get(0).code();
    for (PetrarchVerbs.Verb v : candidates) {
      if (!code.isEvent() && v.code().isEvent()) {
        code = v.code(); // the first block that gives the bare verb an event
      }
    }
    PetrarchVerbs.Pattern best = null;
    int[] bestMarks = {-1, -1};
    int[] bestUpperMarks = {-1, -1};
    for (PetrarchVerbs.Verb v : candidates) {
      for (PetrarchVerbs.Pattern p : v.block().patterns()) {
        int[] marks = {-1, -1};
        int[] upperMarks = {-1, -1};
        if (p.code().code().equals("+++")) {
          continue; // a placeholder code, not an event
        }
        if ((best == null || p.specificity() > best.specificity())
            && matches(p.lower(), lower, marks)
            && matchesBefore(p.upper(), upper, upperMarks)) {
          best = p;
          bestMarks = marks;
          bestUpperMarks = upperMarks;
        }
      }
    }
    if (best != null) {
      code = best.code();
    } else if (negated(upper)) {
      return false;
    }
    if (!code.isEvent()) {
      return false;
    }
    List<String> subject = clause.subject();
    List<String> sources = subject == null ? List.of() : subject;
    List<String> targets = target(vp, head, date);
    if (passive) {
      List<String> agent = byPhrase(vp, date);
      if (!agent.isEmpty()) {
        targets = sources;
        sources = agent;
      }
    }
    if (bestUpperMarks[0] >= 0) {
      // "noted Mordor * ..." : the target stands before the verb, so the source is the one who
      // speaks in the clause around it
      List<String> marked = actorBefore(upper, bestUpperMarks[0], date);
      if (!marked.isEmpty()) {
        targets = marked;
        if (marked.equals(sources) && clause.outer() != null && !clause.outer().isEmpty()) {
          sources = clause.outer();
        }
      }
    }
    if (bestUpperMarks[1] >= 0) {
      List<String> marked = actorBefore(upper, bestUpperMarks[1], date);
      sources = marked.isEmpty() ? sources : marked;
    }
    if (bestMarks[0] >= 0) {
      List<String> marked = actorAt(lower, bestMarks[0], date);
      targets = marked.isEmpty() ? targets : marked;
    }
    if (bestMarks[1] >= 0) {
      List<String> marked = actorAt(lower, bestMarks[1], date);
      sources = marked.isEmpty() ? sources : marked;
    }
    if (targets.isEmpty()) {
      targets = clauseSubject(vp, head, date, false);
    }
    boolean mutual = false;
    if (targets.isEmpty() && sources.size() > 1 && (hasNounObject(vp, head) || compound(best))) {
      // "Gondor and Osgiliath delayed their meeting": with each other; a pattern's "%" says so
      // too ("% * [030]"), but "A and B said on Friday" is no event between them
      targets = sources;
      mutual = true;
    }
    if (targets.isEmpty()) {
      targets = clauseSubject(vp, head, date, true);
    }
    boolean auxiliary = verbLeaf.label().equals("MD") || AUXILIARIES.contains(word);
    for (int i = head + 1; targets.isEmpty() && !auxiliary && i < vp.children().size(); i++) {
      if (vp.children().get(i).label().equals("VP")) {
        targets = verbObject(vp.children().get(i), date); // "believed linked to Al-Qaeda"
      }
    }
    if (targets.isEmpty()) {
      // without a dyad, an event still needs an object to stand for its unknown target ("said
      // on Saturday", not "said today"), and is not coded in a clause of a coded verb
      if (requireDyad || clause.quiet() || !hasObject(vp, head)) {
        return false;
      }
      targets = List.of("---");
    }
    boolean any = false;
    for (String s : sources) {
      for (String t : targets) {
        if (s.equals(t)) {
          continue;
        }
        any = true;
        add(out, new Coded(s, t, code.code()));
        if (!code.reverse().isEmpty() && !mutual) {
          add(out, new Coded(t, s, code.reverse()));
        }
      }
    }
    return any;
  }

  /** Adds an event unless the sentence already has it: a sentence reports an event once. */
  private static void add(List<Coded> out, Coded c) {
    if (!out.contains(c)) {
      out.add(c);
    }
  }

  /** Whether a noun phrase follows the verb. */
  private static boolean hasNounObject(ParseTree vp, int head) {
    for (int i = head + 1; i < vp.children().size(); i++) {
      if (vp.children().get(i).label().equals("NP")) {
        return true;
      }
    }
    return false;
  }

  /** Whether a pattern asks for a compound actor ("%"). */
  private static boolean compound(PetrarchVerbs.Pattern p) {
    if (p == null) {
      return false;
    }
    for (List<PetrarchVerbs.Element> side : List.of(p.upper(), p.lower())) {
      for (PetrarchVerbs.Element e : side) {
        if (e.text().equals("%")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Whether a noun or prepositional phrase follows the verb (a time phrase does not count). */
  private static boolean hasObject(ParseTree vp, int head) {
    for (int i = head + 1; i < vp.children().size(); i++) {
      String l = vp.children().get(i).label();
      if (l.equals("NP") || l.equals("PP")) {
        return true;
      }
    }
    return false;
  }

  /** The actor named nearest before word {@code end} (exclusive), within a few words. */
  private List<String> actorBefore(List<String> words, int end, LocalDate date) {
    for (int i = end - 1; i >= Math.max(0, end - 8); i--) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(words, i);
      if (a.isPresent() && i + a.get().getValue() <= end) {
        String code = a.get().getKey().codeOn(date);
        if (!code.isEmpty()) {
          return List.of(code.split("/"));
        }
      }
    }
    return List.of();
  }

  private static boolean negated(List<String> upper) {
    for (int i = upper.size() - 1; i >= Math.max(0, upper.size() - 2); i--) {
      if (NEGATION.contains(upper.get(i))) {
        return true;
      }
    }
    return false;
  }

  private List<String> target(ParseTree vp, int head, LocalDate date) {
    for (int i = head + 1; i < vp.children().size(); i++) {
      ParseTree c = vp.children().get(i);
      // a verbless small clause ("(S (ADJP linked (PP to Al-Qaeda)))") reads like a phrase
      boolean small = c.label().equals("S") && !hasChild(c, "VP") && subjectPhrase(c) == null;
      if (c.label().equals("NP") || c.label().equals("PP") || small) {
        List<String> found = small ? smallClauseActors(c, date) : firstActors(c, date);
        if (!found.isEmpty()) {
          return found;
        }
      }
    }
    return List.of();
  }

  private List<String> smallClauseActors(ParseTree s, LocalDate date) {
    for (ParseTree c : s.children()) {
      if (!c.isLeaf() && !c.label().equals("SBAR")) {
        List<String> a = firstActors(c, date);
        if (!a.isEmpty()) {
          return a;
        }
      }
    }
    return List.of();
  }

  /** The first actor named within a few words from {@code pos}: where a pattern's marker stands. */
  private List<String> actorAt(List<String> words, int pos, LocalDate date) {
    for (int i = pos; i < Math.min(words.size(), pos + 6); i++) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(words, i);
      if (a.isPresent() && !a.get().getKey().codeOn(date).isEmpty()) {
        return List.of(a.get().getKey().codeOn(date).split("/"));
      }
    }
    return List.of();
  }

  /**
   * For a verb with no object: the subject of the clause it governs ("allowed that Mordor ...").
   */
  private List<String> clauseSubject(ParseTree vp, int head, LocalDate date, boolean deep) {
    for (int i = head + 1; i < vp.children().size(); i++) {
      ParseTree c = vp.children().get(i);
      if (c.label().equals("SBAR")) {
        for (ParseTree s : c.children()) {
          if (s.label().equals("S")) {
            ParseTree np = subjectPhrase(s);
            List<String> found = np == null ? List.of() : actorsOf(np, date);
            return found.isEmpty() && deep ? clauseObject(s, date) : found;
          }
        }
      } else if (c.label().equals("S")) {
        ParseTree np = subjectPhrase(c);
        if (np != null) {
          return actorsOf(np, date); // "urged Eriador to respond"
        }
        return complementObject(c, date); // "signed an accord to supply Gondor"
      }
    }
    return List.of();
  }

  /**
   * The first actor among the objects of a clause's verbs, when its subject names none ("began to
   * question whether he has a future with Mordor").
   */
  private List<String> clauseObject(ParseTree s, LocalDate date) {
    for (ParseTree c : s.children()) {
      if (c.label().equals("VP")) {
        return verbObject(c, date);
      }
    }
    for (ParseTree c : s.children()) {
      if (c.label().equals("S")) {
        // "(S (S he has ties with Gondor) and (S ...))": the first of conjoined clauses
        ParseTree np = subjectPhrase(c);
        List<String> found = np == null ? List.of() : actorsOf(np, date);
        return found.isEmpty() ? clauseObject(c, date) : found;
      }
    }
    return List.of();
  }

  private List<String> verbObject(ParseTree vp, LocalDate date) {
    int head = headVerb(vp);
    List<String> found = head < 0 ? List.of() : target(vp, head, date);
    for (int i = 0; found.isEmpty() && i < vp.children().size(); i++) {
      ParseTree c = vp.children().get(i);
      if (c.label().equals("VP")) {
        found = verbObject(c, date); // "was reported on the pass of Cirith Ungol"
      } else if (c.label().equals("SBAR") || c.label().equals("S") || c.label().equals("ADJP")) {
        for (ParseTree inner : c.children()) {
          if (found.isEmpty() && inner.label().equals("S")) {
            found = clauseObject(inner, date);
          }
        }
        if (found.isEmpty() && c.label().equals("S")) {
          found = clauseObject(c, date);
        }
      }
    }
    return found;
  }

  /** The object of a participle clause, as a parser may give "against besieged Osgiliath". */
  private List<String> participleObject(ParseTree s, LocalDate date) {
    for (ParseTree c : s.children()) {
      int head = c.label().equals("VP") ? headVerb(c) : -1;
      if (head >= 0) {
        String tag = c.children().get(head).label();
        return tag.equals("VBN") || tag.equals("VBG") ? target(c, head, date) : List.of();
      }
    }
    return List.of();
  }

  /** The object of the verb of a subjectless complement clause ("to supply Gondor"). */
  private List<String> complementObject(ParseTree s, LocalDate date) {
    for (ParseTree c : s.children()) {
      if (c.label().equals("VP")) {
        return verbObject(c, date); // "to be about to restore ties with Gondor"
      }
    }
    return List.of();
  }

  /** The first actors in a phrase, looking into its noun and prepositional phrases, not clauses. */
  private List<String> firstActors(ParseTree t, LocalDate date) {
    if (t.label().equals("NP")) {
      List<String> a = actorsOf(t, date);
      if (!a.isEmpty()) {
        return a;
      }
    }
    for (ParseTree c : t.children()) {
      String l = c.label();
      boolean reducedRelative = l.equals("VP") && t.label().equals("NP"); // "parade supporting X"
      if (l.equals("S") && t.label().equals("PP") && subjectPhrase(c) == null) {
        List<String> a = participleObject(c, date); // "against (S besieged Osgiliath)"
        if (!a.isEmpty()) {
          return a;
        }
      }
      if (c.isLeaf() || l.equals("S") || l.equals("SBAR") || (l.equals("VP") && !reducedRelative)) {
        continue;
      }
      List<String> a = firstActors(c, date);
      if (!a.isEmpty()) {
        return a;
      }
    }
    return List.of();
  }

  private List<String> prepositionalActors(ParseTree pp, LocalDate date) {
    return prepositionalActors(pp, date, true);
  }

  private List<String> prepositionalActors(ParseTree pp, LocalDate date, boolean allowNew) {
    for (ParseTree c : pp.children()) {
      if (c.label().equals("NP")) {
        return actorsOf(c, date, allowNew);
      }
    }
    return List.of();
  }

  /** The agent of a passive: the actor of its "by" phrase, else of its first phrase with one. */
  private List<String> byPhrase(ParseTree vp, LocalDate date) {
    List<ParseTree> phrases = new ArrayList<>(vp.children());
    for (ParseTree c : vp.children()) {
      if (c.label().equals("ADVP")) {
        phrases.addAll(c.children()); // "opposed earlier by B"
      }
    }
    for (ParseTree c : phrases) {
      if (c.label().equals("PP")
          && !c.children().isEmpty()
          && c.children().get(0).isLeaf()
          && c.children().get(0).words().get(0).equals("BY")) {
        return prepositionalActors(c, date);
      }
    }
    for (ParseTree c : vp.children()) {
      if (c.label().equals("PP")
          && !c.words().isEmpty()
          && (c.words().get(0).equals("FROM") || c.words().get(0).equals("IN"))) {
        return prepositionalActors(c, date); // "was freed from B": B acted
      }
    }
    return List.of();
  }

  /** The actor codes a noun phrase stands for. */
  List<String> actorsOf(ParseTree np, LocalDate date) {
    return actorsOf(np, date, true);
  }

  /** The actor codes of a noun phrase; {@code allowNew}: whether it may be a new actor. */
  private List<String> actorsOf(ParseTree np, LocalDate date, boolean allowNew) {
    List<ParseTree> nps = new ArrayList<>();
    boolean conjoined = false;
    for (ParseTree c : np.children()) {
      if (c.label().equals("NP")) {
        nps.add(c);
      }
      conjoined |= c.label().equals("CC");
    }
    if (conjoined && nps.size() >= 2) {
      List<String> out = new ArrayList<>();
      for (ParseTree c : nps) {
        out.addAll(actorsOf(c, date));
      }
      return out;
    }
    List<String> words = new ArrayList<>();
    int[] conj = {-1};
    phraseWords(np, words, conj);
    boolean flatConjunction = conj[0] >= 0;
    List<String> found = new ArrayList<>();
    List<PetrarchAgents.Agent> roles = new ArrayList<>();
    List<Integer> roleAt = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(words, i);
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> loose =
          actors.looseAt(words, i, LOOSE_GAP); // "Ithilen state-run television"
      if (loose.isPresent() && (a.isEmpty() || loose.get().getValue() > a.get().getValue())) {
        a = loose;
      }
      Optional<Map.Entry<PetrarchAgents.Agent, Integer>> g = agents.longestAt(words, i);
      if (a.isPresent() && (g.isEmpty() || a.get().getValue() >= g.get().getValue())) {
        String code = a.get().getKey().codeOn(date);
        if (!code.isEmpty() && (found.isEmpty() || flatConjunction)) {
          found.addAll(List.of(code.split("/")));
        }
        i += a.get().getValue();
      } else if (g.isPresent()) {
        roles.add(g.get().getKey());
        roleAt.add(i);
        i += g.get().getValue();
      } else {
        i++;
      }
    }
    if (found.isEmpty() && !roles.isEmpty()) {
      for (ParseTree c : np.children()) {
        if (c.label().equals("PP") && isOwner(c)) {
          found.addAll(prepositionalActors(c, date));
        }
      }
      if (found.isEmpty()) {
        found.add("---");
      }
    } else if (found.isEmpty()) {
      for (ParseTree c : np.children()) {
        if (c.label().equals("PP") && isOwner(c) && c.words().get(0).equals("OF")) {
          List<String> owner = prepositionalActors(c, date, false);
          if (!owner.isEmpty()) {
            return owner;
          }
        }
      }
      return allowNew ? newActor(np, words) : List.of();
    }
    List<List<PetrarchAgents.Agent>> roleSets = new ArrayList<>();
    if (words.contains("FORMER")) {
      // a former office holder is an elite, whatever the office was
      roleSets.add(List.of(new PetrarchAgents.Agent(List.of("FORMER"), "ELI", false, 0)));
    } else if (flatConjunction && roles.size() > 1) {
      roleSets.addAll(conjoinedRoles(roles, roleAt, conj[0]));
    } else {
      roleSets.add(roles);
    }
    List<String> out = new ArrayList<>();
    for (List<PetrarchAgents.Agent> set : roleSets) {
      for (String f : found) {
        out.add(withAgents(f, set));
      }
    }
    return out;
  }

  /**
   * The agent sets of a noun phrase whose nouns a conjunction joins: the agent just before the
   * conjunction and those after it each make one actor, and agents before them go with each
   * ("Islamist media and government": Islamist media, Islamist government).
   */
  private static List<List<PetrarchAgents.Agent>> conjoinedRoles(
      List<PetrarchAgents.Agent> roles, List<Integer> roleAt, int conjunctionAt) {
    int firstJoined = 0;
    for (int k = 0; k < roles.size(); k++) {
      if (roleAt.get(k) < conjunctionAt) {
        firstJoined = k;
      }
    }
    List<PetrarchAgents.Agent> shared = roles.subList(0, firstJoined);
    List<List<PetrarchAgents.Agent>> out = new ArrayList<>();
    for (PetrarchAgents.Agent r : roles.subList(firstJoined, roles.size())) {
      List<PetrarchAgents.Agent> set = new ArrayList<>(shared);
      set.add(r);
      out.add(set);
    }
    return out;
  }

  /**
   * A noun phrase that names no known actor, as a new actor named by its words in quotes, when new
   * actors are on and it is short enough; else none.
   */
  private List<String> newActor(ParseTree np, List<String> words) {
    if (newActorLength == 0 || isPronoun(np)) {
      return List.of();
    }
    List<String> kept = new ArrayList<>();
    for (String w : words) {
      if (!w.equals("'S") && !w.equals("'") && w.chars().anyMatch(Character::isLetterOrDigit)) {
        kept.add(w);
      }
    }
    if (kept.isEmpty() || kept.size() > newActorLength) {
      return List.of();
    }
    return List.of('"' + String.join(" ", kept) + '"');
  }

  /**
   * Words of a noun phrase without its clauses; {@code conj} gets the position in {@code words} of
   * the first conjunction joining nouns in it (-1 when none).
   */
  private static void phraseWords(ParseTree t, List<String> words, int[] conj) {
    if (t.isLeaf()) {
      words.addAll(t.words());
      return;
    }
    List<ParseTree> kids = t.children();
    for (int i = 0; i < kids.size(); i++) {
      ParseTree c = kids.get(i);
      String l = c.label();
      if (l.equals("CC")) {
        boolean joins =
            i > 0 && i + 1 < kids.size() && nominal(kids.get(i - 1)) && nominal(kids.get(i + 1));
        if (joins && conj[0] < 0) {
          conj[0] = words.size();
        }
        words.addAll(c.words());
      } else if (!(l.equals("SBAR") || l.equals("VP") || l.equals("S") || l.equals("PRN"))) {
        phraseWords(c, words, conj);
      }
    }
  }

  /**
   * Whether a constituent names things: a noun or noun phrase ("awful and evil" joins no names).
   */
  private static boolean nominal(ParseTree t) {
    return t.label().startsWith("NN") || t.label().equals("NP");
  }

  /** An actor code with agent codes added: before it for prefix agents, else after it. */
  private static String withAgents(String actor, List<PetrarchAgents.Agent> roles) {
    StringBuilder prefix = new StringBuilder();
    StringBuilder suffix = new StringBuilder(actor);
    for (PetrarchAgents.Agent r : roles) {
      if (r.prefix()) {
        prefix.append(r.code());
      } else if (!actor.endsWith(r.code()) || actor.equals("---")) {
        suffix.append(r.code());
      }
    }
    return prefix.toString() + suffix;
  }

  private static boolean isOwner(ParseTree pp) {
    return !pp.children().isEmpty()
        && pp.children().get(0).isLeaf()
        && OWNER_PREPOSITIONS.contains(pp.children().get(0).words().get(0));
  }

  private boolean matches(List<PetrarchVerbs.Element> elements, List<String> words) {
    return matches(elements, words, new int[] {-1, -1});
  }

  /**
   * Whether elements match words after the verb, in order; {@code marks} gets the word positions of
   * the target marker "+" and the source marker "$" (-1 when absent).
   */
  private boolean matches(List<PetrarchVerbs.Element> elements, List<String> words, int[] marks) {
    int pos = 0;
    boolean mustFollow = false;
    for (PetrarchVerbs.Element e : elements) {
      String x = e.text();
      if (x.equals("+") || x.equals("$")) {
        marks[x.equals("+") ? 0 : 1] = pos;
      }
      if (x.equals("^")) {
        pos = skipPhrase(words, pos);
        mustFollow = false;
        continue;
      }
      if (x.equals("$") || x.equals("+") || x.equals("%")) {
        mustFollow = false;
        continue;
      }
      int found = -1;
      int len = 1;
      for (int p = pos; p < words.size() && found < 0; p++) {
        if (x.startsWith("&")) {
          int n = verbs.synsetAt(x, words, p);
          if (n > 0) {
            found = p;
            len = n;
          }
        } else if (words.get(p).equals(x)) {
          found = p;
        }
        if (mustFollow) {
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      pos = found + len;
      mustFollow = e.adjacent();
    }
    return true;
  }

  /** The position after the next actor within two words of {@code pos}, else after one word. */
  private int skipPhrase(List<String> words, int pos) {
    for (int i = pos; i < Math.min(words.size(), pos + 2); i++) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(words, i);
      if (a.isPresent()) {
        return i + a.get().getValue();
      }
    }
    return Math.min(words.size(), pos + 1);
  }

  /**
   * Whether elements match words that end just before the verb, read backwards; {@code marks} gets
   * the word position before which the target "+" and source "$" markers stand (-1 when absent).
   */
  private boolean matchesBefore(
      List<PetrarchVerbs.Element> elements, List<String> words, int[] marks) {
    int end = words.size(); // exclusive end of the words still free
    boolean mustEndHere = false;
    for (int k = elements.size() - 1; k >= 0; k--) {
      PetrarchVerbs.Element e = elements.get(k);
      String x = e.text();
      boolean adjacentToNext = e.adjacent();
      if (x.equals("+") || x.equals("$")) {
        marks[x.equals("+") ? 0 : 1] = end;
      }
      if (x.equals("$") || x.equals("+") || x.equals("%") || x.equals("^")) {
        mustEndHere = false;
        continue;
      }
      int found = -1;
      int len = 1;
      for (int p = end; p >= 1 && found < 0; p--) {
        if (x.startsWith("&")) {
          int n = verbs.synsetEndingAt(x, words, p);
          if (n > 0) {
            found = p - n;
            len = n;
          }
        } else if (words.get(p - 1).equals(x)) {
          found = p - 1;
        }
        if ((mustEndHere || adjacentToNext && k == elements.size() - 1) && found < 0) {
          break;
        }
      }
      if (found < 0) {
        return false;
      }
      end = found;
      mustEndHere = k > 0 && elements.get(k - 1).adjacent();
    }
    return true;
  }
}
