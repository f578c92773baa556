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
 * phrase, or from the clause it is embedded in ("Arnor is about to restore"); every verb phrase
 * whose head verb is in the dictionary is an event with that subject as source and the first actor
 * in an object noun phrase or prepositional phrase after the verb as target; its code is that of
 * the most specific pattern matching the words around the verb, else the verb's. Actors in a noun
 * phrase come from the actor dictionary, with agents ("government", "soldiers") added to their
 * codes or, alone, standing for an unknown actor "---"; "A and B" gives one event per actor.
 * Passive clauses ("was opposed by B") take the source from the "by" phrase. Paired codes {@code
 * [a:b]} give the reverse event too.
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
  private static final Set<String> NEGATION = Set.of("NOT", "N'T", "NEVER");
  private static final Set<String> OWNER_PREPOSITIONS = Set.of("OF", "FROM", "IN");

  private final PetrarchVerbs verbs;
  private final PetrarchActors actors;
  private final PetrarchAgents agents;
  private final PetrarchDiscards discards;
  private final boolean requireDyad;

  /**
   * @param requireDyad whether an event needs a target to be coded
   */
  public TreeCoder(
      PetrarchVerbs verbs,
      PetrarchActors actors,
      PetrarchAgents agents,
      PetrarchDiscards discards,
      boolean requireDyad) {
    this.verbs = Objects.requireNonNull(verbs);
    this.actors = Objects.requireNonNull(actors);
    this.agents = Objects.requireNonNull(agents);
    this.discards = Objects.requireNonNull(discards);
    this.requireDyad = requireDyad;
  }

  /** The events of one sentence, given its text (for discards), parse and date. */
  public List<Coded> code(String text, ParseTree tree, LocalDate date) {
    if (discards.find(text).isPresent()) {
      return List.of();
    }
    List<Coded> out = new ArrayList<>();
    List<String> sentence = tree.words();
    int[] leaf = {0};
    walk(tree, null, false, sentence, leaf, date, out);
    return out;
  }

  /**
   * Visits a node. {@code subject} is the actor list of the clause it stands in (null when there is
   * none); {@code leaf} counts leaves visited, so a verb knows its place in the sentence.
   */
  private void walk(
      ParseTree t,
      List<String> subject,
      boolean passive,
      List<String> sentence,
      int[] leaf,
      LocalDate date,
      List<Coded> out) {
    if (t.isLeaf()) {
      leaf[0]++;
      return;
    }
    String label = t.label();
    if (label.equals("S") || label.equals("SINV") || label.equals("SQ")) {
      ParseTree np = subjectPhrase(t);
      if (np != null) {
        subject = actorsOf(np, date);
      }
      passive = false;
    } else if (label.equals("NP") || label.equals("PP")) {
      subject = label.equals("NP") ? null : subject;
    }
    if (label.equals("VP")) {
      int head = headVerb(t);
      if (head >= 0) {
        ParseTree verb = t.children().get(head);
        boolean isPassive = passive && verb.label().equals("VBN");
        int at = leaf[0] + leavesBefore(t, head);
        code(t, head, at, subject, isPassive, sentence, date, out);
        passive = BE.contains(verb.words().get(0));
      }
    }
    for (ParseTree c : t.children()) {
      walk(c, subject, passive, sentence, leaf, date, out);
    }
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

  private void code(
      ParseTree vp,
      int head,
      int at,
      List<String> subject,
      boolean passive,
      List<String> sentence,
      LocalDate date,
      List<Coded> out) {
    ParseTree verbLeaf = vp.children().get(head);
    String word = verbLeaf.words().get(0);
    PetrarchVerbs.Verb verb = null;
    if (head + 1 < vp.children().size() && vp.children().get(head + 1).label().equals("PRT")) {
      verb = verbs.verb(word + " " + String.join(" ", vp.children().get(head + 1).words()));
    }
    if (verb == null) {
      verb = verbs.verb(word);
    }
    if (verb == null) {
      return;
    }
    List<String> lower = new ArrayList<>();
    for (int i = head + 1; i < vp.children().size(); i++) {
      lower.addAll(vp.children().get(i).words());
    }
    List<String> upper = sentence.subList(0, Math.min(at, sentence.size()));
    PetrarchCode code = verb.code();
    PetrarchVerbs.Pattern best = null;
    for (PetrarchVerbs.Pattern p : verb.block().patterns()) {
      if ((best == null || p.specificity() > best.specificity())
          && matches(p.lower(), lower)
          && matches(reversed(p.upper()), reversedCopy(upper))) {
        best = p;
      }
    }
    if (best != null) {
      code = best.code();
    } else if (negated(upper)) {
      return;
    }
    if (!code.isEvent()) {
      return;
    }
    List<String> sources = subject == null ? List.of() : subject;
    List<String> targets = target(vp, head, date);
    if (passive) {
      List<String> agent = byPhrase(vp, date);
      if (!agent.isEmpty()) {
        targets = sources;
        sources = agent;
      }
    }
    if (targets.isEmpty()) {
      if (requireDyad) {
        return;
      }
      targets = List.of("---");
    }
    for (String s : sources) {
      for (String t : targets) {
        if (s.equals(t)) {
          continue;
        }
        out.add(new Coded(s, t, code.code()));
        if (!code.reverse().isEmpty()) {
          out.add(new Coded(t, s, code.reverse()));
        }
      }
    }
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
      List<String> found = List.of();
      if (c.label().equals("NP")) {
        found = actorsOf(c, date);
      } else if (c.label().equals("PP")) {
        found = prepositionalActors(c, date);
      }
      if (!found.isEmpty()) {
        return found;
      }
    }
    return List.of();
  }

  private List<String> prepositionalActors(ParseTree pp, LocalDate date) {
    for (ParseTree c : pp.children()) {
      if (c.label().equals("NP")) {
        return actorsOf(c, date);
      }
    }
    return List.of();
  }

  private List<String> byPhrase(ParseTree vp, LocalDate date) {
    for (ParseTree c : vp.children()) {
      if (c.label().equals("PP")
          && !c.children().isEmpty()
          && c.children().get(0).isLeaf()
          && c.children().get(0).words().get(0).equals("BY")) {
        return prepositionalActors(c, date);
      }
    }
    return List.of();
  }

  /** The actor codes a noun phrase stands for. */
  List<String> actorsOf(ParseTree np, LocalDate date) {
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
    boolean flatConjunction = false;
    for (ParseTree c : np.children()) {
      String l = c.label();
      if (l.equals("PP")
          || l.equals("SBAR")
          || l.equals("VP")
          || l.equals("S")
          || l.equals("PRN")) {
        continue;
      }
      flatConjunction |= l.equals("CC");
      words.addAll(c.words());
    }
    List<String> found = new ArrayList<>();
    StringBuilder prefix = new StringBuilder();
    StringBuilder suffix = new StringBuilder();
    int i = 0;
    while (i < words.size()) {
      Optional<Map.Entry<PetrarchActors.Actor, Integer>> a = actors.longestAt(words, i);
      Optional<Map.Entry<PetrarchAgents.Agent, Integer>> g = agents.longestAt(words, i);
      if (a.isPresent() && (g.isEmpty() || a.get().getValue() >= g.get().getValue())) {
        String code = a.get().getKey().codeOn(date);
        if (!code.isEmpty() && (found.isEmpty() || flatConjunction)) {
          found.add(code);
        }
        i += a.get().getValue();
      } else if (g.isPresent()) {
        PetrarchAgents.Agent agent = g.get().getKey();
        (agent.prefix() ? prefix : suffix).append(agent.code());
        i += g.get().getValue();
      } else {
        i++;
      }
    }
    if (found.isEmpty() && prefix.length() + suffix.length() > 0) {
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
          return prepositionalActors(c, date);
        }
      }
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String f : found) {
      out.add(prefix + f + suffix);
    }
    return out;
  }

  private static boolean isOwner(ParseTree pp) {
    return !pp.children().isEmpty()
        && pp.children().get(0).isLeaf()
        && OWNER_PREPOSITIONS.contains(pp.children().get(0).words().get(0));
  }

  private boolean matches(List<PetrarchVerbs.Element> elements, List<String> words) {
    int pos = 0;
    boolean mustFollow = false;
    for (PetrarchVerbs.Element e : elements) {
      String x = e.text();
      if (x.equals("$") || x.equals("+") || x.equals("%") || x.equals("^")) {
        mustFollow = false;
        continue;
      }
      int found = -1;
      int len = 1;
      for (int p = pos; p < words.size() && found < 0; p++) {
        if (x.startsWith("&")) {
          for (List<String> phrase : verbs.synset(x)) {
            if (p + phrase.size() <= words.size()
                && phrase.equals(words.subList(p, p + phrase.size()))) {
              found = p;
              len = phrase.size();
              break;
            }
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

  private static List<PetrarchVerbs.Element> reversed(List<PetrarchVerbs.Element> els) {
    List<PetrarchVerbs.Element> out = new ArrayList<>();
    for (int i = els.size() - 1; i >= 0; i--) {
      boolean adjacentToPrevious = i > 0 && els.get(i - 1).adjacent();
      out.add(new PetrarchVerbs.Element(els.get(i).text(), adjacentToPrevious));
    }
    return out;
  }

  private static List<String> reversedCopy(List<String> words) {
    List<String> out = new ArrayList<>(words);
    java.util.Collections.reverse(out);
    return out;
  }
}
