package org.tidings.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Span;

/**
 * Ties the mentions of one entity in one article together. A person named in full ("Ilham Aliyev")
 * lends the full name to later bare surnames ("Aliyev"), which become person mentions even where no
 * rule found them (a sentence-initial "Sarkisian", a headline); every mention of one canonical name
 * then carries the country and role stated at its most informative mention.
 */
final class NameResolver {
  private final EntityLexicon lexicon;

  NameResolver(EntityLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon);
  }

  List<Entity> resolve(EntityRecognizer.Text text, List<Mention> found) {
    List<Mention> mentions = new ArrayList<>();
    for (Mention m : found) {
      mentions.add(m.canonical().isEmpty() ? m.withCanonical(name(text, m)) : m);
    }
    Map<String, String> surnames = surnames(mentions);
    mentions = bareSurnames(text, mentions, surnames);
    return entities(text, propagate(mentions));
  }

  private static String name(EntityRecognizer.Text text, Mention m) {
    return text.chars.substring(m.start(), m.end()).replaceAll("\\s+", " ");
  }

  /** Last word of every person named with two or more words → the full name. */
  private static Map<String, String> surnames(List<Mention> mentions) {
    Map<String, String> out = new HashMap<>();
    for (Mention m : mentions) {
      if (m.type() != EntityType.PERSON) {
        continue;
      }
      String[] words = m.canonical().split(" ");
      if (words.length >= 2) {
        out.putIfAbsent(words[words.length - 1], m.canonical());
      }
    }
    return out;
  }

  /** Single-word person mentions and free capitalised words that are a known surname. */
  private List<Mention> bareSurnames(
      EntityRecognizer.Text text, List<Mention> mentions, Map<String, String> surnames) {
    boolean[] taken = new boolean[text.tokens.size()];
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      for (int i = m.first(); i <= m.last(); i++) {
        taken[i] = true;
      }
      String full = surnames.get(m.canonical());
      boolean single = m.first() == m.last();
      if (full != null && single && m.type() != EntityType.NORP) {
        Mention person = m.withCanonical(full).withType(EntityType.PERSON);
        // a place name that is someone's surname ("Medina") keeps no place's country
        out.add(m.type() == EntityType.PERSON ? person : person.withAttributes("", "", false));
      } else {
        out.add(m);
      }
    }
    for (int i = 0; i < text.tokens.size(); i++) {
      if (taken[i] || text.taken[i] || !text.capitalised(i)) {
        continue;
      }
      String full = surnames.get(text.word(i));
      if (full != null && !lexicon.isNotName(text.word(i))) {
        out.add(
            new Mention(
                i,
                i,
                text.tokens.get(i).span().start(),
                text.end[i],
                EntityType.PERSON,
                full,
                "",
                "",
                false));
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Every mention of a canonical name gets the best country and role any of them has. */
  private static List<Mention> propagate(List<Mention> mentions) {
    Map<String, String[]> best = new HashMap<>();
    for (int pass = 0; pass < 2; pass++) {
      for (Mention m : mentions) {
        if (m.type() == EntityType.NORP || (pass == 0 && !m.stated())) {
          continue;
        }
        String[] b = best.computeIfAbsent(key(m), k -> new String[] {"", ""});
        if (b[0].isEmpty()) {
          b[0] = m.country();
        }
        if (b[1].isEmpty()) {
          b[1] = m.role();
        }
      }
    }
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      String[] b = best.get(key(m));
      if (b == null || m.type() == EntityType.LOC) {
        out.add(m);
      } else {
        out.add(m.withAttributes(b[0], b[1], m.stated()));
      }
    }
    return out;
  }

  private static String key(Mention m) {
    return m.type() + "\t" + m.canonical();
  }

  private static List<Entity> entities(EntityRecognizer.Text text, List<Mention> mentions) {
    List<Entity> out = new ArrayList<>();
    for (Mention m : mentions) {
      Span span = new Span(m.start(), m.end());
      out.add(
          new Entity(span, span.of(text.chars), m.type(), m.canonical(), m.country(), m.role()));
    }
    return out;
  }
}
