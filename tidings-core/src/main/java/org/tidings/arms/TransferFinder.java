package org.tidings.arms;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.arms.TransferRules.Hit;
import org.tidings.arms.TransferRules.Role;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Sentence;
import org.tidings.model.Span;
import org.tidings.model.TransferStage;
import org.tidings.pipeline.Annotator;

/**
 * Finds arms transfers: a stage trigger ("has sold", "is in talks to acquire"), the supplier and
 * recipient countries around it, and the items, quantity, value and years of its sentence.
 *
 * <p>Parties come from where countries stand relative to the trigger: the subject before it, "to
 * X", "from X", "with X", "by X". A demonym before the items ("Russian-made", "Russian weapons")
 * names the supplier when nothing else does, and after that the producer of the named system. A
 * sentence that names no country ("We are holding negotiations ...") takes its parties from the
 * article's previous transfer; a sentence that lists items ("This includes helicopters ...") gives
 * them to the previous transfer that named only arms in general. Transfers that name only arms in
 * general are dropped when the article has a more specific one between the same parties.
 */
public final class TransferFinder implements Annotator {
  /** How many sentences back a party-less sentence may take its parties from. */
  private static final int PARTY_REACH = 5;

  /** How many sentences back a list of items may reach for its transfer. */
  private static final int LIST_REACH = 4;

  static final String GENERAL = "arms";

  private static final Pattern PREPOSITION =
      Pattern.compile(
          "(?i)\\b(to|from|with|by|for|in|at|on|against|between|into|over|than|via|across|inside"
              + "|near|toward|towards|about|like|after|before|during)\\s+(?:(?:the|both|its|their"
              + "|his|her|a|an|neighbouring|neighboring|fellow|oil-rich|war-torn|ally|allied"
              + "|longtime|long-time|regional|rival|neighbour|neighbor|key|main|close)\\s+)*$");
  private static final Pattern LIST_GAP =
      Pattern.compile("(?i)^\\s*(?:,|and|or|, and|as well as|&)\\s*(?:both\\s+)?$");
  private static final Pattern CURRENCY_CODE = Pattern.compile("[A-Z]{3}");

  private final WeaponGazetteer weapons;
  private final TransferRules rules;
  private final CountrySpotter countries;
  private final boolean scanWeapons;

  /**
   * A finder.
   *
   * @param weapons the weapon gazetteer, for categories and producers of tagged weapons
   * @param gazetteer the country gazetteer
   * @param rules the stage patterns
   * @param scanWeapons whether to look for weapons itself when no {@link WeaponTagger} ran before
   *     it (an article with no WEAPON entity); false saves a second scan of every article
   */
  public TransferFinder(
      WeaponGazetteer weapons, Gazetteer gazetteer, TransferRules rules, boolean scanWeapons) {
    this.weapons = Objects.requireNonNull(weapons);
    this.rules = Objects.requireNonNull(rules);
    this.countries = new CountrySpotter(Objects.requireNonNull(gazetteer));
    this.scanWeapons = scanWeapons;
  }

  /**
   * A finder with the bundled gazetteers and rules, for pipelines that run {@link WeaponTagger}
   * before it: weapons are read from WEAPON entities, general words ("arms") found here.
   */
  public static TransferFinder standard() {
    return new TransferFinder(
        WeaponGazetteer.standard(), Gazetteer.standard(), TransferRules.standard(), false);
  }

  /** A finder with the bundled gazetteers and rules that finds weapons itself. */
  public static TransferFinder standalone() {
    return new TransferFinder(
        WeaponGazetteer.standard(), Gazetteer.standard(), TransferRules.standard(), true);
  }

  /** A weapon or a general word for arms found in the text. */
  record Item(Span span, String name, WeaponSystem system) {
    boolean specific() {
      return system != null;
    }
  }

  /** Where a country mention stands relative to its sentence's verbs. */
  private enum Mark {
    NONE,
    TO,
    FROM,
    WITH,
    BY,
    FOR,
    OTHER
  }

  /** A transfer being put together. */
  private static final class Draft {
    final int sentenceIndex;
    final Span sentence;
    Span trigger;
    TransferStage stage;
    String supplier;
    String recipient;
    List<Item> items = new ArrayList<>();
    int quantity;
    Amount value;
    String years = "";

    Draft(int sentenceIndex, Span sentence, Span trigger, TransferStage stage, String s, String r) {
      this.sentenceIndex = sentenceIndex;
      this.sentence = sentence;
      this.trigger = trigger;
      this.stage = stage;
      this.supplier = s;
      this.recipient = r;
    }

    boolean specific() {
      return items.stream().anyMatch(Item::specific);
    }

    List<String> names() {
      Set<String> names = new LinkedHashSet<>();
      for (Item i : items) {
        names.add(i.name());
      }
      return List.copyOf(names);
    }
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    String text = analysis.article().text();
    List<Item> items = items(analysis, text);
    if (items.isEmpty()) {
      return analysis; // the cheap test first: most news names no weapons at all
    }
    String lower = lower(text);
    Map<String, Boolean> starts = new HashMap<>();
    List<Span> sentences = sentences(analysis);
    List<Draft> drafts = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      List<Item> here = within(items, s);
      List<Hit> hits =
          here.isEmpty() && !listFollows(text, sentences, i)
              ? List.of()
              : rules.triggers(lower, s.start(), s.end(), starts);
      if (hits.isEmpty()) {
        if (here.stream().anyMatch(Item::specific) && rules.includes(text, s.start(), s.end())) {
          attachList(drafts, i, here, text, s);
        }
        continue;
      }
      List<CountryMention> mentions = countries.find(text, s.start(), s.end(), analysis.entities());
      List<Draft> found = new ArrayList<>();
      for (Hit hit : hits) {
        found.addAll(drafts(i, s, hit, text, mentions, here));
      }
      for (Draft d : mergeSentence(found)) {
        fill(d, here, text, analysis);
        inherit(d, drafts);
        drafts.add(d);
      }
    }
    List<ArmsTransfer> out = new ArrayList<>(analysis.transfers());
    for (Draft d : finish(drafts)) {
      out.add(
          new ArmsTransfer(
              d.trigger,
              d.sentence,
              d.supplier,
              d.recipient,
              d.names(),
              d.quantity,
              d.value,
              d.years,
              d.stage));
    }
    return analysis.withTransfers(out);
  }

  /** Lower-cases char by char, so offsets into the result are offsets into the text. */
  static String lower(String text) {
    char[] c = text.toCharArray();
    for (int i = 0; i < c.length; i++) {
      c[i] = Character.toLowerCase(c[i]);
    }
    return new String(c);
  }

  /** The analysis's sentences, or its non-blank lines when no tokenizer has run. */
  private static List<Span> sentences(Analysis analysis) {
    List<Span> out = new ArrayList<>();
    if (!analysis.sentences().isEmpty()) {
      for (Sentence s : analysis.sentences()) {
        out.add(s.span());
      }
      return out;
    }
    String text = analysis.article().text();
    int start = 0;
    while (start < text.length()) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = text.length();
      }
      if (!text.substring(start, end).isBlank()) {
        out.add(new Span(start, end));
      }
      start = end + 1;
    }
    return out;
  }

  /** Weapons (from WEAPON entities if a tagger ran, else found here) and general arms words. */
  private List<Item> items(Analysis analysis, String text) {
    List<Item> specific = new ArrayList<>();
    for (Entity e : analysis.entities()) {
      if (e.type() == EntityType.WEAPON) {
        WeaponSystem system =
            weapons
                .system(e.canonical())
                .orElse(
                    new WeaponSystem(
                        e.canonical(), List.of(), WeaponCategory.OTHER, e.country(), false));
        specific.add(new Item(e.span(), system.designation(), system));
      }
    }
    if (specific.isEmpty() && scanWeapons) {
      for (WeaponGazetteer.Match m : weapons.scan(text)) {
        specific.add(new Item(m.span(), m.system().designation(), m.system()));
      }
    }
    List<Item> out = new ArrayList<>();
    for (int k = 0; k < specific.size(); k++) {
      Item it = specific.get(k);
      if (it.system().generic() && k > 0 && headOf(specific.get(k - 1), it, text)) {
        continue; // "Iskander ballistic missiles": the class only names the system's kind
      }
      out.add(it);
    }
    for (Span g : rules.generalItems(text, analysis.tokens())) {
      if (out.stream().noneMatch(i -> i.span().overlaps(g))) {
        out.add(new Item(g, GENERAL, null));
      }
    }
    out.sort((a, b) -> a.span().compareTo(b.span()));
    return out;
  }

  /** Whether one of the next sentences lists items ("This includes ...") for this one. */
  private boolean listFollows(String text, List<Span> sentences, int index) {
    for (int k = index + 1; k < sentences.size() && k <= index + LIST_REACH; k++) {
      Span s = sentences.get(k);
      if (rules.includes(text, s.start(), s.end())) {
        return true;
      }
    }
    return false;
  }

  private static boolean headOf(Item system, Item cls, String text) {
    return !system.system().generic()
        && text.substring(system.span().end(), cls.span().start()).isBlank();
  }

  private static List<Item> within(List<Item> items, Span s) {
    List<Item> out = new ArrayList<>();
    for (Item i : items) {
      if (s.contains(i.span())) {
        out.add(i);
      }
    }
    return out;
  }

  /** Drafts for one trigger: one per recipient when several are named. */
  private List<Draft> drafts(
      int index, Span s, Hit hit, String text, List<CountryMention> mentions, List<Item> items) {
    Mark[] marks = marks(text, s, mentions);
    String origin = "";
    for (CountryMention m : mentions) {
      if (isOrigin(m, text, items)) {
        origin = m.iso3();
        break;
      }
    }
    String subject = "";
    for (int k = 0; k < mentions.size(); k++) {
      CountryMention m = mentions.get(k);
      if (m.span().end() <= hit.span().start()
          && marks[k] == Mark.NONE
          && !isOrigin(m, text, items)) {
        subject = m.iso3();
      }
    }
    List<String> to = marked(mentions, marks, Mark.TO);
    List<String> forList = marked(mentions, marks, Mark.FOR);
    String from = first(marked(mentions, marks, Mark.FROM));
    String with = first(marked(mentions, marks, Mark.WITH));
    String by = first(marked(mentions, marks, Mark.BY));
    String producer = producer(items);
    List<String> recipients = new ArrayList<>();
    String supplier = "";
    Role role = hit.trigger().role();
    switch (role) {
      case BUYER -> {
        recipients.add(subject);
        supplier = or(from, with);
      }
      case SELLER -> {
        supplier = subject;
        recipients.addAll(!to.isEmpty() ? to : forList);
        if (recipients.isEmpty()) {
          recipients.add(or(directObject(hit, text, mentions, marks, items), with));
        }
      }
      case PASSIVE -> {
        recipients.addAll(!to.isEmpty() ? to : forList);
        supplier = or(by, from);
      }
      case PASSIVE_BUYER -> {
        recipients.add(by);
        supplier = from;
      }
      case SERVICE -> {
        recipients.add(or(with, subject));
        supplier = from;
      }
      case NEUTRAL -> {
        recipients.addAll(to);
        supplier = from;
        boolean subjectSupplies =
            !subject.isEmpty() && (subject.equals(origin) || subject.equals(producer));
        if (recipients.isEmpty() && supplier.isEmpty()) {
          recipients.add(subjectSupplies ? with : subject);
          supplier = subjectSupplies ? subject : with;
        } else if (supplier.isEmpty()) {
          supplier = or(subject, with);
        } else if (recipients.isEmpty()) {
          recipients.add(or(subject, with));
        }
      }
      default -> throw new IllegalStateException("unknown role " + role);
    }
    if (recipients.isEmpty()) {
      recipients.add("");
    }
    if (supplier.isEmpty()) {
      supplier = or(origin, producer);
    }
    List<Draft> out = new ArrayList<>();
    for (String r : recipients) {
      out.add(new Draft(index, s, hit.span(), hit.trigger().stage(), supplier, r));
    }
    return out;
  }

  private static String or(String a, String b) {
    return a.isEmpty() ? b : a;
  }

  private static String first(List<String> list) {
    return list.isEmpty() ? "" : list.get(0);
  }

  private static List<String> marked(List<CountryMention> mentions, Mark[] marks, Mark mark) {
    List<String> out = new ArrayList<>();
    for (int k = 0; k < mentions.size(); k++) {
      if (marks[k] == mark && !out.contains(mentions.get(k).iso3())) {
        out.add(mentions.get(k).iso3());
      }
    }
    return out;
  }

  /** The preposition each mention stands after; list members share their head's. */
  private static Mark[] marks(String text, Span s, List<CountryMention> mentions) {
    Mark[] marks = new Mark[mentions.size()];
    for (int k = 0; k < mentions.size(); k++) {
      Span m = mentions.get(k).span();
      if (k > 0) {
        Span prev = mentions.get(k - 1).span();
        if (prev.end() <= m.start()
            && LIST_GAP.matcher(text.substring(prev.end(), m.start())).matches()) {
          marks[k] = marks[k - 1];
          continue;
        }
      }
      Matcher p = PREPOSITION.matcher(text).region(Math.max(s.start(), m.start() - 50), m.start());
      marks[k] = p.find() ? mark(p.group(1)) : Mark.NONE;
    }
    return marks;
  }

  private static Mark mark(String preposition) {
    return switch (preposition.toLowerCase(Locale.ROOT)) {
      case "to", "toward", "towards" -> Mark.TO;
      case "from" -> Mark.FROM;
      case "with" -> Mark.WITH;
      case "by" -> Mark.BY;
      case "for" -> Mark.FOR;
      default -> Mark.OTHER;
    };
  }

  /** "Russian-made", or a demonym just before the items: it names where they come from. */
  private static boolean isOrigin(CountryMention m, String text, List<Item> items) {
    if (m.made()) {
      return true;
    }
    if (!m.demonym()) {
      return false;
    }
    for (Item i : items) {
      int gap = i.span().start() - m.span().end();
      if (gap >= 0 && gap <= 30) {
        String between = text.substring(m.span().end(), i.span().start());
        return between.isBlank()
            || between.matches("(?i)\\s+(?:[\\p{L}-]+\\s+){0,2}")
                && !between.matches("(?i).*\\b(?:to|from|with|by|for|and|or|in|of)\\b.*");
      }
    }
    return false;
  }

  /** A country right after a seller's verb: "supplied Azerbaijan with tanks". */
  private static String directObject(
      Hit hit, String text, List<CountryMention> mentions, Mark[] marks, List<Item> items) {
    for (int k = 0; k < mentions.size(); k++) {
      CountryMention m = mentions.get(k);
      if (m.span().start() >= hit.span().end()) {
        String gap = text.substring(hit.span().end(), m.span().start());
        if (marks[k] == Mark.NONE
            && gap.matches("(?i)\\s+(?:the\\s+|its\\s+|their\\s+)?")
            && !isOrigin(m, text, items)) {
          return m.iso3();
        }
        return "";
      }
    }
    return "";
  }

  /** The producer shared by all specific systems named, or the empty string. */
  private static String producer(List<Item> items) {
    String producer = "";
    for (Item i : items) {
      if (i.specific() && !i.system().generic()) {
        String p = i.system().producer();
        if (producer.isEmpty()) {
          producer = p;
        } else if (!producer.equals(p)) {
          return "";
        }
      }
    }
    return producer;
  }

  /** One draft per pair of parties in a sentence, at the furthest stage its triggers state. */
  private static List<Draft> mergeSentence(List<Draft> found) {
    List<Draft> out = new ArrayList<>();
    for (Draft d : found) {
      if (d.supplier.isEmpty() && d.recipient.isEmpty() && !found.isEmpty()) {
        Draft sibling = null;
        for (Draft o : found) {
          if (o != d && !(o.supplier.isEmpty() && o.recipient.isEmpty())) {
            sibling = o;
            break;
          }
        }
        if (sibling != null) {
          if (rank(d.stage) > rank(sibling.stage)) {
            sibling.stage = d.stage;
            sibling.trigger = d.trigger;
          }
          continue;
        }
      }
      Draft same = null;
      for (Draft o : out) {
        if (o.supplier.equals(d.supplier) && o.recipient.equals(d.recipient)) {
          same = o;
        }
      }
      if (same == null) {
        out.add(d);
      } else if (rank(d.stage) > rank(same.stage)) {
        same.stage = d.stage;
        same.trigger = d.trigger;
      }
    }
    return out;
  }

  /** How far a stage has come; CANCELLED outranks the rest, UNKNOWN nothing. */
  static int rank(TransferStage stage) {
    return switch (stage) {
      case UNKNOWN -> 0;
      case INTENT -> 1;
      case NEGOTIATING -> 2;
      case ORDERED -> 3;
      case DELIVERED -> 4;
      case CANCELLED -> 5;
    };
  }

  /** Items, quantity, value and years from the draft's sentence. */
  private static void fill(Draft d, List<Item> here, String text, Analysis analysis) {
    d.items = new ArrayList<>(here.stream().filter(Item::specific).toList());
    if (d.items.isEmpty()) {
      d.items = new ArrayList<>(here);
    }
    d.quantity = quantity(d.items, text, d.sentence);
    for (Amount a : analysis.amounts()) {
      if (d.sentence.contains(a.span()) && CURRENCY_CODE.matcher(a.unit()).matches()) {
        d.value = a;
        break;
      }
    }
    if (d.value == null) {
      d.value = ValueParser.find(text, d.sentence.start(), d.sentence.end()).orElse(null);
    }
    d.years = YearParser.find(text, d.sentence, analysis.times());
  }

  private static int quantity(List<Item> items, String text, Span sentence) {
    int total = 0;
    for (Item i : items) {
      total += QuantityParser.before(text, sentence.start(), i.span().start());
    }
    return total;
  }

  /** Fills missing parties from the article's latest transfer that agrees with the known ones. */
  private static void inherit(Draft d, List<Draft> earlier) {
    if (!d.supplier.isEmpty() && !d.recipient.isEmpty()) {
      return;
    }
    for (int k = earlier.size() - 1; k >= 0; k--) {
      Draft e = earlier.get(k);
      if (d.sentenceIndex - e.sentenceIndex > PARTY_REACH) {
        return;
      }
      if (e.supplier.isEmpty() || e.recipient.isEmpty()) {
        continue;
      }
      if ((d.supplier.isEmpty() || d.supplier.equals(e.supplier))
          && (d.recipient.isEmpty() || d.recipient.equals(e.recipient))) {
        d.supplier = e.supplier;
        d.recipient = e.recipient;
        return;
      }
    }
  }

  /** Gives a listing sentence's items to the latest transfer that named only arms in general. */
  private static void attachList(
      List<Draft> drafts, int index, List<Item> here, String text, Span s) {
    for (int k = drafts.size() - 1; k >= 0; k--) {
      Draft d = drafts.get(k);
      if (index - d.sentenceIndex > LIST_REACH) {
        return;
      }
      List<Item> specific = here.stream().filter(Item::specific).toList();
      if (!d.specific()) {
        d.items = new ArrayList<>(specific);
      } else {
        d.items.addAll(specific);
      }
      if (d.quantity == 0) {
        d.quantity = quantity(specific, text, s);
      }
      // the same list completes every draft of that sentence ("to both Armenia and Azerbaijan")
      for (int j = k - 1; j >= 0 && drafts.get(j).sentenceIndex == d.sentenceIndex; j--) {
        Draft sibling = drafts.get(j);
        if (!sibling.specific()) {
          sibling.items = new ArrayList<>(specific);
        }
      }
      return;
    }
  }

  /** Drops incomplete drafts and those that a more specific one between the same parties covers. */
  private static List<Draft> finish(List<Draft> drafts) {
    List<Draft> kept = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.items.isEmpty()
          || d.recipient.isEmpty()
          || d.supplier.isEmpty()
          || d.supplier.equals(d.recipient)) {
        continue; // SIPRI-like records need both parties
      }
      kept.add(d);
    }
    List<Draft> out = new ArrayList<>();
    for (Draft d : kept) {
      if (!d.specific() && kept.stream().anyMatch(o -> o.specific() && covers(o, d))) {
        continue;
      }
      Draft same = null;
      for (Draft o : out) {
        if (covers(o, d) && o.names().equals(d.names())) {
          same = o;
          break;
        }
      }
      if (same == null) {
        out.add(d);
      } else {
        absorb(same, d);
      }
    }
    return out;
  }

  private static boolean covers(Draft o, Draft d) {
    return o.supplier.equals(d.supplier)
        && o.recipient.equals(d.recipient)
        && (group(o.stage) == group(d.stage)
            || o.stage == TransferStage.UNKNOWN
            || d.stage == TransferStage.UNKNOWN);
  }

  /** Stages that describe the same step of a deal: talk, contract and delivery, cancellation. */
  private static int group(TransferStage stage) {
    return switch (stage) {
      case INTENT, NEGOTIATING, UNKNOWN -> 0;
      case ORDERED, DELIVERED -> 1;
      case CANCELLED -> 2;
    };
  }

  private static void absorb(Draft into, Draft d) {
    if (rank(d.stage) > rank(into.stage)) {
      into.stage = d.stage;
    }
    if (into.value == null) {
      into.value = d.value;
    }
    if (into.quantity == 0) {
      into.quantity = d.quantity;
    }
    if (into.years.isEmpty()) {
      into.years = d.years;
    }
  }
}
