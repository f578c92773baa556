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
            "");
    String actors =
        "RIVENDELL [RIV]\nLAKETOWN [LKT]\nDALE [DAL]\nTHRANDUIL\n\t[DALGOV 20000101-20101231]\n";
    String agents = "GOVERNMENT [~GOV]\nSOLDIER [~MIL]\nRELIEF_GROUP [NGO~]\n";
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
    return coder.code("", ParseTree.parse(tree), DATE).stream()
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
  void rejectsBrokenTrees() {
    assertThrows(IllegalArgumentException.class, () -> ParseTree.parse("(ROOT (S (NP x)"));
    assertThrows(IllegalArgumentException.class, () -> ParseTree.parse("(ROOT (S)) (X)"));
    assertEquals(List.of("A", "B"), ParseTree.parse("(ROOT (S (NN a) (NN b)))").words());
  }
}
