package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.junit.jupiter.api.Test;

class NodeStatsTest {
  @Test
  void countsTextLinksCommasAndParagraphs() {
    Document doc =
        HtmlParser.parse(
            "<body><div><p>One, two <a>link</a></p><p>x</p>tail; end</div></body>", "");
    NodeStats stats = NodeStats.of(doc.body());
    NodeStats.Counts div = stats.get(doc.selectFirst("div"));
    assertEquals("One,two".length() + "link".length() + 1 + "tail;end".length(), div.text);
    assertEquals(4, div.links);
    assertEquals(2, div.commas);
    assertEquals(2, div.paragraphs);
    assertEquals("tail;end".length(), div.ownText);
    assertEquals(1, div.depth);
  }

  @Test
  void spacesAreNotTextAndClausePunctuationOfAnyScriptCounts() {
    Document doc =
        HtmlParser.parse("<body><div>a\u00A0b\tc\u0001 一，二、三；四 واحد، اثنان ;, é</div></body>", "");
    NodeStats.Counts div = NodeStats.of(doc.body()).get(doc.selectFirst("div"));
    assertEquals("abc一，二、三；四واحد،اثنان;,é".length(), div.text);
    assertEquals(6, div.commas);
  }

  @Test
  void everyCharCountsAsTheRuleSays() {
    // Each char below 256 (a table read) and a few beyond, alone in a text: counted when above
    // ' ' and no no-break space; a comma or semicolon, any script, is clause punctuation.
    StringBuilder html = new StringBuilder("<body>");
    int text = 0;
    int commas = 0;
    for (char ch = 1; ch < 300; ch++) {
      if (ch == '<' || ch == '&' || ch == '\r') {
        continue; // markup, or a line end the parser may rewrite
      }
      html.append("<b>").append(ch).append("</b>");
      text += ch > ' ' && ch != '\u00A0' ? 1 : 0;
      commas += ch == ',' || ch == ';' ? 1 : 0;
    }
    html.append("<i>\u060C\uFF0C\u3001\uFF1B\u2028\u3000</i></body>");
    Document doc = HtmlParser.parse(html.toString(), "");
    NodeStats.Counts body = NodeStats.of(doc.body()).get(doc.body());
    assertEquals(text + 6, body.text);
    assertEquals(commas + 4, body.commas);
  }

  @Test
  void recurringBlankTextsAddNothing() {
    // The parser gives recurring indentation as one String: counted once, added never.
    Document doc =
        HtmlParser.parse(
            "<body>\n  <p>a, b</p>\n  <p>c</p>\n  <p>\n  </p>\n    <p>d;</p>\n  </body>", "");
    NodeStats stats = NodeStats.of(doc.body());
    assertEquals("a,bcd;".length(), stats.text(doc.body()));
    assertEquals(2, stats.get(doc.body()).commas);
    assertEquals(0, stats.get(doc.body()).ownText);
  }

  @Test
  void aPageOfManySlicesIsCountedWholeAndPrunedAsItGoes() {
    // Far more walk steps than one slice, siblings and deep nesting alike.
    StringBuilder html = new StringBuilder("<body><section>");
    for (int i = 0; i < 3000; i++) {
      html.append("<p>a, b</p><aside>dropped</aside>");
    }
    html.append("</section>");
    html.append("<div>".repeat(400)).append("deep").append("</div>".repeat(400));
    html.append("</body>");
    Document doc = HtmlParser.parse(html.toString(), "");
    NodeStats stats = NodeStats.of(doc.body(), e -> e.nameIs("aside"));
    Element section = doc.selectFirst("section");
    assertEquals(3000 * "a,b".length(), stats.text(section));
    assertEquals(3000, stats.get(section).paragraphs);
    assertEquals(3000, stats.get(section).commas);
    assertEquals(3000 * "a,b".length() + "deep".length(), stats.text(doc.body()));
    assertTrue(doc.select("aside").isEmpty());
    assertEquals(400, stats.get(doc.select("div").last()).depth);
  }

  private static final String PAGE =
      "<html><head><title>t</title></head><body>\n  <div class=a><p>One, two <a>link</a></p>"
          + "<script>x = 1;</script><aside><p>dropped, all</p></aside>tail; end</div>\n"
          + "  <ul><li>x<li>y, z</ul><p>last <b>bold</b> 一，二</p></body></html>";

  @Test
  void theParsersListCountsAsTheWalkAndPrunesAlike() {
    Document walked = HtmlParser.parse(PAGE, "");
    Document listed = HtmlParser.parse(PAGE, "");
    Node[] nodes = ArticleExtractor.bodyNodes(listed);
    NodeStats byWalk = NodeStats.of(walked.body(), e -> e.nameIs("aside") || e.nameIs("script"));
    NodeStats byList =
        NodeStats.of(listed.body(), nodes, e -> e.nameIs("aside") || e.nameIs("script"));
    assertEquals(walked.body().outerHtml(), listed.body().outerHtml()); // pruned alike
    List<Element> left = listed.body().getAllElements(); // document order, the body first
    assertEquals(left.size(), byList.size());
    assertEquals(byWalk.size(), byList.size());
    for (int k = 0; k < left.size(); k++) {
      assertSame(left.get(k), byList.element(k));
      NodeStats.Counts a = byWalk.counts(k);
      NodeStats.Counts b = byList.counts(k);
      assertSame(b, byList.get(left.get(k)));
      assertEquals(
          List.of(a.text, a.links, a.commas, a.paragraphs, a.ownText, a.paragraphText, a.depth),
          List.of(b.text, b.links, b.commas, b.paragraphs, b.ownText, b.paragraphText, b.depth));
      assertSame(k == 0 ? null : byList.get(left.get(k).parent()), b.parent);
    }
    assertEquals("One,twolinktail;endxy,zlastbold一，二".length(), byList.text(listed.body()));
  }

  @Test
  void aListNotOfTheRootsNodesIsRefused() {
    Document doc = HtmlParser.parse(PAGE, "");
    Node[] nodes = ArticleExtractor.bodyNodes(doc);
    assertNull(NodeStats.of(doc.selectFirst("div"), nodes, e -> false));
    assertEquals(0, NodeStats.of(doc.body(), new Node[0], e -> false).text(doc.body()));
  }
}
