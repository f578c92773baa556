package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Role;
import org.tidings.model.Span;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class EntityRecognizerTest extends AnnotatorContract {
  private static final EntityRecognizer RECOGNIZER = EntityRecognizer.standard();

  /** Our own paraphrase of the reference article: headline, caption and body. */
  static final String STORY =
      "Azerbaijan Seeks More Russian Arms Supplies\n\n"
          + "Azerbaijan - President Ilham Aliyev (L) looks at a Russian-made Smerch rocket launcher"
          + " in Nakhichevan, 7Apr2014.\n\n"
          + "Azerbaijan is negotiating with Russia to buy more weapons, Azerbaijani President Ilham"
          + " Aliyev said on Thursday.\n\n"
          + "“We are talking about new purchases,” Aliyev told the Russian news agency RIA Novosti."
          + " “The Russian defense industry is well developed.”\n\n"
          + "Russia has sold some $5 billion worth of tanks and artillery to Azerbaijan under"
          + " contracts signed in 2009-2011. Armenian leaders stepped up their criticism after"
          + " Azerbaijan’s offensive in Nagorno-Karabakh last April.\n\n"
          + "Russian Prime Minister Dmitry Medvedev rejected the criticism after a visit to Yerevan."
          + " He said Russia sells arms to both Armenia and Azerbaijan to keep a balance in the"
          + " Karabakh conflict.\n\n"
          + "In August, Russian President Vladimir Putin dismissed the view in Armenia that Moscow"
          + " has raised the risk of war with its arms sales to Baku. Speaking after talks in the"
          + " Kremlin with his Armenian counterpart Serzh Sarkisian, he said Azerbaijan could buy"
          + " weapons elsewhere.\n\n"
          + "Putin also said that Russia gives military aid to Armenia, its main ally.\n\n"
          + "Sarkisian later called the Iskander missiles shown in Yerevan a deterrent.";

  @Override
  protected Annotator annotator() {
    return RECOGNIZER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(new Tokenizer());
  }

  private List<Entity> entities(String text) {
    return RECOGNIZER.annotate(prepared(text)).entities();
  }

  private static Optional<Entity> find(List<Entity> all, String text) {
    return all.stream().filter(e -> e.text().equals(text)).findFirst();
  }

  private static Entity the(List<Entity> all, String text) {
    return find(all, text).orElseThrow(() -> new AssertionError(text + " not found in " + all));
  }

  @Test
  void findsThePeopleOfTheStoryWithCountryAndRole() {
    List<Entity> all = entities(STORY);
    Entity aliyev = the(all, "Ilham Aliyev");
    assertEquals(EntityType.PERSON, aliyev.type());
    assertEquals("AZE", aliyev.country());
    assertEquals("head of state", aliyev.role(), "Azerbaijani President Ilham Aliyev");
    Entity medvedev = the(all, "Dmitry Medvedev");
    assertEquals(
        List.of("RUS", "head of government"), List.of(medvedev.country(), medvedev.role()));
    Entity putin = the(all, "Vladimir Putin");
    assertEquals(List.of("RUS", "head of state"), List.of(putin.country(), putin.role()));
    Entity sarkisian = the(all, "Serzh Sarkisian");
    assertEquals(List.of("ARM", "official"), List.of(sarkisian.country(), sarkisian.role()));
  }

  @Test
  void aSurnameThatIsAlsoAPlaceTakesNoPlacesCountry() {
    List<Entity> all =
        entities(
            "Defence Minister Carlos Medina signed the deal in Lima.\n\n"
                + "“It is a large order,” Medina told reporters.");
    Entity bare = the(all, "Medina");
    assertEquals(EntityType.PERSON, bare.type());
    assertEquals("Carlos Medina", bare.canonical());
    assertTrue(Set.of("", "PER").contains(bare.country()), "not the Saudi city's: " + bare);
  }

  @Test
  void bareSurnamesShareTheFullName() {
    List<Entity> all = entities(STORY);
    for (String[] pair :
        new String[][] {
          {"Aliyev", "Ilham Aliyev"}, {"Putin", "Vladimir Putin"}, {"Sarkisian", "Serzh Sarkisian"}
        }) {
      Entity e = the(all, pair[0]);
      assertEquals(EntityType.PERSON, e.type(), pair[0]);
      assertEquals(pair[1], e.canonical());
      assertFalse(e.country().isEmpty(), pair[0] + " has a country");
      assertEquals("GOV", Role.cameo(e.role()), pair[0]);
    }
  }

  @Test
  void findsTheNewsAgencyAndThePlaces() {
    List<Entity> all = entities(STORY);
    Entity ria = the(all, "RIA Novosti");
    assertEquals(
        List.of("ORG", "RUS", "media"), List.of(ria.type().name(), ria.country(), ria.role()));
    for (String place :
        List.of(
            "Azerbaijan",
            "Russia",
            "Armenia",
            "Nakhichevan",
            "Nagorno-Karabakh",
            "Yerevan",
            "Moscow",
            "Baku",
            "Karabakh")) {
      assertEquals(EntityType.LOC, the(all, place).type(), place);
    }
    Entity kremlin = the(all, "Kremlin");
    assertEquals(List.of("RUS", "government"), List.of(kremlin.country(), kremlin.role()));
    assertEquals("government", the(all, "Moscow").role(), "Moscow stands for the government");
    Entity possessive = all.stream().filter(e -> e.text().equals("Azerbaijan")).toList().get(4);
    assertEquals("AZE", possessive.country());
  }

  @Test
  void tagsDemonymsAsNationalities() {
    List<Entity> all = entities(STORY);
    Entity azerbaijani = the(all, "Azerbaijani");
    assertEquals(EntityType.NORP, azerbaijani.type());
    assertEquals("AZE", azerbaijani.country());
    assertEquals("RUS", the(all, "Russian").country());
    assertTrue(find(all, "Armenian").isPresent());
  }

  @Test
  void headlineWordsAreNotAllNames() {
    Analysis a = RECOGNIZER.annotate(prepared(STORY));
    List<String> inHeadline =
        a.entities().stream().filter(e -> e.span().end() <= 43).map(Entity::text).toList();
    assertEquals(List.of("Azerbaijan", "Russian"), inHeadline);
  }

  @Test
  void pageFurnitureIsNoName() {
    assertEquals(
        List.of(),
        entities("Facebook Forum\n\nXS\nSM\nMD\nLG").stream()
            .filter(e -> !e.text().equals("Facebook"))
            .toList());
  }

  @Test
  void titlesGiveCountryAndRole() {
    List<Entity> all =
        entities(
            "Kremlin spokesman Dmitry Peskov said that US Secretary of State John Kerry called.\n\n"
                + "NATO Secretary General Jens Stoltenberg told reporters in Brussels it would help.\n\n"
                + "Turkish Defence Minister Hulusi Akar met Iran’s Foreign Minister Javad Zarif.\n\n"
                + "Peskov declined to comment, the Interfax news agency reported.");
    assertEquals(List.of("RUS", "official"), attributes(the(all, "Dmitry Peskov")));
    assertEquals(List.of("USA", "minister"), attributes(the(all, "John Kerry")));
    assertEquals(List.of("TUR", "defence minister"), attributes(the(all, "Hulusi Akar")));
    assertEquals(List.of("IRN", "minister"), attributes(the(all, "Javad Zarif")));
    assertEquals(EntityType.PERSON, the(all, "Jens Stoltenberg").type());
    assertTrue(find(all, "General").isEmpty(), "a title is no name");
    assertEquals("Dmitry Peskov", the(all, "Peskov").canonical());
    assertEquals(List.of("RUS", "media"), attributes(the(all, "Interfax")));
  }

  @Test
  void aCaptionsLeadingCountryIsTheTitledPersonsCountry() {
    List<Entity> all =
        entities(
            "Georgia - Defence Minister Levan Beridze visits a base near Tbilisi, 3Mar2024.\n\n"
                + "Beridze said the systems would arrive next year.\n\n"
                + "In Lima - Defence Minister Carlos Medina spoke.");
    assertEquals(List.of("GEO", "defence minister"), attributes(the(all, "Levan Beridze")));
    assertEquals("GEO", the(all, "Beridze").country());
    assertEquals("", the(all, "Carlos Medina").country(), "only a caption's first word counts");
  }

  private static List<String> attributes(Entity e) {
    return List.of(e.country(), e.role());
  }

  @Test
  void keepsWhatEarlierStagesFound() {
    Analysis in = prepared("Aliyev inspected a Smerch launcher in Nakhichevan.");
    Entity weapon = new Entity(new Span(19, 25), "Smerch", EntityType.WEAPON, "Smerch");
    Analysis out = RECOGNIZER.annotate(in.withEntities(List.of(weapon)));
    assertTrue(out.entities().contains(weapon));
    assertEquals(1, out.entities().stream().filter(e -> e.span().overlaps(weapon.span())).count());
    assertEquals(EntityType.LOC, the(out.entities(), "Nakhichevan").type());
  }

  @Test
  void pronounUsIsNoCountry() {
    List<Entity> all = entities("He told us the U.S. would help. The US Army agreed.");
    assertTrue(find(all, "us").isEmpty());
    assertEquals("USA", the(all, "U.S.").country());
  }

  @Test
  void ministriesAreOrganisationsWithRoles() {
    List<Entity> all =
        entities(
            "The Russian Defence Ministry said on Monday that the Ministry of Foreign Affairs"
                + " of Armenia was wrong.");
    Entity mod = the(all, "Defence Ministry");
    assertEquals(
        List.of("ORG", "RUS", "military"), List.of(mod.type().name(), mod.country(), mod.role()));
    Entity mfa = the(all, "Ministry of Foreign Affairs of Armenia");
    assertEquals(
        List.of("ORG", "ARM", "government"), List.of(mfa.type().name(), mfa.country(), mfa.role()));
  }
}
