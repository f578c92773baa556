package org.tidings.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.tidings.model.Diagnostic;

/** Readers of PETRARCH dictionaries, on small dictionaries written for these tests. */
class PetrarchDictionariesTest {
  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  private static final String VERBS =
      String.join(
          "\n",
          "<!-- a test verb dictionary -->",
          "&MONEY",
          "# a comment inside a synset",
          "+COIN",
          "+GOLD_BAR_",
          "",
          "--- GIVE  [070]  ---",
          "GIVE {GAVE GIVEN GIVES GIVING}  # irregular",
          "DONATE",
          "+HAND_OVER {+HANDS_OVER +HANDED_OVER}",
          "- * &MONEY TO +  [071]  # money",
          "- $ PROMISED_TO_*  [033:034]",
          "- * WEAPONS [072",
          "- * &NOSUCH [079]",
          "",
          "--- PRAISE [051] ---",
          "PRAISE",
          "- NOT * [---]",
          "");

  @Test
  void readsSynsetsBlocksPatternsAndPairedCodes() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchVerbs v = PetrarchVerbs.read(text(VERBS), "test.verbs", problems);
    assertEquals(
        List.of(List.of("COIN"), List.of("COINS"), List.of("GOLD", "BAR")), v.synset("&MONEY"));
    PetrarchVerbs.Verb gave = v.verb("gave");
    assertNotNull(gave);
    assertEquals("GIVE", gave.block().name());
    assertEquals("070", gave.code().code());
    assertNotNull(v.verb("DONATED"));
    assertNotNull(v.verb("DONATING"));
    assertNotNull(v.verb("HANDED OVER"));
    List<PetrarchVerbs.Pattern> patterns = gave.block().patterns();
    assertEquals(3, patterns.size()); // the one with an undefined synset is kept, with a warning
    assertEquals("071", patterns.get(0).code().code());
    assertEquals("+", patterns.get(0).lower().get(2).text());
    PetrarchVerbs.Pattern paired = patterns.get(1);
    assertEquals(new PetrarchCode("033", "034"), paired.code());
    assertEquals("PROMISED", paired.upper().get(1).text());
    assertTrue(paired.upper().get(1).adjacent());
    assertFalse(v.verb("PRAISES").block().patterns().get(0).code().isEvent());
  }

  @Test
  void reportsBadVerbLinesWithFileAndLine() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchVerbs.read(text(VERBS), "test.verbs", problems);
    assertEquals(2, problems.size(), problems.toString());
    assertEquals("test.verbs:13", problems.get(0).location());
    assertEquals(Diagnostic.Severity.ERROR, problems.get(0).severity());
    assertEquals("test.verbs:14", problems.get(1).location());
    assertTrue(problems.get(1).message().contains("&NOSUCH"));
  }

  private static final String ACTORS =
      String.join(
          "\n",
          "ERIADOR_ [ERI]",
          "+ERIADORIAN",
          "ANNATAR  ; a ruler with a past",
          "\t[ERIGOV 950101-991231]",
          "\t[ERIREB >000101]",
          "\t[ERIELI <941231]",
          "LONELY_PEAK [LPK]",
          "\t[LPKGOV 1999-01-01]",
          "\t[LPKMIL <99013]",
          "");

  @Test
  void findsSynsetPhrasesStartingOrEndingAtAWord() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchVerbs v =
        PetrarchVerbs.read(
            text("&COIN_\n+GOLD PIECE\n+SILVER\n+PIECE\n\n--- PAY [071] ---\nPAY\n"),
            "v",
            problems);
    assertEquals(List.of(), problems);
    List<String> words = List.of("PAID", "IN", "GOLD", "PIECE");
    assertEquals(2, v.synsetAt("&COIN", words, 2));
    assertEquals(1, v.synsetAt("&COIN", words, 3));
    assertEquals(-1, v.synsetAt("&COIN", words, 1));
    assertEquals(-1, v.synsetAt("&NONE", words, 2));
    assertEquals(2, v.synsetEndingAt("&COIN", words, 4)); // the first in file order
    assertEquals(-1, v.synsetEndingAt("&COIN", words, 3));
  }

  @Test
  void dropsTheDoubtMarkOfACode() {
    assertEquals(new PetrarchCode("023", ""), PetrarchCode.parse("023?"));
    assertEquals(new PetrarchCode("032", "033"), PetrarchCode.parse(" 032:033 "));
  }

  @Test
  void matchesActorPhrasesWithBlanksAcrossAFewWords() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchActors a =
        PetrarchActors.read(text("ESGAROTH GUARD [ESGMIL]\nDALE_BOWMEN [DALMIL]\n"), "a", problems);
    assertEquals(List.of(), problems);
    List<String> words = List.of("ESGAROTH", "TOWN", "GUARD", "DALE", "ROYAL", "BOWMEN");
    var loose = a.looseAt(words, 0, 2).orElseThrow();
    assertEquals("ESGMIL", loose.getKey().code());
    assertEquals(3, loose.getValue());
    assertTrue(a.looseAt(words, 0, 0).isEmpty());
    assertTrue(a.looseAt(words, 3, 2).isEmpty()); // "_": adjacent only
    assertTrue(a.looseAt(List.of("ESGAROTH", "AND", "GUARD"), 0, 2).isEmpty());
  }

  @Test
  void readsActorsWithDateRestrictedCodes() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchActors a = PetrarchActors.read(text(ACTORS), "test.actors", problems);
    assertEquals(3, a.actors().size());
    List<String> words = List.of("THE", "ERIADORIAN", "ANNATAR");
    Map.Entry<PetrarchActors.Actor, Integer> eri = a.longestAt(words, 1).orElseThrow();
    assertEquals("ERI", eri.getKey().codeOn(LocalDate.of(2000, 1, 1)));
    PetrarchActors.Actor annatar = a.longestAt(words, 2).orElseThrow().getKey();
    assertEquals("ERIGOV", annatar.codeOn(LocalDate.of(1995, 1, 1)));
    assertEquals("ERIGOV", annatar.codeOn(LocalDate.of(1999, 12, 31)));
    assertEquals("ERIREB", annatar.codeOn(LocalDate.of(2003, 5, 1)));
    assertEquals("ERIELI", annatar.codeOn(LocalDate.of(1990, 5, 1)));
    assertEquals("", annatar.codeOn(null), "an unknown day takes the undated code");
    assertEquals(2, problems.size());
    assertEquals("test.actors:8", problems.get(0).location());
    assertEquals("test.actors:9", problems.get(1).location());
  }

  @Test
  void mergesSeveralActorFilesInOrder() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchActors one = PetrarchActors.read(text("ESGAROTH GUARD [ESGMIL]\n"), "a", problems);
    PetrarchActors two = PetrarchActors.read(text("DALE_BOWMEN [DALMIL]\n"), "b", problems);
    PetrarchActors both = PetrarchActors.merge(List.of(one, two));
    assertEquals(2, both.actors().size());
    List<String> words = List.of("ESGAROTH", "HARBOUR", "GUARD", "AND", "DALE", "BOWMEN");
    assertEquals("ESGMIL", both.looseAt(words, 0, 2).orElseThrow().getKey().code());
    assertEquals("DALMIL", both.longestAt(words, 4).orElseThrow().getKey().code());
    assertEquals(List.of(), problems);
  }

  @Test
  void readsAgentsWithPluralsPrefixesAndSubstitutions() throws IOException {
    String agents =
        String.join(
            "\n",
            "!PEOPLE! = MAN, MEN",
            "ENVOY [~GOV]",
            "POLICE {} [~COP]",
            "GOOSE {GEESE} [~GGS]",
            "RELIEF_BODY [NGO~]",
            "SPOKES!PEOPLE! [~GOV]",
            "BROKEN [GOV]",
            "");
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchAgents a = PetrarchAgents.read(text(agents), "test.agents", problems);
    List<String> w = List.of("ENVOYS", "POLICE", "POLICES", "GEESE", "RELIEF", "BODY", "SPOKESMEN");
    assertEquals("GOV", a.longestAt(w, 0).orElseThrow().getKey().code());
    assertTrue(a.longestAt(w, 1).isPresent());
    assertTrue(a.longestAt(w, 2).isEmpty());
    assertEquals("GGS", a.longestAt(w, 3).orElseThrow().getKey().code());
    PetrarchAgents.Agent ngo = a.longestAt(w, 4).orElseThrow().getKey();
    assertTrue(ngo.prefix());
    assertEquals(2, a.longestAt(w, 4).orElseThrow().getValue());
    assertTrue(a.longestAt(w, 6).isPresent());
    assertEquals(1, problems.size());
    assertEquals("test.agents:7", problems.get(0).location());
  }

  @Test
  void readsDiscardsAndIssues() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    PetrarchDiscards d =
        PetrarchDiscards.read(text("+TENNIS OPEN\nFOOTBALL_\nDRAGONBALL\n"), "d", problems);
    assertEquals(PetrarchDiscards.Scope.STORY, d.find("At the Tennis Open today").get().scope());
    assertTrue(d.find("a footballer").isEmpty());
    assertTrue(d.find("the football match").isPresent());
    assertTrue(d.find("dragonballs").isPresent());
    PetrarchDiscards ordered =
        PetrarchDiscards.read(text("TENNIS OPEN_\nOPEN_\nZZ_\n"), "d", problems);
    assertEquals("TENNIS OPEN", ordered.find("the open, tennis open").get().phrase());
    assertEquals("OPEN", ordered.find("open tennis").get().phrase());
    assertEquals("ZZ", ordered.find("ZZ  top").get().phrase());
    assertTrue(ordered.find("zzz opener").isEmpty());
    PetrarchIssues i =
        PetrarchIssues.read(
            text(
                "<ISSUE CATEGORY=\"X\">\nn:treaty [TREATY]\npre+n:school [SCHOOL]\n"
                    + "v:smuggle arms [SMUGGLING]\n~peace treaty\nno code here\n</ISSUE>\n"),
            "i",
            problems);
    assertEquals(Map.of("TREATY", 1), i.find("Two treaties were signed."));
    assertEquals(Map.of("SCHOOL", 1), i.find("a pre-schools plan"));
    assertEquals(Map.of("SMUGGLING", 1), i.find("They smuggled arms."));
    assertEquals(Map.of(), i.find("A peace treaty."));
    assertEquals(1, problems.size());
    assertEquals("i:6", problems.get(0).location());
  }
}
