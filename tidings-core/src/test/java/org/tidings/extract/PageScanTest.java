package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
}
