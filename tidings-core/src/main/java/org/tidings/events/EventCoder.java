package org.tidings.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.Event;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;
import org.tidings.syntax.DependencyTree;
import org.tidings.syntax.SyntaxParser;

/**
 * Codes who did what to whom, sentence by sentence, with CAMEO.
 *
 * <p>A shallow, chunk-level coder over tokens (no parser):
 *
 * <ol>
 *   <li>actors are found by {@link ActorFinder}; each is marked as standing in subject position or
 *       not, by what precedes it (sentence start, a comma, "that", "and" after a subject ...); "he"
 *       is the last person who was a subject, carried through the article;
 *   <li>triggers (verbs and event nouns) come from the {@link VerbDictionary};
 *   <li>the source is the nearest subject to the left (or after a leading participle clause), or a
 *       noun's possessor ("Azerbaijani offensive", "their criticism"); the target is the first
 *       actor after the trigger in a slot the pattern allows (object, or after a given
 *       preposition), with conjuncts ("Armenia and Azerbaijan") giving one event per dyad; in the
 *       passive ("was criticised by X") the two swap;
 *   <li>a negated trigger is not coded; one under "could"/"might" is not coded; one under "want
 *       to", "plan to", "will" is coded with its intent code ("wants to buy" weapons gives 0312);
 *       one under "refuse to", "fail to" is not coded;
 *   <li>when a {@link SyntaxParser} is given and the shallow search finds no source or no target
 *       for a verb, the sentence is parsed and the verb's dependents are read instead: its subject
 *       (climbing xcomp, advcl and conj), the agent of a passive, its objects and its obliques with
 *       their prepositions;
 *   <li>an event in a sentence with a reporting verb ("said", "argued") whose subject is another
 *       actor gets that actor as reporter.
 * </ol>
 */
public final class EventCoder implements Annotator {
  private final Codebook codebook;
  private final VerbDictionary verbs;
  private final Lexicon lexicon;
  private final ActorFinder actors;
  private final SyntaxParser syntax; // null: shallow search only

  /** A shallow coder, without a parser. */
  public EventCoder(Codebook codebook, VerbDictionary verbs, Lexicon lexicon, Gazetteer gazetteer) {
    this(codebook, verbs, lexicon, gazetteer, null);
  }

  /**
   * A coder that falls back on the dependency parse when the shallow search finds no source or no
   * target; {@code syntax} may be null for the shallow coder.
   */
  public EventCoder(
      Codebook codebook,
      VerbDictionary verbs,
      Lexicon lexicon,
      Gazetteer gazetteer,
      SyntaxParser syntax) {
    this.codebook = codebook;
    this.verbs = verbs;
    this.lexicon = lexicon;
    this.actors = new ActorFinder(gazetteer, lexicon);
    this.syntax = syntax;
  }

  /** The coder with Tidings' bundled codebook, dictionaries, gazetteer and parser. */
  public static EventCoder standard() {
    return standard(SyntaxParser.standard());
  }

  /** The coder with Tidings' bundled data and the given parser (null for none). */
  public static EventCoder standard(SyntaxParser syntax) {
    Lexicon lexicon = Lexicon.standard();
    return new EventCoder(
        Codebook.standard(),
        VerbDictionary.standard(lexicon),
        lexicon,
        Gazetteer.standard(),
        syntax);
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    List<Event> events = new ArrayList<>(analysis.events());
    for (CodedEvent e : code(analysis)) {
      events.add(e.event());
    }
    return analysis.withEvents(events);
  }

  private static String dateFrom(CodedEvent.DateSource source) {
    return switch (source) {
      case SENTENCE -> "sentence";
      case PUBLICATION -> "publication";
      case NONE -> "";
    };
  }

  /** The events of an article with reporters and date sources. */
  public List<CodedEvent> code(Analysis analysis) {
    Discourse d = new Discourse();
    List<CodedEvent> out = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      out.addAll(codeSentence(analysis, s, d));
    }
    return out;
  }

  /** One sentence's worth of state while coding it. */
  private record Clause(
      List<Token> tokens,
      List<String> low,
      List<ActorMention> mentions,
      boolean[] subject,
      LazyTree tree) {}

  /** A sentence's parse, made the first time it is asked for. */
  private static final class LazyTree {
    private final SyntaxParser syntax;
    private final List<Token> tokens;
    private DependencyTree tree;

    LazyTree(SyntaxParser syntax, List<Token> tokens) {
      this.syntax = syntax;
      this.tokens = tokens;
    }

    /** The parse, or null when there is no parser. */
    DependencyTree get() {
      if (tree == null && syntax != null) {
        tree = syntax.parseTokens(tokens);
      }
      return tree;
    }
  }

  private List<CodedEvent> codeSentence(Analysis a, Sentence s, Discourse d) {
    List<Token> tokens = a.tokensOf(s);
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<String> low = new ArrayList<>();
    for (Token t : tokens) {
      low.add(t.text().toLowerCase(Locale.ROOT).replace('’', '\''));
    }
    List<Entity> entities = new ArrayList<>();
    for (Entity e : a.entities()) {
      if (s.span().contains(e.span())) {
        entities.add(e);
      }
    }
    List<ActorMention> mentions = new ArrayList<>(actors.find(tokens, low, entities, d));
    boolean[] subject = new boolean[mentions.size()];
    for (int k = 0; k < mentions.size(); k++) {
      ActorMention m = mentions.get(k);
      subject[k] = inSubjectPosition(low, mentions, subject, k);
      if (m.pronoun() && m.person()) {
        m = m.withCode(d.person());
        mentions.set(k, m);
      } else if (m.person()) {
        d.lastPerson = m.code();
        if (subject[k]) {
          d.lastSubjectPerson = m.code();
        }
      }
    }
    Clause c = new Clause(tokens, low, mentions, subject, new LazyTree(syntax, tokens));
    List<VerbDictionary.Match> triggers = new ArrayList<>();
    for (int i = 0; i < low.size(); i++) {
      Optional<VerbDictionary.Match> m = verbs.match(low, i);
      if (m.isPresent()) {
        triggers.add(m.get());
        i = m.get().last();
      }
    }
    ActorMention reporter = reporter(c);
    List<CodedEvent> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int t = 0; t < triggers.size(); t++) {
      int stop = t + 1 < triggers.size() ? triggers.get(t + 1).first() : low.size();
      for (CodedEvent e : codeTrigger(a, s, c, triggers.get(t), stop, reporter, d)) {
        Event ev = e.event();
        if (seen.add(ev.source() + "|" + ev.target() + "|" + ev.code())) {
          out.add(e);
        }
      }
    }
    d.previousSubject = "";
    for (int k = 0; k < mentions.size(); k++) {
      if (subject[k] && !mentions.get(k).code().isEmpty()) {
        d.previousSubject = mentions.get(k).code();
        break;
      }
    }
    return out;
  }

  /** Whether what precedes a mention (past determiners) starts a clause. */
  private boolean inSubjectPosition(
      List<String> low, List<ActorMention> mentions, boolean[] subject, int k) {
    int j = skipModifiersLeft(low, mentions.get(k).first() - 1);
    if (j < 0) {
      return true;
    }
    String w = low.get(j);
    if (!lexicon.is("clause-start", w)) {
      return false;
    }
    if (joined(low, mentions, k)) {
      return subject[k - 1]; // a conjunct shares the position of what it is joined to
    }
    return true;
  }

  /**
   * Whether mention {@code k} is joined to the one before it as in "A and B" or "A, B and C" (but
   * not "A, he said").
   */
  private boolean joined(List<String> low, List<ActorMention> mentions, int k) {
    if (k == 0) {
      return false;
    }
    ActorMention m = mentions.get(k);
    int j = skipModifiersLeft(low, m.first() - 1);
    if (j < 0 || mentions.get(k - 1).end() != j) {
      return false;
    }
    if (low.get(j).equals("and") || low.get(j).equals("or")) {
      return true;
    }
    return low.get(j).equals(",")
        && m.end() < low.size()
        && (low.get(m.end()).equals(",") || low.get(m.end()).equals("and"));
  }

  private int skipModifiersLeft(List<String> low, int j) {
    while (j >= 0) {
      String w = low.get(j);
      boolean modifier =
          lexicon.is("determiner", w)
              || lexicon.is("adverb", w)
              || (w.indexOf('-') > 0 && w.equals(w.toLowerCase(Locale.ROOT)))
              || (w.endsWith("ly") && w.length() > 4)
              || w.chars().allMatch(Character::isDigit);
      if (!modifier) {
        break;
      }
      j--;
    }
    return j;
  }

  private List<CodedEvent> codeTrigger(
      Analysis a,
      Sentence s,
      Clause c,
      VerbDictionary.Match m,
      int stop,
      ActorMention reporter,
      Discourse d) {
    VerbDictionary.Entry entry = m.entry();
    Modality mod = modality(c.low(), m);
    if (mod == Modality.NEGATED || mod == Modality.HYPOTHETICAL || mod == Modality.BLOCKED) {
      return List.of();
    }
    List<ActorMention> sources;
    List<ActorMention> targets;
    if (mod == Modality.PASSIVE) {
      sources = agent(c, m, stop);
      targets = subjectOf(c, m.first());
    } else {
      sources = entry.kind() == VerbDictionary.Kind.NOUN ? possessor(c, m) : List.of();
      if (sources.isEmpty()) {
        sources = subjectOf(c, m.first());
      }
      targets = targetsOf(c, m, stop);
    }
    boolean parseable = !c.mentions().isEmpty(); // no actor, nothing for the parse to find
    if (parseable && sources.isEmpty() && entry.kind() == VerbDictionary.Kind.VERB) {
      sources = parsedSource(c, m, mod == Modality.PASSIVE);
    }
    if (parseable && targets.isEmpty() && !entry.targets().isEmpty()) {
      targets = parsedTargets(c, m, mod == Modality.PASSIVE);
    }
    String target0 = "";
    if (targets.isEmpty() && entry.needsTarget()) {
      if (!anaphoric(c.low(), m.last() + 1, stop) || d.previousSubject.isEmpty()) {
        return List.of();
      }
      target0 = d.previousSubject;
    }
    String code = entry.code();
    if (mod == Modality.INTENT) {
      code = lexicon.intentOf(code);
      if (code.isEmpty()) {
        return List.of();
      }
    }
    Optional<CameoCode> cameo = codebook.findOrBroader(code);
    if (cameo.isEmpty()) {
      return List.of();
    }
    Span span =
        new Span(c.tokens().get(m.first()).span().start(), c.tokens().get(m.last()).span().end());
    String date = "";
    CodedEvent.DateSource dateSource = CodedEvent.DateSource.NONE;
    for (TimeExpression t : a.times()) {
      if (s.span().contains(t.span()) && isDate(t.value())) {
        date = t.value();
        dateSource = CodedEvent.DateSource.SENTENCE;
        break;
      }
    }
    if (dateSource == CodedEvent.DateSource.NONE && a.article().published().isPresent()) {
      date = a.article().published().get().toString();
      dateSource = CodedEvent.DateSource.PUBLICATION;
    }
    List<String> targetCodes = new ArrayList<>();
    for (ActorMention t : targets) {
      targetCodes.add(t.code());
    }
    if (targetCodes.isEmpty()) {
      targetCodes.add(target0);
    }
    List<CodedEvent> out = new ArrayList<>();
    for (ActorMention src : sources) {
      for (String tgt : targetCodes) {
        if (src.code().isEmpty() || src.code().equals(tgt)) {
          continue;
        }
        String by = reporter != null && reporter != src ? reporter.code() : "";
        Event e =
            new Event(
                span,
                s.span(),
                src.code(),
                tgt,
                cameo.get().code(),
                cameo.get().goldstein(),
                cameo.get().quadClass(),
                date,
                new Event.Provenance(by, dateFrom(dateSource), mod == Modality.INTENT));
        out.add(new CodedEvent(e, by, dateSource, mod == Modality.INTENT));
      }
    }
    return out;
  }

  /**
   * Whether a TimeML value names a date or period ("2014-04-07", "XXXX-04", "2009/2011"), not a
   * mere reference to the present or past ("PRESENT_REF"), which dates nothing.
   */
  private static boolean isDate(String value) {
    return value.length() >= 4
        && value.substring(0, 4).chars().allMatch(c -> Character.isDigit(c) || c == 'X');
  }

  /** How a trigger is qualified by the words before it. */
  private enum Modality {
    ACT,
    PASSIVE,
    INTENT,
    NEGATED,
    HYPOTHETICAL,
    BLOCKED
  }

  private Modality modality(List<String> low, VerbDictionary.Match m) {
    int j = m.first() - 1;
    boolean be = false;
    Modality found = Modality.ACT;
    while (j >= 0) {
      String w = low.get(j);
      if (lexicon.is("negation", w) || w.endsWith("n't")) {
        return Modality.NEGATED;
      }
      if (lexicon.is("adverb", w) || (w.endsWith("ly") && w.length() > 4)) {
        j--;
        continue;
      }
      if (m.entry().kind() == VerbDictionary.Kind.NOUN) {
        break; // only "no talks" qualifies a noun
      }
      if (w.equals("to")) {
        int k = j - 1;
        while (k >= 0 && lexicon.is("adverb", low.get(k))) {
          k--;
        }
        if (k >= 0) {
          for (String lemma : lexicon.lemmas(low.get(k))) {
            if (lexicon.is("intent", lemma)) {
              return negatedBefore(low, k) ? Modality.NEGATED : Modality.INTENT;
            }
            if (lexicon.is("blocked", lemma)) {
              return Modality.BLOCKED;
            }
          }
        }
        break;
      }
      if (!lexicon.is("auxiliary", w)) {
        break;
      }
      if (lexicon.is("hypothetical", w)) {
        return Modality.HYPOTHETICAL;
      }
      if (lexicon.is("future", w)) {
        found = Modality.INTENT;
      }
      if (lexicon.is("be", w)) {
        be = true;
      }
      j--;
    }
    if (be && lexicon.isParticiple(low.get(m.first()))) {
      return Modality.PASSIVE;
    }
    return found;
  }

  private boolean negatedBefore(List<String> low, int k) {
    for (int j = k - 1; j >= Math.max(0, k - 3); j--) {
      if (lexicon.is("negation", low.get(j)) || low.get(j).endsWith("n't")) {
        return true;
      }
    }
    return false;
  }

  /** The subject of the clause a token stands in, with its conjuncts. */
  private List<ActorMention> subjectOf(Clause c, int t) {
    for (int k = c.mentions().size() - 1; k >= 0; k--) {
      ActorMention m = c.mentions().get(k);
      if (m.end() <= t && c.subject()[k] && !isConjunct(c, k)) {
        return withConjuncts(c, k);
      }
    }
    boolean comma = false;
    int k = 0;
    for (int i = t; i < c.low().size(); i++) {
      comma |= c.low().get(i).equals(",");
      while (k < c.mentions().size() && c.mentions().get(k).first() < i) {
        k++;
      }
      if (comma && k < c.mentions().size() && c.mentions().get(k).first() == i && c.subject()[k]) {
        return withConjuncts(c, k); // "Speaking after talks ..., he implied"
      }
    }
    return List.of();
  }

  private boolean isConjunct(Clause c, int k) {
    return joined(c.low(), c.mentions(), k);
  }

  private List<ActorMention> withConjuncts(Clause c, int k) {
    List<ActorMention> out = new ArrayList<>();
    out.add(c.mentions().get(k));
    while (k + 1 < c.mentions().size() && isConjunct(c, k + 1)) {
      k++;
      out.add(c.mentions().get(k));
    }
    return out;
  }

  /** The owner of an event noun: "Azerbaijani offensive", "Azerbaijan's offensive", "their". */
  private List<ActorMention> possessor(Clause c, VerbDictionary.Match m) {
    int j = skipModifiersLeft(c.low(), m.first() - 1);
    for (int k = 0; k < c.mentions().size(); k++) {
      ActorMention a = c.mentions().get(k);
      if (a.end() == m.first()
          || (a.end() == j + 1 && Lexicon.isPossessive(c.tokens().get(j).text()))) {
        return List.of(a);
      }
    }
    if (j >= 0 && lexicon.is("possessive", c.low().get(j))) {
      return subjectOf(c, j);
    }
    return List.of();
  }

  /** The agent of a passive: the actor after "by". */
  private List<ActorMention> agent(Clause c, VerbDictionary.Match m, int stop) {
    for (int k = 0; k < c.mentions().size(); k++) {
      ActorMention a = c.mentions().get(k);
      if (a.first() > m.last() && a.first() < stop && "by".equals(governor(c, a))) {
        return withConjuncts(c, k);
      }
    }
    return List.of();
  }

  /** The first actor after the trigger in a slot its pattern allows. */
  private List<ActorMention> targetsOf(Clause c, VerbDictionary.Match m, int stop) {
    Set<String> allowed = m.entry().targets();
    int limit = stop;
    for (int i = m.last() + 1; i < stop; i++) {
      if (lexicon.is("boundary", c.low().get(i))) {
        limit = i;
        break;
      }
    }
    int secondary = -1;
    for (int k = 0; k < c.mentions().size(); k++) {
      ActorMention a = c.mentions().get(k);
      if (a.first() <= m.first() || a.first() >= limit || isConjunct(c, k)) {
        continue;
      }
      String gov = governor(c, a);
      if (allowed.contains(gov)) {
        return withConjuncts(c, k);
      }
      if (secondary < 0 && allowed.contains("obj") && (gov.equals("of") || gov.equals("in"))) {
        secondary = k;
      }
    }
    return secondary < 0 ? List.of() : withConjuncts(c, secondary);
  }

  /** The source the parse gives a verb: its subject, or the agent of a passive. */
  private List<ActorMention> parsedSource(Clause c, VerbDictionary.Match m, boolean passive) {
    DependencyTree tree = c.tree().get();
    if (tree == null) {
      return List.of();
    }
    int v = m.first();
    OptionalInt who = passive ? tree.agentOf(v) : tree.subjectOf(v);
    if (who.isEmpty() || (!passive && tree.isPassive(v))) {
      return List.of();
    }
    return mentionsAt(c, tree, who.getAsInt());
  }

  /**
   * The targets the parse gives a trigger: the subject of a passive verb, else the first object or
   * oblique of any of its words whose slot ("obj" or its preposition) the pattern allows.
   */
  private List<ActorMention> parsedTargets(Clause c, VerbDictionary.Match m, boolean passive) {
    DependencyTree tree = c.tree().get();
    if (tree == null) {
      return List.of();
    }
    Set<String> allowed = m.entry().targets();
    if (passive) {
      OptionalInt patient = tree.subjectOf(m.first());
      return patient.isEmpty() ? List.of() : mentionsAt(c, tree, patient.getAsInt());
    }
    for (int w = m.first(); w <= m.last(); w++) {
      for (int d : tree.children(w, SLOTS)) {
        String base = tree.baseRelation(d);
        String slot = base.equals("obj") || base.equals("iobj") ? "obj" : caseOf(tree, d);
        if (allowed.contains(slot)) {
          List<ActorMention> found = mentionsAt(c, tree, d);
          for (int k = 0; found.isEmpty() && k < tree.size(); k++) {
            if (tree.head(k) == d && tree.baseRelation(k).equals("nmod")) {
              found = mentionsAt(c, tree, k); // "condemned an attack by Osgiliath soldiers"
            }
          }
          if (!found.isEmpty()) {
            return found;
          }
        }
      }
    }
    return List.of();
  }

  private static final Set<String> SLOTS = Set.of("obj", "iobj", "obl", "nmod");

  private static final Set<String> NAME_PARTS =
      Set.of("compound", "flat", "amod", "nmod:poss", "appos");

  /** The lower-cased preposition before a nominal, or "obj" when it has none. */
  private static String caseOf(DependencyTree tree, int d) {
    for (int k : tree.children(d, Set.of("case"))) {
      if (k < d) {
        return tree.word(k).toLowerCase(Locale.ROOT);
      }
    }
    return "obj";
  }

  /** The actors a nominal names, with those of its conjuncts. */
  private List<ActorMention> mentionsAt(Clause c, DependencyTree tree, int head) {
    List<ActorMention> out = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    heads.add(head);
    heads.addAll(tree.conjunctsOf(head));
    for (int h : heads) {
      ActorMention a = mentionCovering(c, h);
      for (int k = 0; a == null && k < tree.size(); k++) {
        if (tree.head(k) == h && NAME_PARTS.contains(tree.relation(k))) {
          a = mentionCovering(c, k);
        }
      }
      if (a != null && !out.contains(a)) {
        out.add(a);
      }
    }
    return out;
  }

  private static ActorMention mentionCovering(Clause c, int token) {
    for (ActorMention a : c.mentions()) {
      if (a.first() <= token && token < a.end()) {
        return a;
      }
    }
    return null;
  }

  /** The preposition governing a mention, or "obj" when none does. */
  private String governor(Clause c, ActorMention a) {
    int j = skipModifiersLeft(c.low(), a.first() - 1);
    if (j >= 0 && lexicon.is("preposition", c.low().get(j))) {
      return c.low().get(j);
    }
    return "obj";
  }

  /** Whether the words after a trigger point back ("of those arms deals"). */
  private boolean anaphoric(List<String> low, int from, int stop) {
    for (int i = from; i < Math.min(stop, from + 3); i++) {
      String w = low.get(i);
      if (w.equals("those") || w.equals("these") || w.equals("this") || w.equals("such")) {
        return true;
      }
      if (lexicon.is("boundary", w)) {
        return false;
      }
    }
    return false;
  }

  /** The subject of a reporting verb ("said", "argued") in the sentence, if any. */
  private ActorMention reporter(Clause c) {
    for (int i = 0; i < c.low().size(); i++) {
      boolean reporting = false;
      for (String lemma : lexicon.lemmas(c.low().get(i))) {
        reporting |= lexicon.is("reporting", lemma);
      }
      if (!reporting) {
        continue;
      }
      List<ActorMention> who = List.of();
      for (int k = c.mentions().size() - 1; k >= 0; k--) {
        ActorMention m = c.mentions().get(k);
        if (m.end() <= i && c.subject()[k]) {
          who = List.of(m);
          break;
        }
      }
      if (who.isEmpty() && i > 0 && c.low().get(i - 1).equals(",")) {
        for (ActorMention m : c.mentions()) {
          if (m.first() == i + 1) {
            who = List.of(m); // ", said Aliyev"
          }
        }
      }
      if (!who.isEmpty() && !who.get(0).code().isEmpty()) {
        return who.get(0);
      }
    }
    return null;
  }
}
