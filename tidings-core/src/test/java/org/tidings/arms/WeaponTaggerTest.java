package org.tidings.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Span;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class WeaponTaggerTest extends AnnotatorContract {
  private static final WeaponTagger TAGGER = WeaponTagger.standard();

  @Override
  protected Annotator annotator() {
    return TAGGER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(Tokenizer.standard());
  }

  private List<Entity> weapons(String text) {
    return TAGGER.annotate(prepared(text)).entities().stream()
        .filter(e -> e.type() == EntityType.WEAPON)
        .toList();
  }

  private List<String> texts(String text) {
    return weapons(text).stream().map(Entity::text).toList();
  }

  @Test
  void tagsSmerchBeforeItsClass() {
    List<Entity> w =
        weapons("The president saw a Russian-made Smerch multiple-launch rocket system.");
    assertEquals("Smerch", w.get(0).text());
    assertEquals("9K58 Smerch", w.get(0).canonical());
    assertEquals("RUS", w.get(0).country());
    assertEquals("multiple-launch rocket systems", w.get(1).canonical());
  }

  @Test
  void tagsIskanderInAParadeSentence() {
    List<Entity> w = weapons("The parade showed Iskander ballistic missiles.");
    assertEquals(List.of("Iskander", "ballistic missiles"), w.stream().map(Entity::text).toList());
    assertEquals("9K720 Iskander", w.get(0).canonical());
  }

  @Test
  void tagsDesignationsByLongestMatch() {
    assertEquals(
        List.of("T-90S", "S-300PMU2", "Mi-17", "Bayraktar TB2"),
        texts("It bought T-90S, S-300PMU2 batteries, Mi-17 transports and a Bayraktar TB2."));
    assertEquals(
        List.of("S-300PMU2 Favorit", "9K720 Iskander"),
        weapons("the S-300PMU2 and the SS-26 Stone").stream().map(Entity::canonical).toList());
  }

  @Test
  void allowsPluralsAndVariantSpellings() {
    assertEquals(List.of("T-72s", "Mi17", "Mi 8"), texts("old T-72s, a Mi17 and a Mi 8"));
  }

  @Test
  void doesNotTagOrdinaryWords() {
    assertTrue(texts("A think tank said the fuel tank leaked; smerch is not a word.").isEmpty());
    assertTrue(texts("the iskander restaurant").isEmpty());
  }

  @Test
  void classesMatchInAnyCaseAcronymsOnlyInCapitals() {
    assertEquals(List.of("Tanks", "MLRS"), texts("Tanks and MLRS rolled by."));
    assertTrue(texts("mlrs").isEmpty());
  }

  @Test
  void keepsExistingEntitiesAndSkipsTaggedWeapons() {
    Analysis in = prepared("Azerbaijan bought Smerch launchers.");
    Entity loc = new Entity(new Span(0, 10), "Azerbaijan", EntityType.LOC, "Azerbaijan", "AZE", "");
    Entity weapon = new Entity(new Span(18, 24), "Smerch", EntityType.WEAPON, "Smerch", "RUS", "");
    Analysis out = TAGGER.annotate(in.withEntities(List.of(loc, weapon)));
    assertEquals(List.of(loc, weapon), out.entities());
  }

  @Test
  void ambiguousNamesNeedMilitaryWordsNearby() {
    WeaponGazetteer g =
        new WeaponGazetteer(
            List.of(
                new WeaponSystem(
                    "Eurocopter Tiger",
                    List.of("?Tiger"),
                    WeaponCategory.HELICOPTERS,
                    "FRA",
                    false)),
            List.of("Tiger Woods"));
    WeaponTagger tagger = new WeaponTagger(g);
    assertTrue(tagger.annotate(prepared("The Tiger roared at the zoo.")).entities().isEmpty());
    assertTrue(tagger.annotate(prepared("Tiger Woods won the Masters.")).entities().isEmpty());
    assertEquals(
        1,
        tagger.annotate(prepared("Australia ordered Tiger attack helicopters.")).entities().size());
  }
}
