package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class PageScanTest {
  private static List<String> texts(List<PageScan.Hit<TextNode>> hits) {
    return hits.stream().map(h -> h.node().getWholeText() + "@" + h.at()).toList();
  }

  @Test
  void givesShortLinesWithADigitByPosition() {
    PageScan scan =
        PageScan.of(
            Jsoup.parse(
                "<html><body><p>May 5, 2024</p><p>no digit here</p><h1>Title</h1>"
                    + "<div><span>Updated 2024</span></div><p>12</p><p>Page 3 of 9</p></body></html>"));
    // Elements up to each text: the document, html, head, body, p = 5; div, span = 9; p = 11.
    assertEquals(
        List.of("May 5, 2024@5", "Updated 2024@9", "Page 3 of 9@11"), texts(scan.shortTexts()));
    assertEquals(List.of("Updated 2024@9"), texts(scan.shortTexts(6, 10)));
    assertEquals(List.of(), texts(scan.shortTexts(12, 20)));
    assertEquals(1, scan.h1s.size());
  }

  @Test
  void readsTheParsersListAsItWouldWalkTheTree() {
    String html =
        "<html><head><title>T 1</title><meta name=author content=Ann>"
            + "<script type=application/ld+json>{}</script><link rel=canonical href=/a></head>"
            + "<body><p>May 5, 2024</p><h1>Title</h1><time datetime=2024-05-05>5 May 2024</time>"
            + "<a href=/author/ann>Ann</a><span itemprop=author>Ann 2</span><p>Page 3 of 9</body>";
    org.jsoup.nodes.Document doc = HtmlParser.parse(html, "https://example.org/a");
    PageScan listed = PageScan.of(doc); // takes the parser's list
    PageScan walked = PageScan.of(doc); // the list is taken: walks the tree
    assertEquals(texts(walked.shortTexts()), texts(listed.shortTexts()));
    assertEquals(
        List.of("May 5, 2024@9", "5 May 2024@11", "Page 3 of 9@14"), texts(listed.shortTexts()));
    assertEquals(positions(walked.h1s), positions(listed.h1s));
    assertEquals(positions(walked.times), positions(listed.times));
    assertEquals(positions(walked.itemprops), positions(listed.itemprops));
    assertEquals(positions(walked.authorNodes), positions(listed.authorNodes));
    assertEquals(List.of(10), positions(listed.h1s));
    assertEquals(walked.metas, listed.metas);
    assertEquals(List.of("{}"), listed.jsonLd);
    assertEquals("T 1", listed.title);
    assertEquals(walked.canonical, listed.canonical);
  }

  @Test
  void findsTextsByPositionOnALongPage() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int k = 1; k <= 1700; k++) {
      html.append("<p>Item ").append(k).append("</p>");
    }
    PageScan scan = PageScan.of(HtmlParser.parse(html.toString(), "https://example.org/a"));
    // The document, html, head and body come first: the k-th paragraph and its text are at 4 + k.
    assertEquals(List.of("Item 33@37", "Item 34@38", "Item 35@39"), texts(scan.shortTexts(37, 39)));
    assertEquals(List.of("Item 1@5"), texts(scan.shortTexts(-40, 5)));
    // Only the first 1,600 short lines of a page count.
    assertEquals(1600, scan.shortTexts().size());
    assertEquals(List.of("Item 1599@1603", "Item 1600@1604"), texts(scan.shortTexts(1603, 1700)));
    assertEquals(List.of(), texts(scan.shortTexts(1650, 1700)));
  }

  @Test
  void givesShortTextsOneAtATimeUntilTheTakerStops() {
    StringBuilder html = new StringBuilder("<html><body>");
    for (int k = 1; k <= 40; k++) {
      html.append("<p>Item ").append(k).append("</p>");
    }
    PageScan scan = PageScan.of(HtmlParser.parse(html.toString(), "https://example.org/a"));
    List<String> taken = new java.util.ArrayList<>();
    scan.shortTexts(
        10,
        30,
        (t, at) -> {
          taken.add(t.getWholeText() + "@" + at);
          return at < 12;
        });
    assertEquals(List.of("Item 6@10", "Item 7@11", "Item 8@12"), taken);
    List<String> all = new java.util.ArrayList<>();
    scan.shortTexts(10, 30, (t, at) -> all.add(t.getWholeText() + "@" + at));
    assertEquals(texts(scan.shortTexts(10, 30)), all);
    assertEquals(21, all.size());
  }

  @Test
  void findsAuthorWordsWhereverTheyStartAndEnd() {
    for (String word : List.of("author", "byline", "creator", "username")) {
      for (String case1 : List.of(word, word.toUpperCase(java.util.Locale.ROOT), "x" + word)) {
        // Every start and end, with a char cut off the end of the word.
        for (int before = 0; before < 8; before++) {
          for (int after = 0; after < 3; after++) {
            String v = "-".repeat(before) + case1 + "n".repeat(after);
            assertTrue(PageScan.authorWord(v), v);
            assertEquals(
                false, PageScan.authorWord(v.substring(0, v.length() - after - 1)), v + " cut");
          }
        }
      }
    }
    for (String no :
        List.of("", "autho", "authro", "bylin e", "creato", "usernam", "auth\u00e9r")) {
      assertEquals(false, PageScan.authorWord(no), no);
    }
    assertTrue(PageScan.authorWord("nav-item menu-item post-author__name"));
    assertTrue(PageScan.authorWord("\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9byLine"));
    char[] chars = "xxauthorxx".toCharArray();
    assertTrue(PageScan.authorWord(chars, 2, 8));
    assertEquals(false, PageScan.authorWord(chars, 3, 10));
    assertEquals(false, PageScan.authorWord(chars, 2, 7));
  }

  private static List<Integer> positions(List<PageScan.Hit<org.jsoup.nodes.Element>> hits) {
    return hits.stream().map(PageScan.Hit::at).toList();
  }

  @Test
  void takesFromTheParsersNotesWhatAWalkWouldFind() {
    assertSameScan(
        "<html lang=en itemprop=x class=byline><head><title>T</title>"
            + "<script type=application/ld+json>{\"a\":1}</script>"
            + "<script type=application/json itemprop=y class=author>{}</script>"
            + "<link rel=CANONICAL href=/c><link rel=canonical href=/d></head>"
            + "<body class=author-page datetime=x><svg><title>S</title></svg>"
            + "<h1>A 1</h1><time>5 May 2024</time><span datetime=2024>x</span>"
            + "<a rel=author>R</a><b data-author>D</b><i id=Creator>C</i>"
            + "<a href=/author/x class=box>no</a><a href=/author/y>yes</a><p>Page 3 of 9</p>"
            + "<title>T 2</title></body><body id=username></body>");
    // the body as the sixteenth element, and a page of head only
    assertSameScan(
        "<meta name=m content=c>".repeat(12) + "<p class=byline>1 2 3 4 5 6</p>".repeat(40));
    assertSameScan("<title>1 2 3 4 5</title><meta name=m content=c>");
    assertSameScan("");
    // more hits than a list keeps
    assertSameScan("<body class=byline>" + "<h1>Heading 1</h1>".repeat(450));
  }

  private static void assertSameScan(String html) {
    org.jsoup.nodes.Document doc = HtmlParser.parse(html, "https://example.org/a");
    PageScan listed = PageScan.of(doc); // takes the parser's notes
    PageScan walked = PageScan.of(doc); // the notes are taken: walks the tree
    assertEquals(hits(walked.h1s), hits(listed.h1s), html);
    assertEquals(hits(walked.times), hits(listed.times), html);
    assertEquals(hits(walked.itemprops), hits(listed.itemprops), html);
    assertEquals(hits(walked.authorNodes), hits(listed.authorNodes), html);
    assertEquals(walked.metas, listed.metas);
    assertEquals(walked.jsonLd, listed.jsonLd);
    assertEquals(walked.title, listed.title);
    assertEquals(walked.html, listed.html);
    assertEquals(walked.canonical, listed.canonical);
    for (int from = -1; from < 60; from += 3) {
      assertEquals(
          texts(walked.shortTexts(from, from + 7)), texts(listed.shortTexts(from, from + 7)), html);
    }
    assertEquals(texts(walked.shortTexts()), texts(listed.shortTexts()), html);
  }

  private static List<String> hits(List<PageScan.Hit<org.jsoup.nodes.Element>> hits) {
    return hits.stream().map(h -> h.node().normalName() + "@" + h.at()).toList();
  }
}
