package org.tidings.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Role;
import org.tidings.model.Sentence;
import org.tidings.model.Token;
import org.tidings.pipeline.Annotator;

/**
 * Finds people, organisations, places and nationalities (PERSON, ORG, LOC, NORP) in tokenised text,
 * with the country and CAMEO role of each. Runs after the {@link Tokenizer}.
 *
 * <p>It works on runs of capitalised words. Names the lexicon knows (countries, capitals, places,
 * demonyms, organisations, people) are matched longest first; titles ("Azerbaijani President", "his
 * Armenian counterpart", "the Russian news agency") make the name after them a person or an
 * organisation with the stated country and role; "X said" makes X a person; organisation endings
 * ("Ministry", "Party") make an organisation. A statistical {@link NerModel} proposes the names no
 * rule finds. In headlines, where every word is capitalised, only what the lexicon knows counts.
 * Finally {@link NameResolver} gives every mention of one entity the same canonical name, country
 * and role.
 */
public final class EntityRecognizer implements Annotator {
  private static final Set<String> DASHES = Set.of("-", "–", "—");

  private static final int MAX_NAME_TOKENS = 8;

  /** Marks tokens an earlier stage has claimed. */
  private static final Mention TAKEN = new Mention(0, 0, 0, 0, EntityType.MISC, "", "", "", false);

  private static final Set<String> CONNECTORS =
      Set.of(
          "of", "the", "de", "du", "da", "del", "der", "van", "von", "la", "le", "al", "bin", "&");
  private static final Set<String> SPEECH =
      Set.of(
          "said",
          "says",
          "told",
          "tells",
          "added",
          "stated",
          "announced",
          "declared",
          "insisted",
          "noted",
          "warned",
          "argued",
          "explained",
          "wrote",
          "replied",
          "claimed",
          "stressed",
          "confirmed",
          "denied",
          "urged");
  private static final Set<String> MILITARY =
      Set.of("Defence", "Defense", "Military", "Armed", "Army", "War", "Navy", "Air");

  private final EntityLexicon lexicon;
  private final NerModel model;

  public EntityRecognizer(EntityLexicon lexicon, NerModel model) {
    this.lexicon = Objects.requireNonNull(lexicon);
    this.model = Objects.requireNonNull(model);
  }

  /** The recognizer with the bundled lexicon and model. */
  public static EntityRecognizer standard() {
    EntityLexicon lexicon = EntityLexicon.standard();
    return new EntityRecognizer(lexicon, PerceptronNer.standard(lexicon));
  }

  /** A recognizer working from rules and lists alone. */
  public static EntityRecognizer rulesOnly(EntityLexicon lexicon) {
    return new EntityRecognizer(lexicon, NerModel.none());
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    Text text = new Text(analysis);
    List<List<String>> words = new ArrayList<>();
    for (Sentence s : analysis.sentences()) {
      List<String> sentence = new ArrayList<>(s.tokenCount());
      for (int i = s.firstToken(); i < s.firstToken() + s.tokenCount(); i++) {
        sentence.add(text.word(i));
      }
      words.add(sentence);
    }
    List<List<NerModel.Chunk>> proposed = model.chunks(words);
    List<Mention> mentions = new ArrayList<>();
    for (int k = 0; k < analysis.sentences().size(); k++) {
      Sentence s = analysis.sentences().get(k);
      if (!text.furniture(s)) {
        mentions.addAll(new SentenceWork(text, s, proposed.get(k)).find());
      }
    }
    List<Entity> all = new ArrayList<>(analysis.entities());
    all.addAll(new NameResolver(lexicon).resolve(text, mentions));
    all.sort(Comparator.comparing(Entity::span));
    return analysis.withEntities(all);
  }

  /** The article's tokens with what the rules need to know about each. */
  static final class Text {
    final String chars;
    final List<Token> tokens;
    final int[] end; // token end, before a possessive 's
    final boolean[] headline;
    final boolean[] taken; // covered by an entity an earlier stage found (a WEAPON, say)

    Text(Analysis a) {
      chars = a.article().text();
      tokens = a.tokens();
      end = new int[tokens.size()];
      headline = new boolean[tokens.size()];
      taken = new boolean[tokens.size()];
      for (int i = 0; i < tokens.size(); i++) {
        for (Entity e : a.entities()) {
          taken[i] |= e.span().overlaps(tokens.get(i).span());
        }
        Token t = tokens.get(i);
        end[i] = t.span().end() - possessive(t.text());
      }
      for (Sentence s : a.sentences()) {
        if (isHeadline(a.tokensOf(s))) {
          for (int i = s.firstToken(); i < s.firstToken() + s.tokenCount(); i++) {
            headline[i] = true;
          }
        }
      }
    }

    /** A line of one or two words with no small letters: "XS", "Facebook Forum". */
    boolean furniture(Sentence s) {
      if (s.tokenCount() > 2) {
        return false;
      }
      for (int i = s.firstToken(); i < s.firstToken() + s.tokenCount(); i++) {
        String w = tokens.get(i).text();
        if (w.length() >= 2 && !w.equals(w.toUpperCase(Locale.ROOT)) && !capitalised(i)) {
          return false;
        }
      }
      return true;
    }

    String word(int i) {
      return chars.substring(tokens.get(i).span().start(), end[i]);
    }

    String surface(int first, int last) {
      return chars.substring(tokens.get(first).span().start(), end[last]);
    }

    boolean capitalised(int i) {
      String w = tokens.get(i).text();
      return !w.isEmpty() && Character.isUpperCase(w.codePointAt(0));
    }

    /** A possessive split off as a token of its own: "’s", "'s". */
    boolean clitic(int i) {
      String w = tokens.get(i).text();
      return w.equals("’s") || w.equals("'s") || w.equals("’") || w.equals("'");
    }

    boolean possessive(int i) {
      return end[i] < tokens.get(i).span().end();
    }

    private static int possessive(String word) {
      if (word.length() > 2 && (word.endsWith("’s") || word.endsWith("'s"))) {
        return 2;
      }
      return 0;
    }

    /** Title case: most words of three letters or more capitalised, and no sentence full stop. */
    static boolean isHeadline(List<Token> words) {
      int long3 = 0;
      int caps = 0;
      for (Token t : words) {
        String w = t.text();
        if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
          long3++;
          if (Character.isUpperCase(w.charAt(0))) {
            caps++;
          }
        }
      }
      boolean stop = !words.isEmpty() && words.get(words.size() - 1).text().equals(".");
      return long3 >= 3 && caps * 10 >= long3 * 7 && !stop;
    }
  }

  /** Recognition inside one sentence. */
  private final class SentenceWork {
    private final Text text;
    private final int from;
    private final int to; // exclusive
    private final boolean headline;
    private final List<Mention> found = new ArrayList<>();
    private final Mention[] at;
    private final List<NerModel.Chunk> proposed;

    SentenceWork(Text text, Sentence s, List<NerModel.Chunk> proposed) {
      this.text = text;
      this.proposed = proposed;
      this.from = s.firstToken();
      this.to = s.firstToken() + s.tokenCount();
      this.headline = s.tokenCount() > 0 && text.headline[from];
      this.at = new Mention[s.tokenCount()];
      for (int i = from; i < to; i++) {
        if (text.taken[i]) {
          at[i - from] = TAKEN;
        }
      }
    }

    List<Mention> find() {
      int i = from;
      while (i < to) {
        if (text.capitalised(i)) {
          int runEnd = runEnd(i);
          run(i, runEnd);
          i = runEnd + 1;
        } else {
          knownLowercase(i);
          i++;
        }
      }
      hyphenated();
      if (!headline) {
        modelMentions();
      }
      found.sort((a, b) -> Integer.compare(a.start(), b.start()));
      return found;
    }

    /** The last token of the capitalised run starting at {@code i}. */
    private int runEnd(int i) {
      int last = i;
      int j = i + 1;
      while (j < to && !text.possessive(last)) {
        if (text.capitalised(j) && adjacentWords(last, j)) {
          last = j;
          j++;
        } else if (j + 1 < to
            && CONNECTORS.contains(text.tokens.get(j).text())
            && text.capitalised(j + 1)
            && !text.possessive(j)) {
          last = j + 1;
          j += 2;
        } else {
          break;
        }
      }
      return last;
    }

    private boolean adjacentWords(int a, int b) {
      String between = text.chars.substring(text.tokens.get(a).span().end(), start(b));
      return between.isBlank() && between.indexOf('\n') < 0;
    }

    private void run(int a, int b) {
      while (a < b && lexicon.isNotName(text.word(a)) && !startsKnown(a, b)) {
        a++; // "The", "In": a capital that only starts the sentence
      }
      if (!headline && orgRun(a, b)) {
        return;
      }
      int p = a;
      int restStart = -1;
      while (p <= b) {
        int matched = lexiconMatch(p, b);
        if (matched >= p) {
          if (restStart >= 0) {
            rest(restStart, p - 1);
            restStart = -1;
          }
          p = matched + 1;
        } else {
          if (restStart < 0) {
            restStart = p;
          }
          p++;
        }
      }
      if (restStart >= 0) {
        rest(restStart, b);
      }
      for (int k = a; k <= b; k++) {
        if (at(k) != null && (k == a || at(k - 1) != at(k))) {
          enrichAfterTitle(k); // "Russian President Vladimir Putin": the title states the role
        }
      }
    }

    /** A whole run ending in "Ministry", "Party"... or "Ministry of ...": one organisation. */
    private boolean orgRun(int a, int b) {
      int first = a;
      while (first < b
          && lexicon.gazetteer().findCased(text.word(first)).isPresent()
          && lexicon.gazetteer().findCased(text.word(first)).get().kind()
              == Gazetteer.Kind.DEMONYM) {
        first++;
      }
      if (first >= b) {
        return false;
      }
      String lastWord = text.word(b);
      String firstWord = text.word(first);
      boolean suffix = lexicon.orgWordRole(lastWord) != null;
      boolean headOf =
          lexicon.orgWordRole(firstWord) != null
              && hasToken(first, b, "of")
              && !"of".equals(lastWord);
      if (!(suffix || headOf)) {
        return false;
      }
      if (lexicon.known(text.surface(first, b)).isPresent()
          || lexicon.gazetteer().findCased(text.surface(first, b)).isPresent()) {
        return false;
      }
      if (first > a) {
        lexiconMatch(a, first - 1);
      }
      String country = "";
      boolean military = false;
      for (int i = first; i <= b; i++) {
        Optional<Gazetteer.Match> m = lexicon.gazetteer().findCased(text.word(i));
        if (country.isEmpty() && m.isPresent()) {
          country = m.get().country().iso3();
        }
        military |= MILITARY.contains(text.word(i));
      }
      if (country.isEmpty() && first > a && at(first - 1) != null) {
        country = at(first - 1).country();
      }
      String role = suffix ? lexicon.orgWordRole(lastWord) : lexicon.orgWordRole(firstWord);
      if (military && (Role.GOVERNMENT.label().equals(role) || role.isEmpty())) {
        role = Role.MILITARY.label();
      }
      add(first, b, EntityType.ORG, "", country, role, !country.isEmpty());
      return true;
    }

    private boolean hasToken(int a, int b, String word) {
      for (int i = a; i <= b; i++) {
        if (text.tokens.get(i).text().equals(word)) {
          return true;
        }
      }
      return false;
    }

    private boolean startsKnown(int p, int b) {
      for (int q = p; q <= Math.min(b, p + MAX_NAME_TOKENS - 1); q++) {
        if (lexicon.known(text.surface(p, q)).isPresent()) {
          return true;
        }
      }
      return false;
    }

    /**
     * Adds the longest lexicon name starting at {@code p} and ending by {@code b}; returns the
     * index of its last token, or {@code p - 1} when none is found.
     */
    private int lexiconMatch(int p, int b) {
      for (int q = Math.min(b, p + MAX_NAME_TOKENS - 1); q >= p; q--) {
        if (!Character.isLetterOrDigit(text.tokens.get(q).text().charAt(0))) {
          continue;
        }
        String surface = text.surface(p, q);
        Optional<EntityLexicon.Known> k = lexicon.known(surface);
        if (k.isPresent()) {
          EntityLexicon.Known known = k.get();
          add(p, q, known.type(), known.canonical(), known.country(), known.role(), false);
          return q;
        }
        Optional<Gazetteer.Match> g = lexicon.gazetteer().findCased(surface);
        if (g.isPresent() && !surnameAfterGivenName(p, q)) {
          addPlace(p, q, g.get());
          return q;
        }
      }
      return p - 1;
    }

    private boolean surnameAfterGivenName(int p, int q) {
      return p == q
          && p > from
          && text.capitalised(p - 1)
          && lexicon.isGivenName(text.word(p - 1))
          && adjacentWords(p - 1, p);
    }

    private void addPlace(int p, int q, Gazetteer.Match g) {
      String iso3 = g.country().iso3();
      switch (g.kind()) {
        case COUNTRY -> add(p, q, EntityType.LOC, g.country().name(), iso3, "", false);
        case DEMONYM -> add(p, q, EntityType.NORP, "", iso3, "", false);
        case CAPITAL ->
            add(
                p,
                q,
                EntityType.LOC,
                "",
                iso3,
                actsAsGovernment(q) ? Role.GOVERNMENT.label() : "",
                false);
        case PLACE -> add(p, q, EntityType.LOC, "", iso3, "", false);
      }
    }

    /** "Moscow has...", "Moscow's arms sales": a capital standing for its government. */
    private boolean actsAsGovernment(int q) {
      if (text.possessive(q) || (q + 1 < to && text.clitic(q + 1))) {
        return true;
      }
      return q + 1 < to && GovernmentVerbs.contains(text.tokens.get(q + 1).text());
    }

    /**
     * Names starting with a small letter ("al-Qaeda") are matched only as the lexicon writes them.
     */
    private void knownLowercase(int i) {
      String w = text.tokens.get(i).text();
      if (w.isEmpty() || !Character.isLetter(w.charAt(0)) || at(i) != null) {
        return;
      }
      Optional<EntityLexicon.Known> k = lexicon.known(text.word(i));
      if (k.isPresent() && Character.isLowerCase(k.get().form().charAt(0))) {
        EntityLexicon.Known known = k.get();
        add(i, i, known.type(), known.canonical(), known.country(), known.role(), false);
      }
    }

    /** "Russian-made", "pro-Armenian": a demonym or country inside a hyphenated word. */
    private void hyphenated() {
      for (int i = from; i < to; i++) {
        String w = text.tokens.get(i).text();
        if (at(i) != null || w.indexOf('-') < 0) {
          continue;
        }
        int offset = text.tokens.get(i).span().start();
        int partStart = 0;
        for (String part : w.split("-", -1)) {
          Optional<Gazetteer.Match> g =
              part.isEmpty() ? Optional.empty() : lexicon.gazetteer().findCased(part);
          if (g.isPresent()
              && (g.get().kind() == Gazetteer.Kind.DEMONYM
                  || g.get().kind() == Gazetteer.Kind.COUNTRY)) {
            EntityType type =
                g.get().kind() == Gazetteer.Kind.DEMONYM ? EntityType.NORP : EntityType.LOC;
            String canonical = type == EntityType.LOC ? g.get().country().name() : "";
            found.add(
                new Mention(
                    i,
                    i,
                    offset + partStart,
                    offset + partStart + part.length(),
                    type,
                    canonical,
                    g.get().country().iso3(),
                    "",
                    false));
          }
          partStart += part.length() + 1;
        }
      }
    }

    /** Capitalised words no list knows: titles, "X said", given names and organisation endings. */
    private void rest(int c, int d) {
      int titleEnd = titleAt(c, d);
      while (titleEnd >= c && titleEnd < d && titleAt(titleEnd + 1, d) > titleEnd) {
        titleEnd = titleAt(titleEnd + 1, d); // "Secretary General", "Chief Executive"
      }
      if (titleEnd >= c) {
        EntityLexicon.Title title = lexicon.title(text.surface(c, titleAt(c, d))).orElseThrow();
        if (titleEnd < d && !headline) {
          String[] cr = countryBefore(c);
          String role = title.role().isEmpty() ? cr[1] : title.role();
          add(titleEnd + 1, d, nameType(title.type(), d), "", cr[0], role, true);
        }
        return;
      }
      if (headline) {
        return;
      }
      Optional<EntityLexicon.Title> before = titleBefore(c);
      if (before.isPresent()) {
        String[] cr = countryBefore(titleStart(c));
        String role = before.get().role().isEmpty() ? cr[1] : before.get().role();
        add(c, d, nameType(before.get().type(), d), "", cr[0], role, true);
        return;
      }
      boolean allNotNames = true;
      for (int i = c; i <= d; i++) {
        allNotNames &= lexicon.isNotName(text.word(i));
      }
      if (allNotNames) {
        return;
      }
      if (d > c && lexicon.orgWordRole(text.word(d)) != null) {
        add(c, d, EntityType.ORG, "", "", lexicon.orgWordRole(text.word(d)), false);
      } else if (speaks(c, d) || (d > c && lexicon.isGivenName(text.word(c)))) {
        int first = lexicon.isNotName(text.word(c)) ? c + 1 : c;
        if (first <= d) {
          add(first, d, EntityType.PERSON, "", "", "", false);
        }
      }
    }

    private EntityType nameType(EntityType titleType, int last) {
      if (titleType == EntityType.PERSON && lexicon.orgWordRole(text.word(last)) != null) {
        return EntityType.ORG;
      }
      return titleType;
    }

    /** The last token of the longest title starting at {@code c} (within {@code d}), or c - 1. */
    private int titleAt(int c, int d) {
      for (int q = Math.min(d, c + 4); q >= c; q--) {
        if (lexicon.title(text.surface(c, q)).isPresent()) {
          return q;
        }
      }
      return c - 1;
    }

    private Optional<EntityLexicon.Title> titleBefore(int c) {
      int s = titleStart(c);
      return s < c ? lexicon.title(text.surface(s, c - 1)) : Optional.empty();
    }

    /** Where the longest title phrase ending just before {@code c} starts, or c if none does. */
    private int titleStart(int c) {
      for (int s = Math.max(from, c - 4); s < c; s++) {
        if (lexicon.title(text.surface(s, c - 1)).isPresent()) {
          return s;
        }
      }
      return c;
    }

    /** Country and role of the mention just before token {@code c}: "Russian", "Russia's". */
    private String[] countryBefore(int c) {
      if (c - 1 >= from && text.clitic(c - 1)) {
        c--; // "Iran’s Foreign Minister"
      }
      if (c - 1 >= from && at(c - 1) != null) {
        Mention m = at(c - 1);
        String role = m.type() == EntityType.ORG ? m.role() : "";
        return new String[] {m.country(), role};
      }
      if (c - 2 == from && DASHES.contains(text.word(c - 1)) && at(from) != null) {
        Mention m = at(from); // a caption: "Georgia - Defence Minister Levan Beridze"
        if (m.type() == EntityType.LOC && m.first() == from) {
          return new String[] {m.country(), ""};
        }
      }
      return new String[] {"", ""};
    }

    /** After a run: a title just before a known name states its country and role. */
    private void enrichAfterTitle(int a) {
      Mention m = at(a);
      if (m == null || (m.type() != EntityType.PERSON && m.type() != EntityType.ORG)) {
        return;
      }
      Optional<EntityLexicon.Title> title = titleBefore(a);
      int titleStart = titleStart(a);
      if (title.isEmpty()) {
        // "Prime Minister" inside the run, left as rest before the known name
        for (int s = Math.max(from, m.first() - 4); s < m.first(); s++) {
          Optional<EntityLexicon.Title> t = lexicon.title(text.surface(s, m.first() - 1));
          if (t.isPresent()) {
            title = t;
            titleStart = s;
            break;
          }
        }
      }
      if (title.isEmpty() || title.get().type() != m.type()) {
        return;
      }
      String[] cr = countryBefore(titleStart);
      String country = cr[0].isEmpty() ? m.country() : cr[0];
      String role = title.get().role().isEmpty() ? m.role() : title.get().role();
      replace(m, m.withAttributes(country, role, true));
    }

    private boolean speaks(int c, int d) {
      if (d + 1 < to && SPEECH.contains(text.tokens.get(d + 1).text())) {
        return true;
      }
      if (d + 2 < to
          && text.tokens.get(d + 1).text().equals(",")
          && SPEECH.contains(text.tokens.get(d + 2).text())) {
        return true;
      }
      return c - 1 >= from && SPEECH.contains(text.tokens.get(c - 1).text());
    }

    /** Names the statistical model finds where no rule has found anything. */
    private void modelMentions() {
      for (NerModel.Chunk c : proposed) {
        int a = from + c.first();
        int b = from + c.last();
        boolean free = true;
        for (int i = a; i <= b; i++) {
          free &= at(i) == null;
        }
        if (!free || c.type() == EntityType.MISC || !hasSmallWord() || madeThing(a)) {
          continue;
        }
        int first = a;
        while (first <= b && lexicon.isNotName(text.word(first))) {
          first++;
        }
        if (first <= b) {
          String role = c.type() == EntityType.ORG ? orgRole(b) : "";
          add(first, b, c.type(), "", "", role == null ? "" : role, false);
        }
      }
    }

    /** "a Russian-made Smerch": a product, not an organisation or person. */
    private boolean madeThing(int a) {
      if (a - 1 < from) {
        return false;
      }
      String before = text.tokens.get(a - 1).text();
      return before.endsWith("-made") || before.endsWith("-built") || before.endsWith("-designed");
    }

    /** Running text has words in small letters; lists of names and menus do not. */
    private boolean hasSmallWord() {
      for (int i = from; i < to; i++) {
        String w = text.tokens.get(i).text();
        if (w.length() >= 2 && Character.isLowerCase(w.charAt(0))) {
          return true;
        }
      }
      return false;
    }

    private String orgRole(int b) {
      return lexicon.orgWordRole(text.word(b));
    }

    private int start(int i) {
      return text.tokens.get(i).span().start();
    }

    private Mention at(int i) {
      return at[i - from];
    }

    private void add(
        int p,
        int q,
        EntityType type,
        String canonical,
        String country,
        String role,
        boolean stated) {
      for (int i = p; i <= q; i++) {
        if (at(i) != null) {
          return;
        }
      }
      Mention m = new Mention(p, q, start(p), text.end[q], type, canonical, country, role, stated);
      found.add(m);
      for (int i = p; i <= q; i++) {
        at[i - from] = m;
      }
    }

    private void replace(Mention old, Mention m) {
      found.set(found.indexOf(old), m);
      for (int i = m.first(); i <= m.last(); i++) {
        at[i - from] = m;
      }
    }
  }

  /** Words after which a capital city stands for its government. */
  private static final class GovernmentVerbs {
    private static final Set<String> WORDS =
        Set.of(
            "has",
            "have",
            "had",
            "is",
            "was",
            "says",
            "said",
            "will",
            "would",
            "wants",
            "accused",
            "accuses",
            "denied",
            "denies",
            "rejected",
            "rejects",
            "insists",
            "insisted",
            "warned",
            "warns",
            "claims",
            "claimed",
            "announced",
            "refused",
            "agreed",
            "fears",
            "hopes",
            "does",
            "did",
            "can",
            "could",
            "may",
            "might",
            "should",
            "must",
            "plans",
            "seeks",
            "sought",
            "supplied",
            "supplies",
            "sold",
            "sells",
            "delivered",
            "delivers",
            "signed",
            "responded",
            "threatened",
            "condemned",
            "welcomed",
            "backed",
            "supports");

    static boolean contains(String word) {
      return WORDS.contains(word.toLowerCase(Locale.ROOT));
    }
  }
}
