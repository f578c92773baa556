package org.tidings.arms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.pipeline.Annotator;

/**
 * Tags weapon systems and generic weapon classes as {@link EntityType#WEAPON} entities: canonical
 * name is the gazetteer's designation, country its producer. Keeps the entities already found and
 * adds no weapon that overlaps one already tagged; a name that is also an ordinary word or a first
 * name ("Tiger") is not tagged inside a person's name.
 */
public final class WeaponTagger implements Annotator {
  private final WeaponGazetteer gazetteer;

  public WeaponTagger(WeaponGazetteer gazetteer) {
    this.gazetteer = Objects.requireNonNull(gazetteer);
  }

  /** A tagger with the bundled gazetteer. */
  public static WeaponTagger standard() {
    return new WeaponTagger(WeaponGazetteer.standard());
  }

  @Override
  public Analysis annotate(Analysis analysis) {
    String text = analysis.article().text();
    List<WeaponGazetteer.Match> matches =
        analysis.tokens().isEmpty() ? gazetteer.scan(text) : gazetteer.scan(text, starts(analysis));
    if (matches.isEmpty()) {
      return analysis;
    }
    List<Entity> existing = analysis.entities();
    List<Entity> out = new ArrayList<>(existing);
    boolean added = false;
    for (WeaponGazetteer.Match m : matches) {
      if (clashes(m, existing)) {
        continue;
      }
      WeaponSystem s = m.system();
      out.add(
          new Entity(
              m.span(), m.span().of(text), EntityType.WEAPON, s.designation(), s.producer(), ""));
      added = true;
    }
    if (!added) {
      return analysis;
    }
    out.sort(Comparator.comparing(Entity::span));
    return analysis.withEntities(out);
  }

  private static int[] starts(Analysis analysis) {
    int[] starts = new int[analysis.tokens().size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = analysis.tokens().get(i).span().start();
    }
    return starts;
  }

  private static boolean clashes(WeaponGazetteer.Match m, List<Entity> existing) {
    for (Entity e : existing) {
      if (!e.span().overlaps(m.span())) {
        continue;
      }
      if (e.type() == EntityType.WEAPON) {
        return true;
      }
      if (e.type() == EntityType.PERSON && m.ambiguous()) {
        return true;
      }
    }
    return false;
  }
}
