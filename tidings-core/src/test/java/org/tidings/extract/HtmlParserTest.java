package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class HtmlParserTest {
  @Test
  void buildsHeadAndBodyAndSkipsScripts() {
    String html =
        "<!doctype html><html lang=en><head><title>A &amp; B</title><meta name=x content=y>"
            + "<script>if (a < b) { document.write('</p>') }</script>"
            + "<script type=\"application/ld+json\">{\"headline\":\"H\"}</script></head>"
            + "<body class=page><!-- gone --><p>One &eacute;t&#233; &#x2014; <b>bold</b></p></body></html>";
    Document doc = HtmlParser.parse(html, "http://example.com/");
    assertEquals("A & B", doc.title());
    assertEquals("en", doc.selectFirst("html").attr("lang"));
    assertEquals("page", doc.body().className());
    assertEquals(1, doc.head().getElementsByTag("meta").size());
    Element ld = doc.selectFirst("script[type=application/ld+json]");
    assertNotNull(ld);
    assertEquals("{\"headline\":\"H\"}", ld.data());
    assertEquals(1, doc.getElementsByTag("script").size());
    assertEquals("One été — bold", doc.body().text());
  }

  @Test
  void aDecodedPageParsesAsItsTextDoes() {
    // Non-ASCII text, attribute values, names and raw text, a surrogate pair, "</script"
    // look-alikes
    // made of non-ASCII letters (the long s and the Kelvin sign fold to ASCII in Java, not in
    // HTML),
    // and a page longer than the decoder's chunk.
    String html =
        "<html><head><title>Café — 日本語 𝄞</title><meta property=og:title content=\"Ünïcode “q”\">"
            + "</head><body><div class=\"größe\" id=é><p>Привет, мир &amp; ß &eacute;</p>"
            + "<script>var s = '</ſcript> </\u212Aeygen> é';</script><p>after</p>"
            + "<ünknown-tag data-x=é>inside</ünknown-tag><!-- é --><p>"
            + "x é 𝄞 ".repeat(2_000)
            + "</p></div></body></html>";
    Decoded page = Decoder.decode(html.getBytes(StandardCharsets.UTF_8), "", true);
    assertEquals(html, page.text());
    Document fromText = HtmlParser.parse(html, "");
    // equal, and not in a failure message: the page is long
    assertTrue(fromText.outerHtml().equals(HtmlParser.parse(page, "").outerHtml()));
    assertFalse(fromText.body().text().contains("';"), "only ASCII folds in an end tag's name");
  }

  @Test
  void readsAnAttributeAsAttrDoesOnAParsedTree() {
    Document doc =
        HtmlParser.parse(
            "<meta Property=og:title CONTENT=\"A\"><p>x</p><div id=\"\" class=\" a \">y</div>", "");
    Element meta = doc.selectFirst("meta");
    for (String key : List.of("property", "content", "name")) {
      assertEquals(meta.attr(key), HtmlParser.attr(meta, key), key);
    }
    assertEquals("og:title", HtmlParser.attr(meta, "property"));
    assertEquals("", HtmlParser.attr(doc.selectFirst("p"), "class")); // no attributes
    Element div = doc.selectFirst("div");
    assertEquals(div.className(), HtmlParser.attr(div, "class").trim());
    assertEquals(div.id(), HtmlParser.attr(div, "id"));
  }

  @Test
  void textNodesKnowTheirSourceOffsets() {
    String html = "<html><body><div><p>First para.</p><p>Second para.</p></div></body></html>";
    Document doc = HtmlParser.parse(html, "");
    for (Element p : doc.select("p")) {
      TextNode t = p.textNodes().get(0);
      int at = HtmlParser.sourceStart(t);
      assertEquals(t.text(), html.substring(at, at + t.text().length()));
    }
  }

  @Test
  void followsTheImpliedEndsThatMoveText() {
    Document doc =
        HtmlParser.parse(
            "<body><p>one<div>two</div><ul><li>a<li>b</ul><table><tr><td>x<td>y<tr><td>z</table>"
                + "<li><button>open<div><button>next</button></div><div>after</div></body>",
            "");
    Element body = doc.body();
    assertEquals("p", body.child(0).normalName());
    assertEquals("one", body.child(0).text());
    assertEquals("div", body.child(1).normalName());
    assertEquals(2, doc.select("li").size() - 1);
    assertEquals(3, doc.select("td").size());
    assertEquals(2, doc.select("tr").size());
    // a button left open by a broken tag ends at the next button; an end tag closes through it
    assertTrue(doc.select("button button").isEmpty());
    assertEquals("after", doc.select("div").last().text());
    assertTrue(doc.select("button div:containsOwn(after)").isEmpty());
  }

  @Test
  void aStrayCdataOpenerDoesNotSwallowThePage() {
    String html =
        "<body><p>Before</p><script>//<![CDATA[\nx()</script><![CDATA[ stray >"
            + "<p>Talks in Baku went on.</p>"
            + "<svg><style><![CDATA[ a > b { fill: red } ]]></style></svg><p>After</p></body>";
    Document doc = HtmlParser.parse(html, "");
    assertEquals("Before Talks in Baku went on. After", doc.body().text());
  }

  @Test
  void parsesNoscriptInTheBodyAndSkipsItInTheHead() {
    String html =
        "<html><head><noscript><img src=pixel.gif></noscript><title>T</title></head><body>"
            + "<noscript><iframe src=\"https://tags.example/ns\" style=\"display:none\"/></noscript>"
            + "<noscript><div itemprop=author><span itemprop=name>gpu_fan</span></div></noscript>"
            + "<p>After</p></body></html>";
    Document doc = HtmlParser.parse(html, "");
    assertEquals("T", doc.title(), "a head noscript still stays in the head");
    assertNull(doc.selectFirst("img"));
    assertEquals("gpu_fan", doc.selectFirst("[itemprop=author]").text());
    assertEquals(
        "After", doc.selectFirst("p").text(), "the unclosed iframe ends with its noscript");
    assertEquals(2, doc.select("body > noscript").size());
  }

  @Test
  void flattensHostileNesting() {
    Document doc =
        HtmlParser.parse("<body>" + "<div>".repeat(20_000) + "deep" + "</div>".repeat(20_000), "");
    assertEquals("deep", doc.body().text());
    int depth = 0;
    for (Element e = doc.select("div").last(); e != null; e = e.parent()) {
      depth++;
    }
    assertTrue(depth <= HtmlParser.MAX_DEPTH + 2, "depth " + depth);
  }

  @Test
  void keepsOnlyTheAttributesExtractionReads() {
    String html =
        "<body><div class=story id=main data-json='{\"a\":1}' onclick=go() style=\"x\">"
            + "<img src=a.jpg srcset=\"a.jpg 1x, b.jpg 2x\" alt=Photo>"
            + "<a href=/author/ann rel=author data-author=\"Ann Lee\" CLASS=x class=y>Ann</a>"
            + "<span title=tip>plain</span></div></body>";
    Document doc = HtmlParser.parse(html, "");
    Element div = doc.selectFirst("div");
    assertEquals("story", div.className());
    assertEquals("main", div.id());
    assertEquals("x", div.attr("style"));
    assertTrue(!div.hasAttr("data-json") && !div.hasAttr("onclick"));
    Element img = doc.selectFirst("img");
    assertTrue(!img.hasAttr("src") && !img.hasAttr("srcset") && !img.hasAttr("alt"));
    assertTrue(!HtmlParser.hasAttributes(img));
    Element a = doc.selectFirst("a");
    assertEquals("", a.attr("href")); // noted in bits, not kept: see hrefsAreKeptOnLinksOnly
    assertEquals("Ann Lee", a.attr("data-author"));
    assertEquals("x", a.className()); // the first of a repeated attribute wins
    assertTrue(!HtmlParser.hasAttributes(doc.selectFirst("span")));
    assertTrue(HtmlParser.hasAttributes(a));
  }

  @Test
  void hrefsAreKeptOnLinksOnlyAndNotedInBits() {
    String html =
        "<head><link rel=canonical href=\"https://example.com/a\"></head><body>"
            + "<a href=/news/1>one</a><a href=\"/x&#47;author&#47;ann\">two</a>"
            + "<a href=/author/bob href=/news/2>three</a><a href=/news/3 href=/author/x>four</a>"
            + "<a name=top>five</a></body>";
    Document doc = HtmlParser.parse(html, "");
    assertEquals("https://example.com/a", doc.selectFirst("link").attr("href"));
    List<Element> links = doc.select("a");
    int[] bits = new int[links.size()];
    for (int i = 0; i < bits.length; i++) {
      assertEquals("", links.get(i).attr("href"));
      bits[i] = ((HtmlParser.ParsedElement) links.get(i)).attrBits;
    }
    int both = HtmlParser.HREF | HtmlParser.AUTHOR_HREF;
    assertEquals(HtmlParser.HREF, bits[0] & both);
    assertEquals(both, bits[1] & both); // entities decoded before the test
    assertEquals(both, bits[2] & both);
    assertEquals(HtmlParser.HREF, bits[3] & both); // the first of two hrefs counts
    assertEquals(0, bits[4] & both);
    assertTrue(HtmlParser.hasHref(links.get(0)) && !HtmlParser.hasHref(links.get(4)));
    assertTrue(!HtmlParser.hasAttributes(links.get(0)));
  }

  @Test
  void linksWithinThePageKeepTheirHref() {
    Document doc =
        HtmlParser.parse(
            "<body><h2>Lists<a href=\"#more-on-lists\">¶</a></h2><a href=#a&amp;b>x</a>"
                + "<a href=/page#part>y</a><a href=/news href=#z>z</a></body>",
            "");
    List<Element> links = doc.select("a");
    assertEquals("#more-on-lists", links.get(0).attr("href"));
    assertEquals("#a&b", links.get(1).attr("href"));
    assertEquals("", links.get(2).attr("href")); // another page's fragment
    assertEquals("", links.get(3).attr("href")); // the first of two hrefs counts
    assertTrue(HtmlParser.hasHref(links.get(1)));
  }

  @Test
  void authorWordsOfClassAndIdAreNotedInBits() {
    String html =
        "<body><span class=\"post-Author\">a</span><div id=byline-1>b</div>"
            + "<p class=authority-less>c</p><p class=\"auth or\" id=main>d</p></body>";
    Document doc = HtmlParser.parse(html, "");
    List<Element> all = List.of(doc.selectFirst("span"), doc.selectFirst("div"));
    for (Element e : all) {
      assertTrue((((HtmlParser.ParsedElement) e).attrBits & HtmlParser.AUTHOR_MARK) != 0);
    }
    List<Element> ps = doc.select("p");
    assertTrue((((HtmlParser.ParsedElement) ps.get(0)).attrBits & HtmlParser.AUTHOR_MARK) != 0);
    assertEquals(0, ((HtmlParser.ParsedElement) ps.get(1)).attrBits & HtmlParser.AUTHOR_MARK);
  }

  @Test
  void whiteSpaceBetweenTagsIsKeptAsWritten() {
    String html = "<body><p><a>one</a>\n  <a>two</a>\n  <a>three</a></p></body>";
    Document doc = HtmlParser.parse(html, "");
    Element p = doc.selectFirst("p");
    assertEquals("\n  ", p.textNodes().get(0).getWholeText());
    assertEquals("\n  ", p.textNodes().get(1).getWholeText());
    assertEquals("one two three", p.text());
  }

  @Test
  void knownAndCustomTagsGetJsoupsTagsAndBits() {
    String html = "<div><my-card><p>x</p></my-card><img src=a><my-card>y</my-card></div>";
    Document doc = HtmlParser.parse(html, "");
    Element div = doc.selectFirst("div");
    assertTrue(div.tag().isKnownTag());
    assertTrue(div.tag().isBlock());
    assertTrue(doc.selectFirst("img").tag().isEmpty()); // void: nothing nested in it
    List<Element> cards = doc.select("my-card");
    assertEquals(2, cards.size());
    assertEquals(cards.get(0).tag(), cards.get(1).tag());
    assertTrue(!cards.get(0).tag().isKnownTag());
    assertEquals("x", cards.get(0).text());
    assertEquals(0, doc.selectFirst("img").childNodeSize());
    // a shared tag serves every parse alike
    assertEquals(div.tag(), HtmlParser.parse("<div>z</div>", "").selectFirst("div").tag());
  }

  @Test
  void htmlWhiteSpaceSeparatesAttributesAndOtherControlCharsDoNot() {
    // tab, newline, form feed, carriage return and space are HTML white space; vertical tab and
    // the other control chars below space are not
    String html = "<body><p\fclass=a\tid=b>x</p><div class=c\u000Bid=d\rrole=e>y</div></body>";
    Document doc = HtmlParser.parse(html, "");
    Element p = doc.selectFirst("p");
    assertEquals("a", p.className());
    assertEquals("b", p.id());
    Element div = doc.selectFirst("div");
    assertEquals("c\u000Bid=d", div.className());
    assertEquals("", div.id());
    assertEquals("e", div.attr("role"));
    assertEquals(" \t\n\f\r", blankText("<body><b>a</b> \t\n\f\r<b>b</b></body>"));
    assertEquals(null, blankText("<body><b>a</b> \u0001 <b>b</b></body>"));
  }

  /** The text node between the first two b elements, when it is white space only, else null. */
  private static String blankText(String html) {
    TextNode t = (TextNode) HtmlParser.parse(html, "").selectFirst("b").nextSibling();
    return t.isBlank() ? t.getWholeText() : null;
  }

  @Test
  void tagAndAttributeNamesAreLowerCasedAlikeWhereverTheyRecur() {
    String html = "<body><DIV CLASS=a>1</DIV><Div Class=b>2</dIV><div class=c>3</div></body>";
    Document doc = HtmlParser.parse(html, "");
    List<Element> divs = doc.select("div");
    assertEquals(3, divs.size());
    assertEquals(
        "a b c",
        divs.get(0).className() + " " + divs.get(1).className() + " " + divs.get(2).className());
    for (Element d : divs) {
      assertEquals("body", d.parent().normalName()); // each end tag closed its div
    }
  }

  @Test
  void plaintextTakesTheRestOfThePageAsWritten() {
    Document doc = HtmlParser.parse("<body><p>a</p><plaintext>x <b>y</b> &amp;", "");
    Element pt = doc.selectFirst("plaintext");
    assertEquals("x <b>y</b> &amp;", pt.wholeText());
    assertNull(doc.selectFirst("b"));
  }

  @Test
  void everyKeptAttributeNameMayBeRead() {
    for (String name : HtmlParser.KEPT_ATTRIBUTES) {
      assertTrue(HtmlParser.mayBeRead(name.hashCode()), name);
      // the Kelvin sign lower-cases to 'k': a kept name with one would need more than ASCII folding
      assertTrue(name.indexOf('k') < 0, name);
    }
    assertTrue(!HtmlParser.mayBeRead("src".hashCode()) || !HtmlParser.mayBeRead("alt".hashCode()));
    Document doc = HtmlParser.parse("<body><p SRC=a Class=b ALT=c dAtA-Author=d>x</p></body>", "");
    Element p = doc.selectFirst("p");
    assertEquals("b", p.className());
    assertEquals("d", p.attr("data-author"));
    assertEquals(2, p.attributesSize());
  }

  @Test
  void notesTheElementsThePageScanMayTakeWithTheirPositions() {
    HtmlParser.ParsedDocument doc =
        (HtmlParser.ParsedDocument)
            HtmlParser.parse(
                "<html lang=en><head><title>T</title><meta name=a content=b></head><body><div>"
                    + "<p>x</p><h1>H</h1><span class=byline>B</span><a href=/author/x>X</a>"
                    + "<b rel=next>n</b><i>no</i><br></div></body>",
                "");
    HtmlParser.Appended appended = doc.take();
    // the document 1, html 2, head 3, title 4, meta 5, body 6, div 7, p 8, h1 9, span 10, a 11
    HtmlParser.Scanned scanned = appended.scanned();
    List<String> noted = new java.util.ArrayList<>();
    for (int i = 0; i < scanned.count(); i++) {
      noted.add(scanned.elements()[i].normalName() + "@" + scanned.at()[i]);
    }
    assertEquals(List.of("title@4", "meta@5", "h1@9", "span@10", "a@11", "b@12"), noted);
    assertEquals(6, appended.bodyAt());
    assertEquals(14, appended.elements()); // i 13, br 14
    assertNull(doc.take()); // taken once
  }

  @Test
  void marksEverySixteenthElementByItsIndexAmongAllNodes() {
    // Twelve metas in the head: the body is the sixteenth element, after the document's three
    // and the twelve, at index 15; then the k-th paragraph is element 16 + k at index 14 + 2k.
    String html = "<meta name=m content=c>".repeat(12) + "<p>1</p>".repeat(20);
    HtmlParser.Appended appended = ((HtmlParser.ParsedDocument) HtmlParser.parse(html, "")).take();
    assertEquals(16, appended.bodyAt());
    assertEquals(36, appended.elements());
    assertEquals(15, appended.marks()[1]);
    assertEquals(14 + 2 * 16, appended.marks()[2]);
    // a page of head only: the body comes last
    HtmlParser.Appended headOnly =
        ((HtmlParser.ParsedDocument) HtmlParser.parse("<title>t</title>", "")).take();
    assertEquals(5, headOnly.bodyAt());
    assertEquals(5, headOnly.elements());
    assertEquals(2, headOnly.bodyFrom()); // the title and its text
  }
}
