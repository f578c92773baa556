package org.tidings.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Quote;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.Token;
import org.tidings.nlp.QuoteMarks.Segment;
import org.tidings.pipeline.Annotator;

/**
 * Finds what people said and who said it.
 *
 * <p>Direct quotes are found between quote marks of any common style (“ ” " " « » „ “ ‘ ’), within
 * a paragraph or, when a paragraph opens a quote without closing it and the next paragraph opens
 * again, across paragraphs (one {@link Quote} a paragraph). The speaker comes from a speech cue
 * ({@code cues.tsv}) next to the quote, in either order ("X said", "said X"), or before it ("X
 * said: “...”"), or in the same sentence for a partial quote. A quote with no cue of its own
 * continues the last attributed quote of its paragraph or of the paragraph before. Indirect speech
 * ("X said that ...", "..., X said.", "according to X") gives quotes with {@code indirect=true}.
 *
 * <p>The speaker span is the mention at the cue: a name, a noun phrase or a pronoun. A PERSON or
 * ORG entity there gives the speaker's canonical name; "he" or "she" is resolved to the first
 * PERSON named (outside quotes) in the nearest sentence before that names one, the way news writing
 * carries its subject on; other noun phrases are their own speaker. Needs tokens and sentences;
 * uses entities when present.
 */
public final class QuoteFinder implements Annotator {
  /** Where a cue expects its speaker. */
  enum Order {
    BOTH,
    BEFORE,
    AFTER
  }

  private static final int WINDOW = 14;
  private static final int MAX_NP = 7;
  private static final int MIN_UNATTRIBUTED_WORDS = 4;

  private final Map<String, Order> cues;
  private final Map<String, String> pronouns;
  private final Set<String> adverbs;
  private final Set<String> stops;
  private final Set<String> notHeads;
  private final Set<String> openers;
  private final Map<String, String> genders;

  /**
   * A finder with its word lists, all lower case.
   *
   * @param cues speech cue phrases ("said", "according to") and where they expect the speaker
   * @param pronouns pronouns to "person", "group" or "self"
   * @param adverbs words that may stand between a speaker and the cue
   * @param speakerWords words to their role in speaker phrases: "stop" ends a phrase, "not-head"
   *     may not end one, "opener" lets a phrase in lower case be a speaker ("the spokesman")
   * @param genders given names (lower case) to "f" or "m", to match "she" and "he"
   */
  public QuoteFinder(
      Map<String, Order> cues,
      Map<String, String> pronouns,
      Set<String> adverbs,
      Map<String, Set<String>> speakerWords,
      Map<String, String> genders) {
    this.cues = Map.copyOf(cues);
    this.pronouns = Map.copyOf(pronouns);
    this.adverbs = Set.copyOf(adverbs);
    this.stops = Set.copyOf(speakerWords.getOrDefault("stop", Set.of()));
    this.notHeads = Set.copyOf(speakerWords.getOrDefault("not-head", Set.of()));
    this.openers = Set.copyOf(speakerWords.getOrDefault("opener", Set.of()));
    this.genders = Map.copyOf(genders);
  }

  /** The finder with the bundled cue, pronoun and adverb lists. */
  public static QuoteFinder standard() {
    Map<String, Order> cues = new HashMap<>();
    LineResource.table("cues.tsv")
        .forEach((w, o) -> cues.put(w, Order.valueOf(o.toUpperCase(Locale.ROOT))));
    Map<String, Set<String>> speakerWords = new HashMap<>();
    for (String[] row : LineResource.rows("speaker-words.tsv", 2)) {
      speakerWords
          .computeIfAbsent(row[1], r -> new HashSet<>())
          .add(row[0].toLowerCase(Locale.ROOT));
    }
    return new QuoteFinder(
        cues,
        LineResource.table("pronouns.tsv"),
        LineResource.words("speech-adverbs.txt"),
        speakerWords,
        LineResource.table("given-names.tsv"));
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    if (analysis.tokens().isEmpty()) {
      return analysis;
    }
    return analysis.withQuotes(new Search(analysis).run());
  }

  /** A speaker mention: its span, its canonical name (or ""), and whether it is a pronoun. */
  private record Speaker(Span span, String speaker) {}

  /** The search through one analysis. */
  private final class Search {
    private final Analysis analysis;
    private final String text;
    private final List<Token> tokens;
    private final List<String> lower;
    private final int[] sentenceOf;
    private final List<Entity> names;
    private final List<Segment> segments;

    Search(Analysis analysis) {
      this.analysis = analysis;
      this.text = analysis.article().text();
      this.tokens = analysis.tokens();
      this.lower = new ArrayList<>(tokens.size());
      for (Token t : tokens) {
        lower.add(t.text().toLowerCase(Locale.ROOT));
      }
      this.sentenceOf = new int[tokens.size()];
      List<Sentence> sentences = analysis.sentences();
      for (int s = 0; s < sentences.size(); s++) {
        Sentence sentence = sentences.get(s);
        for (int k = 0; k < sentence.tokenCount(); k++) {
          sentenceOf[sentence.firstToken() + k] = s;
        }
      }
      this.names =
          analysis.entities().stream()
              .filter(e -> e.type() == EntityType.PERSON || e.type() == EntityType.ORG)
              .sorted(Comparator.comparing(Entity::span))
              .toList();
      this.segments = new QuoteMarks(text).segments();
    }

    List<Quote> run() {
      List<Quote> quotes = new ArrayList<>();
      Speaker[] speakers = new Speaker[segments.size()];
      for (int q = 0; q < segments.size(); q++) {
        speakers[q] = attribute(segments.get(q));
      }
      carryOver(speakers);
      for (int q = 0; q < segments.size(); q++) {
        Segment seg = segments.get(q);
        Speaker m = speakers[q];
        if (m == null && words(seg.inner()) < MIN_UNATTRIBUTED_WORDS) {
          continue; // a scare quote or a title
        }
        quotes.add(
            new Quote(
                seg.inner(),
                seg.inner().of(text),
                m == null ? "" : m.speaker(),
                m == null ? null : m.span(),
                false));
      }
      quotes.addAll(indirect());
      quotes.sort(Comparator.comparing(Quote::span));
      return quotes;
    }

    // ---- direct quotes

    /**
     * The speaker of one quote from cues next to it, or null: a cue just before it ("X said: “"),
     * then a cue after it when the quote hands over to one ("“...,” he said"), then a cue anywhere
     * before it in its sentence (a partial quote).
     */
    private Speaker attribute(Segment seg) {
      int after = firstTokenFrom(seg.close() + 1);
      int before = lastTokenBefore(seg.open());
      boolean hasAfter = after >= 0 && sameParagraph(after, seg);
      boolean hasBefore =
          before >= 0 && sameParagraph(before, seg) && !".!?".contains(lower.get(before));
      Speaker m = null;
      if (hasBefore && cueNear(before)) {
        m = cueBefore(before);
      }
      if (m == null && hasAfter && handsOver(seg, after)) {
        m = cueAfter(after);
      }
      if (m == null && hasBefore) {
        m = cueBefore(before);
      }
      if (m == null && hasBefore) {
        m = sentenceSubject(before); // "Carson ... called the system “rotten to the core.”"
      }
      return m;
    }

    /**
     * For a quote inside a sentence with no speech cue ("mocked X for “...”", "called it “...”"):
     * the first person named before it in the sentence, else the first organisation, else a pronoun
     * opening the sentence.
     */
    private Speaker sentenceSubject(int before) {
      Sentence sentence = analysis.sentences().get(sentenceOf[before]);
      int first = sentence.firstToken();
      Span region = new Span(sentence.span().start(), tokens.get(before).span().end());
      for (EntityType type : List.of(EntityType.PERSON, EntityType.ORG)) {
        for (Entity e : names) {
          if (e.type() == type && region.contains(e.span()) && !quoted(e.span())) {
            return new Speaker(e.span(), e.canonical());
          }
        }
      }
      return pronounAt(first);
    }

    /** A cue among the last few words before a quote: "said:", "told reporters:", "said that". */
    private boolean cueNear(int before) {
      for (int k = before; k >= 0 && k > before - 4; k--) {
        if (cueAt(k) != null) {
          return true;
        }
      }
      return false;
    }

    /** The quote ends in a way that hands over to an attribution after it. */
    private boolean handsOver(Segment seg, int after) {
      char last = text.charAt(seg.inner().end() - 1);
      if (",?!\u2014\u2013-".indexOf(last) >= 0) {
        return true;
      }
      String next = tokens.get(after).text();
      return last != '.' && (next.equals(",") || Character.isLowerCase(next.charAt(0)));
    }

    /** "“...,” Aliyev told", "“...,” said Medvedev", "“...,” he said". */
    private Speaker cueAfter(int from) {
      int k = from;
      while (k < tokens.size() && isPunct(k) && !isQuoteMark(k) && !endsSentence(k)) {
        k++;
      }
      int start = k;
      for (; k < tokens.size() && k < start + WINDOW; k++) {
        if (isQuoteMark(k) || isLineBreakBefore(k)) {
          return null;
        }
        Order order = cueAt(k);
        if (order != null) {
          if (k > start && order != Order.AFTER) {
            return subjectBefore(k, start);
          }
          return order != Order.BEFORE ? objectAfter(k + cueLength(k)) : null;
        }
        if (endsSentence(k)) {
          return null;
        }
      }
      return null;
    }

    /** "Aliyev said: “...”", "according to Aliyev, “...”", "He said that Russia ... the “...”". */
    private Speaker cueBefore(int from) {
      int stop = from;
      int sentence = sentenceOf[from];
      while (stop > 0 && sentenceOf[stop - 1] == sentence && from - stop < 3 * WINDOW) {
        if (isQuoteMark(stop - 1) && stop - 1 < from) {
          break;
        }
        stop--;
      }
      for (int k = from; k >= stop; k--) {
        Order order = cueAt(k);
        if (order == null) {
          continue;
        }
        if (order == Order.AFTER) {
          return objectAfter(k + cueLength(k));
        }
        Speaker subject = subjectBefore(k, stop);
        if (subject != null) {
          return subject;
        }
        Speaker object = order == Order.BOTH ? objectAfter(k + cueLength(k)) : null;
        if (object != null && introducesQuote(tokenAt(object.span().end()), from)) {
          return object; // "said Aliyev: “...”", not "said he would welcome a “...”"
        }
      }
      return null;
    }

    /** Only a comma or colon stands between token {@code k} and the quote after {@code last}. */
    private boolean introducesQuote(int k, int last) {
      for (int i = k; i <= last; i++) {
        if (!is(i, ",") && !is(i, ":")) {
          return false;
        }
      }
      return true;
    }

    /**
     * A quote with no cue of its own continues the one before it in its paragraph, the last
     * attributed one of the paragraph before, or the quote it runs on from.
     */
    private void carryOver(Speaker[] speakers) {
      for (int q = 1; q < segments.size(); q++) {
        Segment seg = segments.get(q);
        Segment prev = segments.get(q - 1);
        boolean adjacent = seg.paragraph() - prev.paragraph() <= 1;
        if (speakers[q] == null && speakers[q - 1] != null && adjacent) {
          speakers[q] = speakers[q - 1];
        }
      }
      for (int q = segments.size() - 2; q >= 0; q--) {
        if (speakers[q] == null
            && speakers[q + 1] != null
            && segments.get(q + 1).continued()
            && segments.get(q + 1).paragraph() == segments.get(q).paragraph() + 1) {
          speakers[q] = speakers[q + 1];
        }
      }
    }

    // ---- indirect speech

    private List<Quote> indirect() {
      List<Quote> found = new ArrayList<>();
      for (Sentence s : analysis.sentences()) {
        Quote q = indirectIn(s);
        if (q != null) {
          found.add(q);
        }
      }
      return found;
    }

    private Quote indirectIn(Sentence s) {
      int first = s.firstToken();
      int end = first + s.tokenCount();
      int last = end - 1;
      while (last > first && isPunct(last)) {
        last--;
      }
      if (last <= first) {
        return null;
      }
      for (int k = first; k < end; k++) {
        if (insideQuote(k)) {
          continue;
        }
        Order order = cueAt(k);
        if (order == null) {
          continue;
        }
        Quote q =
            order == Order.AFTER ? accordingTo(s, k, first, last) : reported(s, k, first, last);
        if (q != null) {
          return q;
        }
      }
      return null;
    }

    /** "X said (that) content" or "content, X said (on Thursday)." */
    private Quote reported(Sentence s, int cue, int first, int last) {
      int afterCue = cue + cueLength(cue);
      Speaker subject = subjectBefore(cue, first);
      int content = -1;
      if (subject != null) {
        content = contentAfter(afterCue, last);
        if (content < 0 && commaBefore(subject, first) && afterCue + 4 > last) {
          return quoteOf(first, commaIndex(subject), subject, true); // "..., Aliyev said."
        }
      } else if (cues.get(lower.get(cue)) == Order.BOTH && cue > first && is(cue - 1, ",")) {
        Speaker object = objectAfter(afterCue);
        if (object != null && tokenAt(object.span().end()) + 3 > last) {
          return quoteOf(first, cue - 1, object, true); // "..., said Aliyev."
        }
      }
      if (subject == null || content < 0 || content > last) {
        return null;
      }
      return quoteOf(content, last + 1, subject, true);
    }

    /** Where reported content starts after a cue: after "that", or directly for "said". */
    private int contentAfter(int k, int last) {
      int j = k;
      if (j <= last && lower.get(j - 1).matches("told|tells|tell")) {
        while (j <= last && j < k + 5 && !is(j, "that")) {
          j++; // "told reporters that"
        }
      }
      if (j <= last && is(j, "that")) {
        return j + 1 <= last ? j + 1 : -1;
      }
      String cue = lower.get(k - 1);
      if ((cue.equals("said") || cue.equals("says")) && j + 3 <= last && startsClause(j)) {
        return j;
      }
      return -1;
    }

    /** A clause, not "on Thursday" or "in a statement": a determiner, pronoun or name. */
    private boolean startsClause(int j) {
      String w = lower.get(j);
      if (isPunct(j) || isQuoteMark(j)) {
        return false;
      }
      if (pronouns.containsKey(w) || w.equals("it") || w.equals("the") || w.equals("there")) {
        return true;
      }
      return Character.isUpperCase(tokens.get(j).text().charAt(0)) && !isWeekdayOrMonth(j);
    }

    private boolean isWeekdayOrMonth(int j) {
      return lower
          .get(j)
          .matches(
              "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march"
                  + "|april|may|june|july|august|september|october|november|december");
    }

    /** "according to X, content" or "content, according to X". */
    private Quote accordingTo(Sentence s, int cue, int first, int last) {
      Speaker source = objectAfter(cue + cueLength(cue));
      if (source == null) {
        return null;
      }
      int sourceEnd = tokenAt(source.span().end() - 1);
      if (cue == first && sourceEnd + 2 <= last && is(sourceEnd + 1, ",")) {
        return quoteOf(sourceEnd + 2, last + 1, source, true);
      }
      if (cue > first + 2 && is(cue - 1, ",")) {
        return quoteOf(first, cue - 1, source, true);
      }
      return null;
    }

    private Quote quoteOf(int from, int to, Speaker m, boolean indirect) {
      if (to <= from) {
        return null;
      }
      for (int k = from; k < to; k++) {
        if (isQuoteMark(k) && k == from) {
          return null; // a direct quote, found already
        }
      }
      Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
      return new Quote(span, span.of(text), m.speaker(), m.span(), indirect);
    }

    private boolean commaBefore(Speaker subject, int first) {
      int k = commaIndex(subject);
      return k > first + 1 && is(k, ",");
    }

    /** The token before the noun phrase that holds the subject ("..., President Aliyev said"). */
    private int commaIndex(Speaker subject) {
      int k = tokenAt(subject.span().start());
      int floor = k - MAX_NP;
      while (k > 0 && k > floor && isNounPhraseWord(k - 1)) {
        k--;
      }
      return k - 1;
    }

    // ---- speakers

    /** The speaker just before a cue at {@code cue}: "Aliyev said", "he also said". */
    private Speaker subjectBefore(int cue, int floor) {
      int j = cue - 1;
      while (j >= floor && isAdverb(j)) {
        j--;
      }
      if (j > floor && is(j, ",")) {
        j = beforeApposition(j, floor); // "Sexton, a writing professor, said"
      }
      if (j < floor || isPunct(j) || isQuoteMark(j)) {
        return null;
      }
      Speaker pronoun = pronounAt(j);
      if (pronoun != null) {
        return pronoun;
      }
      Entity name = entityAt(j);
      if (name != null) {
        return new Speaker(name.span(), name.canonical());
      }
      int k = j;
      while (k > floor && j - k < MAX_NP && isNounPhraseWord(k - 1)) {
        k--;
      }
      return phrase(k, j);
    }

    /** The token before ", apposition," that ends at the comma {@code comma}, or -1. */
    private int beforeApposition(int comma, int floor) {
      for (int k = comma - 1; k > floor && comma - k <= 2 * MAX_NP; k--) {
        if (is(k, ",")) {
          return k - 1 >= floor && k < comma - 1 ? k - 1 : -1;
        }
        if (isPunct(k) && !is(k, "(") && !is(k, ")") || isQuoteMark(k)) {
          return -1;
        }
      }
      return -1;
    }

    /** Tokens {@code [from, to]} as a speaker phrase, or null when they cannot be one. */
    private Speaker phrase(int from, int to) {
      if (!isNounPhraseWord(to) || notHeads.contains(lower.get(to))) {
        return null;
      }
      boolean named = false;
      for (int k = from; k <= to; k++) {
        named |= isCapitalised(k) && !atSentenceStart(k);
      }
      boolean plural = to - from <= 1 && lower.get(to).endsWith("s");
      if (!named && !plural && !openers.contains(lower.get(from))) {
        return null;
      }
      Span span = new Span(tokens.get(from).span().start(), tokens.get(to).span().end());
      return new Speaker(span, speakerName(span));
    }

    /** The speaker just after a cue: "said Medvedev", "according to the ministry". */
    private Speaker objectAfter(int from) {
      if (from >= tokens.size() || isPunct(from) || isQuoteMark(from)) {
        return null;
      }
      Speaker pronoun = pronounAt(from);
      if (pronoun != null) {
        return pronoun;
      }
      int j = from;
      while (j + 1 < tokens.size()
          && j + 1 - from < MAX_NP
          && isNounPhraseWord(j + 1)
          && sentenceOf[j + 1] == sentenceOf[from]) {
        j++;
      }
      if (!isNounPhraseWord(from)
          || notHeads.contains(lower.get(from)) && !openers.contains(lower.get(from))) {
        return null; // "said on Thursday", "said in a statement"
      }
      Span np = new Span(tokens.get(from).span().start(), tokens.get(j).span().end());
      for (Entity e : names) {
        if (np.contains(e.span())) {
          return new Speaker(e.span(), e.canonical());
        }
      }
      while (j > from && notHeads.contains(lower.get(j))) {
        j--;
      }
      return phrase(from, j);
    }

    /** A noun phrase's speaker: the name of an entity in it, else its own words. */
    private String speakerName(Span span) {
      for (Entity e : names) {
        if (span.contains(e.span()) && e.type() == EntityType.PERSON) {
          return e.canonical();
        }
      }
      return span.of(text);
    }

    private Speaker pronounAt(int j) {
      String kind = pronouns.get(lower.get(j));
      if (kind == null) {
        return null;
      }
      Span span = tokens.get(j).span();
      return new Speaker(span, kind.equals("person") ? antecedent(j) : "");
    }

    /**
     * The first PERSON, outside quotes and not of the other gender, of the nearest earlier sentence
     * that names one: news writing carries its subject on.
     */
    private String antecedent(int pronoun) {
      String gender = lower.get(pronoun).equals("she") ? "f" : "m";
      int sentence = sentenceOf[pronoun];
      List<Sentence> sentences = analysis.sentences();
      for (int s = sentence - 1; s >= 0; s--) {
        Span span = sentences.get(s).span();
        for (Entity e : names) {
          if (e.type() == EntityType.PERSON
              && span.contains(e.span())
              && !quoted(e.span())
              && !otherGender(e, gender)) {
            return e.canonical();
          }
        }
      }
      return "";
    }

    private boolean otherGender(Entity person, String gender) {
      String name = person.canonical().isEmpty() ? person.text() : person.canonical();
      int space = name.indexOf(' ');
      String given = (space > 0 ? name.substring(0, space) : name).toLowerCase(Locale.ROOT);
      String known = genders.get(given);
      return known != null && !known.equals(gender);
    }

    private Entity entityAt(int j) {
      Span t = tokens.get(j).span();
      for (Entity e : names) {
        if (e.span().overlaps(t)) {
          return e;
        }
      }
      return null;
    }

    private boolean isNounPhraseWord(int k) {
      if (isPunct(k) || isQuoteMark(k) || cueAt(k) != null) {
        return false;
      }
      String w = lower.get(k);
      return !stops.contains(w) && !pronouns.containsKey(w);
    }

    private boolean isAdverb(int k) {
      String w = lower.get(k);
      return adverbs.contains(w) || w.length() > 4 && w.endsWith("ly") && !isCapitalised(k);
    }

    // ---- cues and tokens

    /** The cue starting at token {@code k}, or null. */
    private Order cueAt(int k) {
      String w = lower.get(k);
      if (k + 1 < tokens.size()) {
        Order two = cues.get(w + " " + lower.get(k + 1));
        if (two != null && (!isCapitalised(k) || atSentenceStart(k))) {
          return two;
        }
      }
      Order one = cues.get(w);
      return one != null && !isCapitalised(k) ? one : null;
    }

    private int cueLength(int k) {
      return k + 1 < tokens.size() && cues.containsKey(lower.get(k) + " " + lower.get(k + 1))
          ? 2
          : 1;
    }

    private boolean atSentenceStart(int k) {
      return k == 0 || sentenceOf[k - 1] != sentenceOf[k];
    }

    private boolean isCapitalised(int k) {
      return Character.isUpperCase(tokens.get(k).text().charAt(0));
    }

    private boolean isPunct(int k) {
      String t = tokens.get(k).text();
      return !Character.isLetterOrDigit(t.charAt(0));
    }

    private boolean isQuoteMark(int k) {
      String t = tokens.get(k).text();
      return t.length() == 1 && QuoteMarks.isMark(t.charAt(0));
    }

    private boolean endsSentence(int k) {
      return k + 1 >= tokens.size() || sentenceOf[k + 1] != sentenceOf[k];
    }

    private boolean isLineBreakBefore(int k) {
      return k > 0
          && text.substring(tokens.get(k - 1).span().end(), tokens.get(k).span().start())
                  .indexOf('\n')
              >= 0;
    }

    private boolean is(int k, String w) {
      return k >= 0 && k < tokens.size() && lower.get(k).equals(w);
    }

    private boolean insideQuote(int k) {
      return quoted(tokens.get(k).span());
    }

    private boolean quoted(Span span) {
      for (Segment seg : segments) {
        if (seg.inner().contains(span)) {
          return true;
        }
      }
      return false;
    }

    private boolean sameParagraph(int k, Segment seg) {
      int from = Math.min(tokens.get(k).span().start(), seg.open());
      int to = Math.max(tokens.get(k).span().end(), seg.close());
      return text.substring(from, to).indexOf('\n') < 0;
    }

    private int words(Span span) {
      int count = 0;
      boolean inWord = false;
      for (int i = span.start(); i < span.end(); i++) {
        boolean letter = Character.isLetterOrDigit(text.charAt(i));
        if (letter && !inWord) {
          count++;
        }
        inWord = letter;
      }
      return count;
    }

    /** The first token starting at or after {@code offset}, or -1. */
    private int firstTokenFrom(int offset) {
      int i = tokenAt(offset);
      while (i < tokens.size() && tokens.get(i).span().start() < offset) {
        i++;
      }
      return i < tokens.size() ? i : -1;
    }

    /** The last token ending at or before {@code offset}, or -1. */
    private int lastTokenBefore(int offset) {
      int i = tokenAt(offset);
      while (i >= 0 && (i >= tokens.size() || tokens.get(i).span().end() > offset)) {
        i--;
      }
      return i;
    }

    /** The index of the token containing or following {@code offset}. */
    private int tokenAt(int offset) {
      int lo = 0;
      int hi = tokens.size() - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        Span s = tokens.get(mid).span();
        if (s.end() <= offset) {
          lo = mid + 1;
        } else if (s.start() > offset) {
          hi = mid - 1;
        } else {
          return mid;
        }
      }
      return lo;
    }
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof QuoteFinder f && cues.equals(f.cues) && pronouns.equals(f.pronouns);
  }

  @Override
  public int hashCode() {
    return Objects.hash(cues, pronouns);
  }
}
