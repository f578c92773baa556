package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ContentFinderTest {
  private static final FurnitureRules RULES =
      new FurnitureRules(
          Set.of("nav", "share", "sidebar", "kelvin", "menü"),
          Set.of("article", "body", "share"),
          Set.of(),
          Set.of(),
          Set.of(),
          List.of("caption"));

  /** The flags as the tokens of a value give them: furniture before content, token by token. */
  private static int reference(String attribute) {
    int flags = 0;
    for (String token : FurnitureRules.tokens(attribute)) {
      if (RULES.furnitureTokens().contains(token)) {
        flags |= 1;
      } else if (RULES.contentTokens().contains(token)) {
        flags |= 2;
      }
    }
    return flags;
  }

  @Test
  void tokenTableMarksAsTheTokensDo() {
    ContentFinder.TokenTable table = new ContentFinder.TokenTable(RULES);
    List<String> values =
        List.of(
            "",
            "nav",
            "NAV",
            "site-nav main",
            "articleBody",
            "ArticleBODY",
            "shareBar",
            "navigation",
            "nav2 body",
            "sidebar_article",
            "x-Share",
            "\u212Aelvin", // Kelvin sign: lower-cases to "kelvin" only as a string
            "Menü top",
            "MENÜ",
            "ÉcoleNav",
            "navÉcole",
            "body--",
            "   article   ");
    for (String v : values) {
      assertEquals(reference(v), table.of(v), v);
    }
    assertEquals(0, new ContentFinder.TokenTable(FurnitureRules.NONE).of("nav article"));
    assertEquals(1, table.of("nav"));
    assertEquals(2, table.of("articleBody"));
    assertEquals(1, table.of("share"), "furniture before content");
  }
}
