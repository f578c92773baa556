package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
          List.of("caption"),
          Set.of());

  /** Class/id tokens as first written: split at non-word chars and "aB", lower-cased. */
  static List<String> referenceTokens(String attribute) {
    List<String> out = new ArrayList<>();
    int start = -1;
    for (int i = 0; i <= attribute.length(); i++) {
      char c = i < attribute.length() ? attribute.charAt(i) : ' ';
      boolean word = Character.isLetterOrDigit(c);
      boolean camel =
          word
              && start >= 0
              && Character.isUpperCase(c)
              && Character.isLowerCase(attribute.charAt(i - 1));
      if (start >= 0 && (!word || camel)) {
        out.add(attribute.substring(start, i).toLowerCase(Locale.ROOT));
        start = -1;
      }
      if (word && start < 0) {
        start = i;
      }
    }
    return out;
  }

  private static boolean referenceCaption(String attribute) {
    for (String token : referenceTokens(attribute)) {
      for (String part : RULES.captionParts()) {
        if (token.contains(part)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The flags as the tokens of a value give them: furniture before content, token by token. */
  private static int reference(String attribute) {
    int flags = 0;
    String before = "";
    for (String token : referenceTokens(attribute)) {
      boolean modified = List.of("has", "with", "no", "without").contains(before);
      before = token;
      if (modified) {
        continue; // "has-sidebar": what a wrapper holds, not what it is
      }
      if (RULES.furnitureTokens().contains(token)) {
        flags |= 1;
      } else if (RULES.contentTokens().contains(token)) {
        flags |= 2;
      }
    }
    return flags;
  }

  private static final List<String> VALUES =
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
          "   article   ",
          "imageCaption",
          "wp-caption-text",
          "CAPTIONED",
          "fig_capt",
          "ÉlégantCaption",
          "légendeCaptionÉ",
          "a1B2c3D",
          "x\u212Aaption",
          "photo-Credit9 über",
          "navBar2Body",
          "main-wrap has-rail-right has-sidebar",
          "noNav withShare",
          "no-sidebar nav",
          "HAS-Nav Über-nav",
          "without-share-body",
          "9navX-ARTICLE_body",
          "a-B body-",
          "BodyNav",
          "nav\tshare\nbody");

  @Test
  void tokensSplitAsFirstWritten() {
    for (String v : VALUES) {
      assertEquals(referenceTokens(v), FurnitureRules.tokens(v), v);
      assertEquals(referenceCaption(v), RULES.isCaptionMark(v), v);
    }
    assertTrue(RULES.isCaptionMark("wp-caption-text"));
    assertFalse(RULES.isCaptionMark("capt ion"));
  }

  @Test
  void captionTableMarksAsTheRulesDo() {
    CaptionTable table = new CaptionTable(RULES);
    for (String v : VALUES) {
      assertEquals(referenceCaption(v), table.isCaptionMark(v), v);
    }
    FurnitureRules standard = FurnitureRules.standard();
    CaptionTable full = new CaptionTable(standard);
    for (String v : VALUES) {
      assertEquals(standard.isCaptionMark(v), full.isCaptionMark(v), v);
    }
    for (String v : List.of("photoCredit", "img-CREDITS", "slideCount x", "bildUnterschrift")) {
      assertEquals(standard.isCaptionMark(v), full.isCaptionMark(v), v);
    }
    assertTrue(full.isCaptionMark("inlineGallery"));
    assertTrue(full.isCaptionMark("photo-galleryübersicht"));
    assertFalse(full.isCaptionMark("gal lery"));
  }

  @Test
  void tokenTableMarksAsTheTokensDo() {
    TokenTable table = new TokenTable(RULES);
    for (String v : VALUES) {
      assertEquals(reference(v), table.of(v), v);
    }
    assertEquals(0, new TokenTable(FurnitureRules.NONE).of("nav article"));
    assertEquals(1, table.of("nav"));
    assertEquals(2, table.of("articleBody"));
    assertEquals(1, table.of("share"), "furniture before content");
  }

  @Test
  void slugsJoinLowerCasedWordsWithHyphens() {
    assertEquals(
        "what-are-the-health-benefits", ContentFinder.slug(" What are the health benefits?"));
    assertEquals("café-au-lait-2", ContentFinder.slug("Café au lait (2)"));
    assertEquals("", ContentFinder.slug("?!"));
  }

  @Test
  void anIdMadeOfItsHeadingsWordsIsNoLayoutMark() {
    String para =
        "<p>Meditation has a history that goes back thousands of years, and many meditative"
            + " techniques began in Eastern traditions, the institute says.</p>";
    String page =
        "<html><body><main><div id=\"1-heading-how-popular-is-meditation\"><h2>How popular is"
            + " meditation?</h2>"
            + para
            + "</div><div id=\"popular-posts\"><h2>Popular posts</h2><p>Ten ways to sleep better,"
            + " and other stories our readers liked this week, in one place.</p></div>"
            + para.replace("history", "long history")
            + "</main></body></html>";
    org.jsoup.nodes.Document doc = HtmlParser.parse(page, "https://example.org/");
    org.jsoup.nodes.Element section = doc.getElementById("1-heading-how-popular-is-meditation");
    assertTrue(ContentFinder.isHeadingAnchor(section, section.id()));
    org.jsoup.nodes.Element posts = doc.getElementById("popular-posts");
    assertFalse(ContentFinder.isHeadingAnchor(posts, posts.id()), "two words are a mark");
    String text = found(doc);
    assertTrue(text.contains("Meditation has a history"), text);
    assertFalse(text.contains("Ten ways"), text);
  }

  /** The text the strict search finds in a parsed page, its paragraphs run together. */
  private static String found(org.jsoup.nodes.Document doc) {
    return new ContentFinder(FurnitureRules.standard())
        .find(doc.body()).stream().map(Paragraph::text).reduce("", String::concat);
  }

  private static final String INTRO =
      "<p>This chapter describes some things you have learned about already in more detail, and"
          + " adds some new things as well, with examples for each of them.</p>";

  @Test
  void aSectionWhoseHeadingLinksToItsIdIsNoLayoutMark() {
    // Sphinx and other documentation generators: a permalink in the heading names the section.
    String section =
        "<section id=\"more-on-lists\"><span id=\"tut-morelists\"></span><h2>5.1. More on"
            + " Lists<a class=\"headerlink\" href=\"#more-on-lists\">¶</a></h2><p>The list data type has some more methods,"
            + " and here are all of the methods of list objects, one by one.</p></section>";
    String related =
        "<div id=\"more-stories\"><h2>More <a href=\"#top\">stories</a></h2><p>Ten ways to"
            + " sleep better, and other stories our readers liked this week.</p></div>";
    org.jsoup.nodes.Document doc =
        HtmlParser.parse(
            "<html><body><main>" + INTRO + section + related + INTRO + "</main></body></html>",
            "https://docs.example.org/tutorial/");
    org.jsoup.nodes.Element lists = doc.getElementById("more-on-lists");
    assertTrue(ContentFinder.isHeadingAnchor(lists, lists.id()));
    org.jsoup.nodes.Element more = doc.getElementById("more-stories");
    assertFalse(ContentFinder.isHeadingAnchor(more, more.id()), "a link elsewhere in the page");
    String text = found(doc);
    assertTrue(text.contains("methods of list objects"), text);
    assertFalse(text.contains("Ten ways"), text);
  }

  @Test
  void hiddenTabPanelsAndFoldedSectionsAreReadHiddenBlocksAreNot() {
    String page =
        "<html><body><main>"
            + INTRO
            + "<div role=\"tablist\"><button role=\"tab\">Python</button><button role=\"tab\">"
            + "Node.js</button></div><div role=\"tabpanel\"><p>Install the Python library with"
            + " pip, then run the script from your terminal to send the message.</p></div>"
            + "<div role=\"tabpanel\" hidden style=\"display:none\"><p>Install the Node.js"
            + " library with npm, then run the script from your terminal to send it.</p></div>"
            + "<button aria-expanded=\"false\">Which plans?</button><div role=\"region\" hidden>"
            + "<p>Every plan includes the messaging library, the console and support by email"
            + " on working days.</p></div>"
            + "<div hidden><p>Subscribe to our newsletter for the latest news, offers and the"
            + " stories our readers liked this week.</p></div>"
            + INTRO
            + "</main></body></html>";
    String text = found(HtmlParser.parse(page, "https://docs.example.org/quickstart"));
    assertTrue(text.contains("Python library"), text);
    assertTrue(text.contains("Node.js library"), text);
    assertTrue(text.contains("Every plan includes"), text);
    assertFalse(text.contains("newsletter"), text);
  }
}
