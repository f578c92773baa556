package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class HeadingTextTest {
  @Test
  void readsWithoutWordsHiddenFromScreenReadersAndWithoutAGluedSubtitle() {
    // Words split into spans for an animation, hidden from screen readers; the real text beside.
    String animated =
        "<h1><span aria-hidden=\"true\"><span>The product</span><span>development</span></span>"
            + "<span class=\"visually-hidden\">The product development system</span></h1>";
    assertEquals("The product development system", shown(animated));
    // Nothing else to read: the hidden text is all there is.
    assertEquals("Pricing", shown("<h1><span aria-hidden=\"true\">Pricing</span></h1>"));
    // A subtitle run into the heading's text, shown as a block by the page's styles.
    assertEquals(
        "Black Edition",
        shown("<h1>Black Edition<span class=\"tagline\">Complete protein meal</span></h1>"));
    // A space, a one-word part or a lower-case start is no glued subtitle.
    assertEquals(
        "Black Edition Complete protein meal",
        shown("<h1>Black Edition <span>Complete protein meal</span></h1>"));
    assertEquals("MacBook Pro review", shown("<h1>Mac<b>Book</b> Pro review</h1>"));
    assertEquals("The iPhone lineup", shown("<h1>The iPhone <span>lineup</span></h1>"));
  }

  private static String shown(String heading) {
    return HeadingText.shown(Jsoup.parse(heading).selectFirst("h1"));
  }

  @Test
  void dropsALabelBeforeAndAnchorMarksAfter() {
    String html = "<h1><span class=\"label label--primary\">Tips</span> Proxmox or Debian?</h1>";
    org.jsoup.nodes.Element h = Jsoup.parse(html).selectFirst("h1");
    assertEquals("Proxmox or Debian?", HeadingText.withoutLabel(h, "Tips Proxmox or Debian?"));
    assertEquals("Quickstart", HeadingText.withoutTrailingMarks("Quickstart ¶"));
    assertEquals("C# basics", HeadingText.withoutTrailingMarks("C# basics"));
  }
}
