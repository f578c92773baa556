package org.tidings.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.tidings.model.Diagnostic;

/** The tree coder on small dictionaries and trees written for these tests. */
class TreeCoderTest {
  private static TreeCoder coder;
  private static final LocalDate DATE = LocalDate.of(2001, 6, 1);

  private static InputStream text(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }

  @BeforeAll
  static void dictionaries() throws IOException {
    List<Diagnostic> problems = new ArrayList<>();
    String verbs =
        String.join(
            "\n",
            "--- CRITICIZE [111] ---",
            "CRITICIZE",
            "- NOT * [---]",
            "",
            "--- ARRIVE [042:043] ---",
            "ARRIVE",
            "",
            "--- MEET [040] ---",
            "MEET {MET}",
            "- * AT ^ WITH + [044]",
            "",
            "--- FREE [084] ---",
            "FREE",
            "",
            "--- SAID [023] ---",
            "SAID",
            "",
            "--- HAIL [051] ---",
            "HAIL",
            "- + WELCOMING * GUESTS $ [052]",
            "- NOTED + * [053]",
            "",
            "--- SEIZE [211] ---",
            "SEIZE",
            "SHADOW_+BOX {SHADOW_+BOXED} [181]",
            "",
            "--- SHOULD [101] ---",
            "SHOULD",
            "");
    String actors =
        "RIVENDELL [RIV]\nLAKETOWN [LKT]\nDALE [DAL]\nTHRANDUIL\n\t[DALGOV 20000101-20101231]\n"
            + "LAKETOWN GUARD [LKTGRD]\nDALE_BOWMEN [DALBOW]\n";
    String agents =
        "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nRELIEF_GROUP [NGO~]\nMEDIA {} [~MED]\n"
            + "LOYALIST [~LOY]\nOFFICIAL [~GOV]\n";
    coder =
        new TreeCoder(
            PetrarchVerbs.read(text(verbs), "v", problems),
            PetrarchActors.read(text(actors), "a", problems),
            PetrarchAgents.read(text(agents), "g", problems),
            PetrarchDiscards.read(text("CHESS TOURNAMENT\n"), "d", problems),
            true);
    assertEquals(List.of(), problems);
  }

  private static List<String> code(String tree) {
    return code(coder, tree);
  }

  private static List<String> code(TreeCoder with, String tree) {
    return with.code("", ParseTree.parse(tree), DATE).stream()
        .map(c -> c.source() + " " + c.target() + " " + c.code())
        .toList();
  }

  @Test
  void codesSubjectVerbObject() {
    assertEquals(
        List.of("RIV LKT 111"),
        code("(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NNP Laketown))) (. .)))"));
  }

  @Test
  void addsAgentsAndUsesDatedCodes() {
    assertEquals(
        List.of("RIVGOV DALGOV 111"),
        code(
            "(ROOT (S (NP (NP (NNP Rivendell) (POS 's)) (NN government)) (VP (VBD criticized)"
                + " (NP (NNP Thranduil))) (. .)))"));
    assertEquals(
        List.of("LKTMIL RIV 111"),
        code(
            "(ROOT (S (NP (NP (NNS Soldiers)) (PP (IN from) (NP (NNP Laketown)))) (VP (VBD"
                + " criticized) (NP (NNP Rivendell)))))"));
  }

  @Test
  void codesOneEventPerDyadAndPairedCodes() {
    assertEquals(
        List.of("RIV LKT 042", "LKT RIV 043", "DAL LKT 042", "LKT DAL 043"),
        code(
            "(ROOT (S (NP (NNP Rivendell) (CC and) (NNP Dale)) (VP (VBD arrived) (PP (IN in)"
                + " (NP (NNP Laketown))))))"));
  }

  @Test
  void inheritsTheSubjectIntoEmbeddedClauses() {
    assertEquals(
        List.of("RIV LKT 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBZ is) (VP (IN about) (S (VP (TO to) (VP (VB"
                + " criticize) (NP (NNP Laketown)))))))))"));
  }

  @Test
  void usesPatternsWithMarkers() {
    assertEquals(
        List.of("RIV DAL 044"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD met) (PP (IN at) (NP (NNP Laketown))) (PP (IN"
                + " with) (NP (NNP Dale))))))"));
    assertEquals(
        List.of(),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD did) (RB not) (VP (VB criticize) (NP (NNP"
                + " Laketown))))))"));
  }

  @Test
  void turnsThePassiveAround() {
    assertEquals(
        List.of("LKT RIV 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD was) (VP (VBN criticized) (PP (IN by) (NP"
                + " (NNP Laketown)))))))"));
  }

  @Test
  void dropsDiscardedSentences() {
    assertEquals(
        List.of(),
        coder.code(
            "Rivendell criticized Laketown at the chess tournament.",
            ParseTree.parse(
                "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NNP Laketown)))))"),
            DATE));
  }

  @Test
  void codesAnUnknownTargetOnlyWhenDyadsAreNotRequiredAndTheVerbHasAnObject() {
    String onSaturday =
        "(ROOT (S (NP (DT a) (NNP Dale) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP"
            + " Saturday)))) (. .)))";
    String today = "(ROOT (S (NP (DT a) (NN official)) (VP (VBD said) (NP-TMP (NN today)))))";
    assertEquals(List.of(), code(onSaturday));
    TreeCoder loose = coder.withRequireDyad(false);
    assertEquals(List.of("DALGOV --- 023"), code(loose, onSaturday));
    assertEquals(List.of(), code(loose, today));
    // a clause inside a coded verb phrase adds no target-less event
    assertEquals(
        List.of("RIV LKT 111"),
        code(
            loose,
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NNP Laketown)) (SBAR (IN"
                + " after) (S (NP (NNP Dale) (NNS crowds)) (VP (VBD said) (PP (IN on) (NP (NNP"
                + " Saturday)))))))))"));
  }

  @Test
  void readsMarkersBeforeTheVerb() {
    // "+ WELCOMING * GUESTS $": the target stands before the verb, the source after it
    assertEquals(
        List.of("DAL RIV 052"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBZ is) (VP (VBG welcoming) (S (NP (NNP"
                + " Laketown)) (VP (TO to) (VP (VB hail) (NP (NP (NNS guests)) (PP (IN from)"
                + " (NP (NNP Dale)))))))))))"));
    // "NOTED + *": the marked target is the verb's own subject, so the source is the one who
    // noted it
    assertEquals(
        List.of("RIVGOV LKT 053"),
        code(
            "(ROOT (S (NP (NP (NNP Rivendell) (POS 's)) (NN government)) (VP (VBD noted) (SBAR"
                + " (IN that) (S (NP (NNP Laketown)) (VP (VBD hailed) (NP (DT the) (NN"
                + " decision))))))))"));
  }

  @Test
  void findsMultiwordVerbsWhoseFirstWordTheParserPutElsewhere() {
    assertEquals(
        List.of("RIV DAL 181"),
        code("(ROOT (S (NP (NNP Rivendell) (NN shadow)) (VP (VBD boxed) (NP (NNP Dale)))))"));
    assertEquals(
        List.of("RIV DAL 181"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (MD will) (VP (VB shadow) (VP (VB box) (NP (NNP"
                + " Dale)))))))"));
  }

  @Test
  void givesTheSubjectOnlyToPhrasesAfterIt() {
    assertEquals(
        List.of(),
        code(
            "(ROOT (S (S (VP (VBN Criticized) (PP (IN by) (NP (NNP Dale))))) (, ,) (NP (NNP"
                + " Rivendell)) (VP (VBD met) (NP (NN nobody)))))"));
  }

  @Test
  void namesNewActorsFromShortUnknownNounPhrasesWhenAsked() {
    String tree =
        "(ROOT (S (NP (NP (NNP Bard) (POS 's)) (NN archer) (NNP Bain)) (VP (VBD criticized)"
            + " (NP (NP (DT the) (NNP Master)) (PP (IN of) (NP (NNP Esgaroth)))))))";
    assertEquals(List.of(), code(tree));
    assertEquals(
        List.of("\"BARD ARCHER BAIN\" \"THE MASTER OF ESGAROTH\" 111"),
        code(coder.withNewActorLength(4), tree));
    // too long as a whole, its head phrase still names one
    assertEquals(
        List.of("\"BARD ARCHER BAIN\" \"THE MASTER\" 111"),
        code(coder.withNewActorLength(3), tree));
    assertEquals(List.of(), code(coder.withNewActorLength(2), tree));
  }

  @Test
  void sharesModifiersAmongConjoinedAgents() {
    assertEquals(
        List.of("DALLOYMED LKT 111", "DALLOYGOV LKT 111"),
        code(
            "(ROOT (S (NP (DT The) (NNP Dale) (JJ loyalist) (NNS media) (CC and) (NN"
                + " government)) (VP (VBD criticized) (NP (NNP Laketown)))))"));
  }

  @Test
  void findsTheTargetAmongTheObjectsOfASubordinateClause() {
    assertEquals(
        List.of("RIV LKT 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (SBAR (IN whether) (S (NP (PRP"
                + " it)) (VP (VBZ has) (NP (NP (DT a) (NN future)) (PP (IN with) (NP (NNP"
                + " Laketown))))))))))"));
    // a compound subject without an object acts on itself before that
    assertEquals(
        List.of("RIV DAL 111", "DAL RIV 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell) (CC and) (NNP Dale)) (VP (VBD criticized) (NP (PRP$"
                + " their) (NN meeting)) (SBAR (IN after) (S (NP (NNS elves)) (VP (VBD met) (PP"
                + " (IN in) (NP (NNP Laketown)))))))))"));
  }

  @Test
  void findsTheTargetDeepInAComplementThatBecomesPartOfTheEvent() {
    assertEquals(
        List.of("RIV DAL 023"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBZ is) (VP (VBN said) (S (VP (TO to) (VP (VB be)"
                + " (ADJP (RB about) (S (VP (TO to) (VP (VB free) (NP (NNP Dale)))))))))))))"));
  }

  @Test
  void takesASubjectlessComplementAsPartOfTheCodedEvent() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NNS efforts)) (S (VP (TO"
                + " to) (VP (VB free) (NP (NNP Dale))))))))"));
  }

  @Test
  void findsTheTargetInTheFirstOfConjoinedClausesAndReportsAnEventOnce() {
    assertEquals(
        List.of("RIV LKT 023"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD said) (SBAR (S (S (NP (PRP it)) (VP (VBZ"
                + " has) (NP (NP (NN trust) (PP (IN in) (NP (NNP Laketown)))) (CC and) (NP (NP"
                + " (NNP Laketown) (POS 's)) (NN king))))) (CC and) (S (NP (PRP it)) (VP (VBZ"
                + " is) (ADJP (JJ glad)))))))))"));
  }

  @Test
  void givesASubjectlessConjoinedClauseTheSubjectOfTheClauseBefore() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (S (NP (NNP Rivendell)) (VP (VBD met) (NP (NN nobody)))) (CC and) (S (VP"
                + " (VBG criticizing) (NP (NN Dale))))))"));
  }

  @Test
  void looksIntoAParticipleClauseForTheObject() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NN nobody)) (PP (IN"
                + " against) (S (VP (VBN besieged) (NP (NNP Dale))))))))"));
  }

  @Test
  void looksIntoAVerbChainForTheTargetButNotPastAModal() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (VP (VBN linked) (PP (TO to) (NP"
                + " (NNP Dale)))))))"));
    assertEquals(
        List.of(),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (MD should) (VP (VB rest) (PP (IN in) (NP (NNP"
                + " Dale)))))))"));
  }

  @Test
  void givesAParticipleInANounPhraseThatNounAsSubject() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (NP (NP (NNP Rivendell) (NNS envoys)) (VP (VBG criticizing) (NP (NNP"
                + " Dale)))) (VP (VBD left))))"));
  }

  @Test
  void readsAVerblessSmallClauseAsAnObjectInItsPlace() {
    assertEquals(
        List.of("RIV DAL 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell)) (VP (VBD criticized) (S (ADJP (VBN linked) (PP (TO"
                + " to) (NP (NNP Dale))))) (PP (IN in) (NP (NNP Laketown))))))"));
  }

  @Test
  void makesACompoundSubjectActOnItselfOnlyOverAnObject() {
    assertEquals(
        List.of("RIV DAL 111", "DAL RIV 111"),
        code(
            "(ROOT (S (NP (NNP Rivendell) (CC and) (NNP Dale)) (VP (VBD criticized) (NP (PRP$"
                + " their) (NN treaty)))))"));
    assertEquals(
        List.of(),
        code(
            "(ROOT (S (NP (NNP Rivendell) (CC and) (NNP Dale)) (VP (VBD criticized) (PP (IN on)"
                + " (NP (NNP Friday))))))"));
  }

  @Test
  void survivesEmptyPhrases() {
    assertEquals(
        List.of(),
        code("(ROOT (S (NP (NNP Rivendell)) (VP (VBD was) (VP (VBN criticized) (PP) (NP)))))"));
    assertEquals(List.of(), code("(ROOT (S (NP) (VP (VBD criticized) (NP (NNP Dale)))))"));
  }

  @Test
  void letsWordsStandBetweenWordsOfAnActorPhraseWrittenWithABlank() {
    assertEquals(
        List.of("LKTGRD DAL 111"),
        code(
            "(ROOT (S (NP (NNP Laketown) (JJ old) (NN city) (NN guard)) (VP (VBD criticized) (NP"
                + " (NNP Dale)))))"));
    // "_" joins words that must be adjacent; three words between are too many
    assertEquals(
        List.of("DAL LKT 111"),
        code(
            "(ROOT (S (NP (NNP Dale) (JJ royal) (NNS bowmen)) (VP (VBD criticized) (NP (NNP"
                + " Laketown) (JJ old) (JJ proud) (NN city) (NN guard)))))"));
  }

  @Test
  void dropsAShortFinalCommaClauseWhenAsked() {
    String tree =
        "(ROOT (S (S (NP (NNP Rivendell)) (VP (VBD criticized) (NP (NNP Laketown)))) (, ,) (NP"
            + " (DT a) (NNP Dale) (NN official)) (VP (VBD said) (PP (IN on) (NP (NNP Saturday))))"
            + " (. .)))";
    TreeCoder loose = coder.withRequireDyad(false);
    assertEquals(List.of("RIV LKT 111", "DALGOV --- 023"), code(loose, tree));
    assertEquals(List.of("RIV LKT 111"), code(loose.withEndClause(2, 8), tree));
    assertEquals(List.of("RIV LKT 111", "DALGOV --- 023"), code(loose.withEndClause(2, 5), tree));
  }

  @Test
  void rejectsBrokenTrees() {
    assertThrows(IllegalArgumentException.class, () -> ParseTree.parse("(ROOT (S (NP x)"));
    assertThrows(IllegalArgumentException.class, () -> ParseTree.parse("(ROOT (S)) (X)"));
    assertEquals(List.of("A", "B"), ParseTree.parse("(ROOT (S (NN a) (NN b)))").words());
  }
}
