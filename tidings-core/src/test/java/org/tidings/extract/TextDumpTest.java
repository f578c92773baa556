package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Source;

class TextDumpTest {
  private static final String CAPTION =
      "Georgia - Farmers load hazelnuts onto a truck near Zugdidi, 12Sep2015.";
  private static final String DUMP =
      "ხელმისაწვდომობის ბმულები\n"
          + "\n"
          + "Hazelnut Exports From Georgia Reach A Record\n"
          + "\n"
          + "\n"
          + CAPTION
          + "\n"
          + CAPTION
          + "\n"
          + "\n"
          + "Georgia exported more hazelnuts this year than ever before, the statistics office said on Monday.\n"
          + "\n"
          + "“Prices were good and the harvest was large,” a trader in Zugdidi told reporters.\n"
          + "\n"
          + "Most of the nuts went to Italy and Germany, where confectioners buy them in bulk.\n"
          + "\n"
          + "Twitter Email\n"
          + "\n"
          + "A\n"
          + "A+\n"
          + "A-\n";

  private final ArticleExtractor extractor = ArticleExtractor.standard();

  private ExtractedPage read(String text) {
    return extractor.read(
        Source.ofFile("dump.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void keepsTitleCaptionOnceAndBodyOnly() {
    Article article = read(DUMP).article().orElseThrow();
    assertEquals(
        "Hazelnut Exports From Georgia Reach A Record\n\n"
            + CAPTION
            + "\n\n"
            + "Georgia exported more hazelnuts this year than ever before, the statistics office said on Monday.\n\n"
            + "“Prices were good and the harvest was large,” a trader in Zugdidi told reporters.\n\n"
            + "Most of the nuts went to Italy and Germany, where confectioners buy them in bulk.",
        article.text());
    assertEquals("Hazelnut Exports From Georgia Reach A Record", article.title());
    assertEquals("en", article.language());
    assertTrue(article.published().isEmpty(), "the dump states no date: none may be invented");
  }

  @Test
  void mapsEveryKeptCharToItsByte() {
    Article article = read(DUMP).article().orElseThrow();
    byte[] bytes = DUMP.getBytes(StandardCharsets.UTF_8);
    assertEquals("byte", article.sourceMap().unit());
    String text = article.text();
    for (String probe : new String[] {"Hazelnut", "Zugdidi told", "“Prices", "confectioners"}) {
      int at = text.indexOf(probe);
      long source = article.sourceMap().sourceOffset(at);
      byte[] expected = probe.getBytes(StandardCharsets.UTF_8);
      String found = new String(bytes, (int) source, expected.length, StandardCharsets.UTF_8);
      assertEquals(probe, found);
    }
  }

  @Test
  void dropsMenuRunsAndKeepsShortBodyLines() {
    String dump =
        "Home\nNews\nSport\nWeather\n\nA Quiet Day In Parliament\n\n"
            + "Nothing much happened in parliament today, members said.\n\nIt rained.\n";
    Article article = read(dump).article().orElseThrow();
    assertEquals(
        "A Quiet Day In Parliament\n\nNothing much happened in parliament today, members said.\n\nIt rained.",
        article.text());
  }

  @Test
  void readsAStatedDateLine() {
    String dump =
        "Floods Close The Coast Road\n\n14 March 2019\n\n"
            + "The coast road was closed on Thursday after heavy rain flooded it.\n";
    ExtractedPage page = read(dump);
    assertEquals("2019-03-14", page.metadata().published().orElseThrow().toString());
    assertTrue(!page.article().orElseThrow().text().contains("14 March"));
  }
}
