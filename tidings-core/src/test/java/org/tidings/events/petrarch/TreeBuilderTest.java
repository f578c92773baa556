package org.tidings.events.petrarch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.syntax.DependencyTree;

/** Dependency trees written by hand, turned into the Penn trees PETRARCH's coder expects. */
class TreeBuilderTest {
  private static final TreeBuilder BUILDER = TreeBuilder.standard();

  /**
   * A tree from lines "word UPOS head relation", heads numbered from 1 as in CoNLL-U (0 = root).
   */
  private static DependencyTree tree(String... lines) {
    List<String> words = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    List<Integer> heads = new ArrayList<>();
    List<String> relations = new ArrayList<>();
    for (String line : lines) {
      String[] f = line.split(" ");
      words.add(f[0]);
      tags.add(f[1]);
      heads.add(Integer.parseInt(f[2]) - 1);
      relations.add(f[3]);
    }
    return new DependencyTree(words, tags, heads, relations);
  }

  private static String build(String... lines) {
    return BUILDER.build(tree(lines)).bracketed();
  }

  @Test
  void simpleClause() {
    assertEquals(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD opposed) (NP (DT the) (JJ new) (NN treaty))) (. .)))",
        build(
            "Arnor PROPN 2 nsubj",
            "opposed VERB 0 root",
            "the DET 5 det",
            "new ADJ 5 amod",
            "treaty NOUN 2 obj",
            ". PUNCT 2 punct"));
  }

  @Test
  void passiveNestsTheAuxiliaryVerbPhrase() {
    assertEquals(
        "(ROOT (S (NP (NNP Gondor)) (VP (VBD was) (VP (VBN opposed) (PP (IN by) (NP (NNP"
            + " Arnor))))) (. .)))",
        build(
            "Gondor PROPN 3 nsubj:pass",
            "was AUX 3 aux:pass",
            "opposed VERB 0 root",
            "by ADP 5 case",
            "Arnor PROPN 3 obl:agent",
            ". PUNCT 3 punct"));
  }

  @Test
  void modalNegationAndParticle() {
    assertEquals(
        "(ROOT (S (NP (PRP They)) (VP (MD will) (RB not) (VP (VB call) (PRT (RP off)) (NP (DT the)"
            + " (NNS talks))))))",
        build(
            "They PRON 4 nsubj",
            "will AUX 4 aux",
            "not PART 4 advmod",
            "call VERB 0 root",
            "off ADP 4 compound:prt",
            "the DET 7 det",
            "talks NOUN 4 obj"));
  }

  @Test
  void infinitiveComplementAndCopula() {
    assertEquals(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBZ is) (ADJP (JJ about)) (S (VP (TO to) (VP (VB restore)"
            + " (NP (NNS ties))))))))",
        build(
            "Arnor PROPN 3 nsubj",
            "is AUX 3 cop",
            "about ADJ 0 root",
            "to PART 5 mark",
            "restore VERB 3 xcomp",
            "ties NOUN 5 obj"));
  }

  @Test
  void subordinateClausesAndGerunds() {
    assertEquals(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD said) (SBAR (IN that) (S (NP (NNP Gondor)) (VP (VBD"
            + " left) (PP (IN after) (S (VP (VBG visiting) (NP (NNP Rohan)))))))))))",
        build(
            "Arnor PROPN 2 nsubj",
            "said VERB 0 root",
            "that SCONJ 5 mark",
            "Gondor PROPN 5 nsubj",
            "left VERB 2 ccomp",
            "after SCONJ 7 mark",
            "visiting VERB 5 advcl",
            "Rohan PROPN 7 obj"));
  }

  @Test
  void coordinatedNounsVerbsAndClauses() {
    assertEquals(
        "(ROOT (S (NP (NNP Arnor) (CC and) (NNP Gondor)) (VP (VP (VBD met)) (CC and) (VP (VBD"
            + " signed) (NP (DT an) (NN accord))))))",
        build(
            "Arnor PROPN 4 nsubj",
            "and CCONJ 3 cc",
            "Gondor PROPN 1 conj",
            "met VERB 0 root",
            "and CCONJ 6 cc",
            "signed VERB 4 conj",
            "an DET 8 det",
            "accord NOUN 6 obj"));
    assertEquals(
        "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD left))) (, ,) (CC but) (S (NP (NNP Gondor)) (VP"
            + " (VBD stayed))) (. .)))",
        build(
            "Arnor PROPN 2 nsubj",
            "left VERB 0 root",
            ", PUNCT 6 punct",
            "but CCONJ 6 cc",
            "Gondor PROPN 6 nsubj",
            "stayed VERB 2 conj",
            ". PUNCT 2 punct"));
  }

  @Test
  void conjunctsWithModifiersNestAndSharedModifiersTakeTheWhole() {
    assertEquals(
        "(ROOT (NP (NP (NP (DT the) (NNS lions)) (CC and) (NP (DT the) (NNP Gondor))) (PP (IN in)"
            + " (NP (NNP Arnor)))))",
        build(
            "the DET 2 det",
            "lions NOUN 0 root",
            "and CCONJ 5 cc",
            "the DET 5 det",
            "Gondor PROPN 2 conj",
            "in ADP 7 case",
            "Arnor PROPN 2 nmod"));
  }

  @Test
  void closingReportStandsBesideTheMainClause() {
    // the parser hung "official" from the verb of the main clause and read "said" as its modifier
    assertEquals(
        "(ROOT (S (S (NP (NNP Arnor)) (VP (VBD left) (NP (NNP Gondor)))) (, ,) (NP (DT an) (NN"
            + " official)) (VP (VBD said)) (. .)))",
        build(
            "Arnor PROPN 2 nsubj",
            "left VERB 0 root",
            "Gondor PROPN 2 obj",
            ", PUNCT 6 punct",
            "an DET 6 det",
            "official NOUN 3 appos",
            "said VERB 6 acl",
            ". PUNCT 2 punct"));
  }

  @Test
  void strayAdjectiveAndStackedSubjectJoinTheSubject() {
    assertEquals(
        "(ROOT (S (NP (JJ Russian) (NN police) (NNP WFNA)) (VP (VBD arrested) (NP (NNS students)))))",
        build(
            "Russian ADJ 4 advmod",
            "police NOUN 4 nsubj",
            "WFNA PROPN 4 nsubj",
            "arrested VERB 0 root",
            "students NOUN 4 obj"));
  }

  @Test
  void subordinatorReadAsPrepositionIntroducesAClause() {
    // "after" taken for the preposition of "crowds", and "burned" left without a subject
    assertEquals(
        "(ROOT (S (NP (NNP Arnor)) (VP (VBD left) (SBAR (NP (CD five) (NNS years)) (IN after) (S"
            + " (NP (NNS crowds)) (VP (VBD burned) (NP (PRP it))))))))",
        build(
            "Arnor PROPN 2 nsubj",
            "left VERB 0 root",
            "five NUM 4 nummod",
            "years NOUN 7 nsubj",
            "after ADP 6 case",
            "crowds NOUN 4 nmod",
            "burned VERB 2 advcl",
            "it PRON 7 obj"));
  }

  @Test
  void nounRootWithReducedRelativeBecomesItsSubject() {
    assertEquals(
        "(ROOT (S (NP (NNP Gollum)) (VP (VBD called) (PP (IN on) (NP (NNP Gondor)))) (. .)))",
        build(
            "Gollum PROPN 0 root",
            "called VERB 1 acl",
            "on ADP 4 case",
            "Gondor PROPN 2 obl",
            ". PUNCT 1 punct"));
  }

  @Test
  void infinitiveAfterTheObjectComplementsTheVerb() {
    assertEquals(
        "(ROOT (S (NP (NNP Gollum)) (VP (VBD abandoned) (NP (NNS efforts)) (S (VP (TO to) (VP (VB"
            + " stop) (NP (DT the) (NN parade))))))))",
        build(
            "Gollum PROPN 2 nsubj",
            "abandoned VERB 0 root",
            "efforts NOUN 2 obj",
            "to PART 5 mark",
            "stop VERB 3 acl",
            "the DET 7 det",
            "parade NOUN 5 obj"));
  }

  @Test
  void listedAdjectivesAndSubjectsOfNounsModifyTheNoun() {
    assertEquals(
        "(ROOT (S (NP (NNP German) (NNS activists)) (VP (VBD restored) (NP (JJ complete) (, ,) (JJ"
            + " full) (NNS ties)))))",
        build(
            "German PROPN 2 nsubj",
            "activists NOUN 3 nsubj",
            "restored VERB 0 root",
            "complete ADJ 3 xcomp",
            ", PUNCT 7 punct",
            "full ADJ 7 amod",
            "ties NOUN 3 conj"));
  }

  @Test
  void crossingArcsStillGiveTheWordsInOrder() {
    // "Arnor" hangs from "Gondor" across "met": no constituency tree keeps that order
    ParseTree t =
        BUILDER.build(
            tree(
                "Arnor PROPN 4 nmod",
                "met VERB 0 root",
                "yesterday NOUN 2 obl",
                "Gondor PROPN 2 obj"));
    assertEquals(List.of("ARNOR", "MET", "YESTERDAY", "GONDOR"), t.words());
  }

  @Test
  void wordsHangingFromPunctuationAreKept() {
    assertEquals(
        List.of("ARNOR", "LEFT", ".", "GONDOR"),
        BUILDER
            .build(
                tree(
                    "Arnor PROPN 2 nsubj",
                    "left VERB 0 root",
                    ". PUNCT 2 punct",
                    "Gondor PROPN 3 obj"))
            .words());
  }

  @Test
  void nounPhrasesNestTheirModifiersAndRelativeClauses() {
    assertEquals(
        "(ROOT (NP (NP (NP (NNP Gondor) (POS 's)) (NN army)) (PP (IN of) (NP (NNP Minas)"
            + " (NNP Tirith))) (SBAR (WHNP (WDT which)) (S (VP (VBD fled))))))",
        build(
            "Gondor PROPN 3 nmod:poss",
            "'s PART 1 case",
            "army NOUN 0 root",
            "of ADP 5 case",
            "Minas PROPN 3 nmod",
            "Tirith PROPN 5 flat",
            "which PRON 8 nsubj",
            "fled VERB 3 acl:relcl"));
  }

  @Test
  void codesWhatItBuilds() {
    // the coder's own test dictionaries are not needed: check the words and tags it reads
    ParseTree t =
        BUILDER.build(
            tree(
                "Gondor PROPN 4 nsubj:pass",
                "has AUX 4 aux",
                "been AUX 4 aux:pass",
                "freed VERB 0 root",
                "from ADP 6 case",
                "Mordor PROPN 4 obl"));
    assertEquals(List.of("GONDOR", "HAS", "BEEN", "FREED", "FROM", "MORDOR"), t.words());
    assertEquals(
        List.of("NNP", "VBZ", "VBN", "VBN", "IN", "NNP"),
        BUILDER.pennTags(
            tree(
                "Gondor PROPN 4 nsubj:pass",
                "has AUX 4 aux",
                "been AUX 4 aux:pass",
                "freed VERB 0 root",
                "from ADP 6 case",
                "Mordor PROPN 4 obl")));
  }
}
