package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;
import org.tidings.pipeline.Extraction;

class ArticleExtractorTest {
  /** A paragraph long enough to count as article text; tests vary its fruit. */
  private static final String ORCHARD =
      "<p>The valley orchard grew apples, pears and plums for a century, the owners said, and"
          + " the new trees planted this spring will bear fruit in about four years.</p>";

  private static final String PAGE =
      "<!doctype html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">"
          + "<title>Bridge Reopens After Repairs | The Valley Courier</title>"
          + "<meta property=\"og:site_name\" content=\"The Valley Courier\">"
          + "<meta property=\"og:title\" content=\"Bridge Reopens After Repairs\">"
          + "<link rel=\"canonical\" href=\"https://courier.example/2021/05/03/bridge\">"
          + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\","
          + "\"@type\":\"NewsArticle\",\"headline\":\"Bridge Reopens After Repairs\","
          + "\"datePublished\":\"2021-05-04T08:00:00+01:00\","
          + "\"author\":[{\"@type\":\"Person\",\"name\":\"Ann Lee\"}]}</script>"
          + "<script>var tracking = 'Do not show this';</script></head><body>"
          + "<div id=\"cookie-banner\">We use cookies to improve your experience. Accept all</div>"
          + "<header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/news\">News</a></li>"
          + "<li><a href=\"/sport\">Sport</a></li></ul></nav></header>"
          + "<main><article><h1>Bridge Reopens After Repairs</h1>"
          + "<p class=\"byline\">By Ann Lee</p>"
          + "<div class=\"share-tools\"><a href=\"#\">Facebook</a> <a href=\"#\">Twitter</a></div>"
          + "<figure><img src=\"b.jpg\"><figcaption>The old bridge, seen from the east bank.</figcaption></figure>"
          + "<p>The old river bridge reopened to traffic on Monday after eight months of repairs,"
          + " the county council said, ending long detours for commuters.</p>"
          + "<h2>What was fixed</h2>"
          + "<p>Engineers replaced the deck, strengthened two piers and repainted the steel,"
          + " which had rusted badly since the last works in 1998.</p>"
          + "<ul><li>New deck and railings along the whole span</li>"
          + "<li>Two piers strengthened against floods</li></ul>"
          + "<p>The council said the work cost 4.2 million euros, slightly less than planned.</p>"
          + "<figure><figcaption>The old bridge, seen from the east bank.</figcaption></figure>"
          + "</article>"
          + "<section class=\"related-articles\"><h3>Related</h3><ul>"
          + "<li><a href=\"/a\">Council approves budget for road works this year</a></li>"
          + "<li><a href=\"/b\">Floods close the valley road again after heavy rain</a></li></ul></section>"
          + "<div id=\"comments\"><p>Great news, about time they fixed it properly!</p></div>"
          + "</main><footer><p>© 2021 The Valley Courier. All rights reserved.</p></footer>"
          + "</body></html>";

  private final ArticleExtractor extractor = ArticleExtractor.standard();

  private static Source html(String html) {
    return Source.ofFile("page.html", "text/html", html.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void keepsTheArticleAndDropsFurniture() {
    ExtractedPage page = extractor.read(html(PAGE));
    Article article = page.article().orElseThrow();
    assertEquals(
        "Bridge Reopens After Repairs\n\n"
            + "The old bridge, seen from the east bank.\n\n"
            + "The old river bridge reopened to traffic on Monday after eight months of repairs,"
            + " the county council said, ending long detours for commuters.\n\n"
            + "What was fixed\n\n"
            + "Engineers replaced the deck, strengthened two piers and repainted the steel,"
            + " which had rusted badly since the last works in 1998.\n\n"
            + "New deck and railings along the whole span\n\n"
            + "Two piers strengthened against floods\n\n"
            + "The council said the work cost 4.2 million euros, slightly less than planned.",
        article.text());
    assertFalse(page.body().contains("east bank"), "the body leaves captions out");
    assertTrue(page.body().startsWith("The old river bridge"));
  }

  @Test
  void readsMetadata() {
    ExtractedPage page = extractor.read(html(PAGE));
    PageMetadata meta = page.metadata();
    assertEquals("Bridge Reopens After Repairs", meta.title());
    assertEquals("2021-05-04", meta.published().orElseThrow().toString());
    assertEquals(List.of("Ann Lee"), meta.authors());
    assertEquals("The Valley Courier", meta.siteName());
    assertEquals("https://courier.example/2021/05/03/bridge", meta.canonicalUrl());
    assertEquals("en", meta.language());
    Article article = page.article().orElseThrow();
    assertEquals(meta.published(), article.published());
    assertEquals(Article.idOf(article.text()), article.id());
  }

  @Test
  void mapsTextBackToTheHtml() {
    Article article = extractor.read(html(PAGE)).article().orElseThrow();
    assertEquals("char", article.sourceMap().unit());
    for (String probe : new String[] {"Engineers replaced", "Two piers", "4.2 million"}) {
      int at = article.text().indexOf(probe);
      int source = (int) article.sourceMap().sourceOffset(at);
      assertEquals(probe, PAGE.substring(source, source + probe.length()));
    }
  }

  @Test
  void datesComeFromTheUrlWhenNothingElseSaysAndAreNeverInvented() {
    String body =
        "<html><body><article><h1>Market Day</h1><p>Farmers sold apples, pears and plums at the"
            + " square on Saturday, and the mayor bought a basket of each for the town hall.</p>"
            + "</article></body></html>";
    Source dated =
        new Source(
            "p",
            "https://news.example/2016/11/24/market",
            "text/html",
            "",
            0,
            body.getBytes(StandardCharsets.UTF_8));
    assertEquals(
        "2016-11-24", extractor.read(dated).metadata().published().orElseThrow().toString());
    assertTrue(extractor.read(html(body)).metadata().published().isEmpty());
    assertTrue(
        extractor.read(html(body)).extraction().diagnostics().stream()
            .anyMatch(d -> d.code().equals("extract.no-date")),
        "a missing date is said, not invented");
    assertTrue(
        extractor.read(dated).extraction().diagnostics().stream()
            .noneMatch(d -> d.code().equals("extract.no-date")));
  }

  @Test
  void fallsBackToJsonLdArticleBody() {
    String page =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
            + "\"headline\":\"Quiet Launch\",\"articleBody\":\"The rocket left the pad at dawn and reached"
            + " orbit nine minutes later, the agency said.\\nIts payload, a weather satellite, will"
            + " start work next month after checks.\"}</script></head><body><div id=\"app\"></div></body></html>";
    ExtractedPage read = extractor.read(html(page));
    assertTrue(read.body().startsWith("The rocket left the pad at dawn"));
    assertTrue(
        read.extraction().diagnostics().stream()
            .anyMatch(d -> d.code().equals("extract.json-ld-body")));
  }

  @Test
  void triesAgainLenientlyWhenTheRulesLeaveNothing() {
    String para = ORCHARD;
    // A page builder that calls every block a widget: the class rules drop them all.
    String widgets =
        "<html><body><header><a href=\"/\">Home</a></header><div class=\"builder\">"
            + "<div class=\"builder-widget\">"
            + para
            + "</div><div class=\"builder-widget\">"
            + para.replace("apples", "cherries")
            + "</div></div><footer>Contact us</footer></body></html>";
    String body = extractor.read(html(widgets)).body();
    assertTrue(body.contains("grew apples") && body.contains("grew cherries"), body);
    assertFalse(body.contains("Contact us"), body);
    // A script framework that streams the article into a hidden div and moves it at load.
    String streamed =
        "<html><body><div id=\"root\"><nav><a href=\"/\">Home</a></nav></div>"
            + "<div hidden id=\"S:0\"><article>"
            + para
            + para.replace("apples", "quinces")
            + "</article></div></body></html>";
    body = extractor.read(html(streamed)).body();
    assertTrue(body.contains("grew apples") && body.contains("grew quinces"), body);
    // A framework that hides the whole page until its styles load.
    String unstyled =
        "<html><body><div id=\"__next\"><div style=\"visibility:hidden\"><article>"
            + para
            + para.replace("apples", "quinces")
            + "</article></div></div></body></html>";
    body = extractor.read(html(unstyled)).body();
    assertTrue(body.contains("grew apples") && body.contains("grew quinces"), body);
    // A page with an article of its own keeps the strict rules: the hidden box stays out.
    String strict =
        "<html><body><article>"
            + para
            + para.replace("apples", "quinces")
            + "</article><div hidden><p>Subscribe to our newsletter for daily stories, offers and"
            + " the best of the week in your inbox.</p></div></body></html>";
    body = extractor.read(html(strict)).body();
    assertFalse(body.contains("Subscribe"), body);
  }

  @Test
  void widensAShortTextToSectionsMarkedLikeFurnitureButNotToComments() {
    String lead =
        "<p>Cloud computing is the on-demand availability of computing resources, such as storage"
            + " and infrastructure, as services over the internet, paid for as they are used.</p>";
    StringBuilder sections = new StringBuilder();
    for (String fruit : List.of("apples", "quinces", "cherries", "figs", "medlars", "pears")) {
      sections
          .append("<div class=\"widget\"><h2>Section on ")
          .append(fruit)
          .append("</h2>")
          .append(ORCHARD.replace("apples", fruit))
          .append(ORCHARD.replace("apples", fruit).replace("century", "decade"))
          .append("</div>");
    }
    // A page builder: the lead paragraph in a plain block, every section in a "widget".
    String page =
        "<html><body><main><div class=\"intro\">"
            + lead
            + "</div>"
            + sections
            + "</main></body></html>";
    String body = extractor.read(html(page)).body();
    assertTrue(body.contains("on-demand") && body.contains("grew medlars"), body);
    // A short post with a long comment thread: the comments stay out.
    String post =
        "<html><body><article>"
            + lead
            + lead.replace("Cloud computing", "Grid computing")
            + "</article><div class=\"comments\">"
            + sections.toString().replace("widget", "comment")
            + "</div></body></html>";
    body = extractor.read(html(post)).body();
    assertTrue(body.contains("Grid computing"), body);
    assertFalse(body.contains("medlars"), body);
  }

  @Test
  void readsAWholeLandingPageMainWhenNoContainerHoldsMuch() {
    // A hero line and feature cards, each a block of its own with a heading, a sentence and a
    // link: no container holds much text, the page says which part is its content.
    StringBuilder cards = new StringBuilder();
    for (String feature : List.of("Ticketing", "Messaging", "Voice", "Help centre", "Analytics")) {
      cards
          .append("<section class=\"card\"><div><h3>")
          .append(feature)
          .append("</h3><div><span>")
          .append(feature)
          .append(
              " brings every customer conversation into one place, so agents answer faster"
                  + " and nothing is lost between channels.</span></div><a href=\"/")
          .append(feature.toLowerCase(java.util.Locale.ROOT).replace(' ', '-'))
          .append("\">Learn more</a></div></section>");
    }
    String page =
        "<html><body><header><nav><a href=\"/\">Home</a><a href=\"/pricing\">Pricing</a></nav>"
            + "</header><main><div class=\"hero\"><h1>The complete service solution</h1><div>"
            + "<span>Resolve requests from day one.</span></div></div>"
            + cards
            + "</main><footer><a href=\"/legal\">Legal</a></footer></body></html>";
    String body = extractor.read(html(page)).body();
    assertTrue(body.contains("Ticketing brings") && body.contains("Analytics brings"), body);
    assertFalse(body.contains("Pricing") || body.contains("Legal"), body);
    // Without a main: the body, its header, navigation and footer dropped.
    String plain = page.replace("<main>", "<div>").replace("</main>", "</div>");
    body = extractor.read(html(plain)).body();
    assertTrue(body.contains("Ticketing brings") && body.contains("Analytics brings"), body);
    assertFalse(body.contains("Pricing") || body.contains("Legal"), body);
  }

  @Test
  void readsForumPostsRenderedIntoNoscriptButNotItsScriptNotice() {
    // Forum software renders the thread into a noscript and draws it with scripts; the page has
    // nothing else to read but a notice asking for scripts.
    String reply =
        "<p>We planted figs along the south wall last year, and the first crop came in August,"
            + " small but sweet, so the wall clearly keeps the frost away from them.</p><p>Next"
            + " year we will try a second row by the barn, where the soil is lighter.</p>";
    String thread =
        "<html><body><div id=\"app\"></div><noscript>Please enable JavaScript to use this"
            + " forum.</noscript><noscript><div class=\"wrap\"><div id=\"post_1\""
            + " class=\"topic-body crawler-post\"><div class=\"post\">"
            + ORCHARD
            + "</div></div><div id=\"post_2\" class=\"topic-body crawler-post\""
            + " itemprop=\"comment\"><div class=\"post\">"
            + reply
            + "</div></div></div></noscript></body></html>";
    String body = extractor.read(html(thread)).body();
    assertTrue(body.contains("grew apples") && body.contains("planted figs"), body);
    assertFalse(body.contains("JavaScript"), body);
    // A noscript holding only the notice is no text.
    String app =
        "<html><body><div id=\"root\"></div><noscript>You need to enable JavaScript to run this"
            + " app.</noscript></body></html>";
    assertEquals("", extractor.read(html(app)).body());
    // A page with text of its own does not read its noscript.
    String article =
        "<html><body><article>"
            + ORCHARD
            + ORCHARD.replace("apples", "quinces")
            + "</article><noscript>"
            + reply
            + "</noscript></body></html>";
    body = extractor.read(html(article)).body();
    assertFalse(body.contains("planted figs"), body);
  }

  @Test
  void captionsMarkedByClassStayOutOfTheBodyButFigureTablesStayIn() {
    String para = ORCHARD;
    String page =
        "<html><body><article>"
            + para
            + "<div class=\"photo-gallery\"><div class=\"item\"><p>Workers pick pears in the"
            + " old orchard on Tuesday, before the first frost.</p><span class=\"imageCredit\">"
            + "Photo: Ann Lee</span></div></div>"
            + para.replace("apples", "quinces")
            + "<figure><table><tr><td>Apples</td><td>1,200 tonnes</td></tr></table>"
            + "<div>Harvest by fruit, 2020</div></figure></article></body></html>";
    ExtractedPage read = extractor.read(html(page));
    assertFalse(read.body().contains("Workers pick pears"), read.body());
    assertFalse(read.body().contains("Ann Lee"), read.body());
    assertFalse(read.body().contains("Harvest by fruit"), read.body());
    assertTrue(read.body().contains("1,200 tonnes"), read.body());
    String text = read.article().orElseThrow().text();
    assertTrue(text.contains("Workers pick pears in the old orchard"), text);
  }

  @Test
  void takesAllSectionsOfAnArticleSplitAcrossContainers() {
    StringBuilder page = new StringBuilder("<html><body><div class=\"page\">");
    String[] fruits = {"apples", "pears", "plums", "quinces"};
    for (int i = 0; i < fruits.length; i++) {
      // Each section sits deep in its own column; the first one is the longest.
      page.append("<div class=\"row-")
          .append(i)
          .append("\"><div class=\"col\"><div class=\"block\"><h2>Part ")
          .append(i + 1)
          .append("</h2>");
      for (int j = 0; j < (i == 0 ? 4 : 2); j++) {
        page.append("<p>The valley orchard grew ")
            .append(fruits[i])
            .append(" for a century, the owners said, and the new trees planted this spring,")
            .append(" row ")
            .append(j)
            .append(", will bear fruit in about four years.</p>");
      }
      page.append("</div></div><div class=\"note\">From our orchard series</div></div>");
    }
    page.append("</div><div class=\"more\"><p><a href=\"/a\">Another story about a festival")
        .append(" far away, with music and dancing</a></p></div></body></html>");
    String body = extractor.read(html(page.toString())).body();
    for (String fruit : fruits) {
      assertTrue(body.contains("grew " + fruit), body);
    }
    assertFalse(body.contains("festival"), body);
  }

  @Test
  void keepsQuotesEmbeddedFromSocialNetworks() {
    String para = ORCHARD;
    String page =
        "<html><body><article>"
            + para
            + "<blockquote class=\"twitter-tweet\"><p>Our first harvest in years is in, thank you"
            + " all for the help this autumn!</p>— Valley Orchard (@orchard)</blockquote>"
            + para.replace("apples", "quinces")
            + "<div class=\"twitter-follow\"><p>Follow us for more news from the valley and"
            + " beyond, every day of the week.</p></div></article></body></html>";
    String body = extractor.read(html(page)).body();
    assertTrue(body.contains("Our first harvest in years is in"), body);
    assertFalse(body.contains("Follow us"), body);
  }

  @Test
  void recentAndPopularPostHeadingsEndTheText() {
    String para =
        "<p>The harbour works went on through the winter, the port authority said, and the new"
            + " quay will open to ships in spring, a month later than first planned.</p>";
    for (String heading : new String[] {"RECENT POSTS", "Popular this week", "Últimas notícias"}) {
      String page =
          "<html><body><div class=\"post\">"
              + para
              + para.replace("winter", "summer")
              + "<h3>"
              + heading
              + "</h3><p>Another story entirely, about a festival in a town far away, with music,"
              + " food and dancing until late at night.</p></div></body></html>";
      String body = extractor.read(html(page)).body();
      assertTrue(body.contains("through the summer"), body);
      assertFalse(body.contains("festival"), heading + ": " + body);
    }
  }

  @Test
  void decodesByMetaCharsetBomAndTransport() {
    String page =
        "<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9 opens</title></head><body><p>The"
            + " caf\u00e9 on the corner opened its doors on Friday, serving cr\u00e8me br\u00fbl\u00e9e"
            + " and strong coffee to a queue of neighbours.</p></body></html>";
    byte[] latin = page.getBytes(Charset.forName("windows-1252"));
    assertTrue(
        extractor
            .read(Source.ofFile("p", "text/html", latin))
            .body()
            .contains("cr\u00e8me br\u00fbl\u00e9e"));
    byte[] utf16 =
        ("\uFEFF" + page.replace("windows-1252", "utf-16")).getBytes(StandardCharsets.UTF_16BE);
    assertTrue(
        extractor
            .read(Source.ofFile("p", "text/html", utf16))
            .body()
            .contains("caf\u00e9 on the corner"));
    Source transport =
        new Source(
            "p",
            "",
            "text/html",
            "windows-1252",
            0,
            page.replace("<meta charset=\"windows-1252\">", "")
                .getBytes(Charset.forName("windows-1252")));
    assertTrue(extractor.read(transport).body().contains("cr\u00e8me"));
  }

  @Test
  void endsTheTextAtARelatedArticlesHeadingButNotAtReadAlso() {
    String para =
        "<p>The harbour works went on through the winter, the port authority said, and the new"
            + " quay will open to ships in spring, a month later than first planned.</p>";
    String page =
        "<html><body><div class=\"post\">"
            + para
            + "<p>Leggi anche</p><p>The second part of the story goes on here, with more detail,"
            + " figures and quotes from the people who work on the quay every day.</p>"
            + "<h3>Você pode gostar...</h3>"
            + "<p>Another story entirely, about a festival in a town far away, with music, food"
            + " and dancing until late at night for three days in a row.</p></div></body></html>";
    String body = extractor.read(html(page)).body();
    assertTrue(body.contains("second part of the story"), body);
    assertFalse(body.contains("festival"), body);
    assertFalse(body.contains("Você pode gostar"), body);
  }

  @Test
  void badInputGivesDiagnosticsNotExceptions() {
    assertFailed("extract.empty", Source.ofFile("e", "text/html", new byte[0]));
    byte[] junk = new byte[4096];
    for (int i = 0; i < junk.length; i++) {
      junk[i] = (byte) (i * 31 % 7);
    }
    assertFailed("extract.binary", Source.ofFile("j", "text/html", junk));
    assertFailed(
        "extract.no-text",
        html(
            "<html><head><script>alert(1)</script></head><body><script>x()</script></body></html>"));
    assertFailed("extract.no-text", html("<html><head><title>T</title></head></html>"));
    byte[] undecodable = new byte[2000];
    for (int i = 0; i < undecodable.length; i++) {
      undecodable[i] = (byte) (0x80 | i % 0x3F);
    }
    Extraction bad = extractor.extract(new Source("u", "", "text/plain", "utf-8", 0, undecodable));
    assertTrue(bad.article().isEmpty());
  }

  @Test
  void survivesDeepNestingAndHugeInput() {
    String deep =
        "<div>".repeat(10_000)
            + "<p>Deep inside, the text is still found by the reader, all of it.</p>"
            + "</div>".repeat(10_000);
    Extraction nested = extractor.extract(html("<html><body>" + deep + "</body></html>"));
    assertTrue(
        nested.diagnostics().stream().noneMatch(d -> d.severity() == Diagnostic.Severity.ERROR)
            || nested.article().isEmpty());
    String paragraph =
        "<p>Words of a very long page, repeated many times over, with commas, and more.</p>\n";
    StringBuilder big = new StringBuilder("<html><body><article>");
    while (big.length() < 20_000_000) {
      big.append(paragraph);
    }
    Extraction huge = extractor.extract(html(big.toString()));
    assertTrue(huge.article().isPresent());
    assertTrue(huge.diagnostics().stream().anyMatch(d -> d.code().equals("extract.truncated")));
    // A huge page without text: the failure says why, and still that the page was cut.
    StringBuilder links = new StringBuilder("<html><body>");
    while (links.length() < 4_000_000) {
      links.append("<div><a href=\"/x\">link</a></div>");
    }
    Extraction empty = extractor.extract(html(links.toString()));
    assertTrue(empty.article().isEmpty());
    assertEquals(
        List.of("extract.no-text", "extract.truncated"),
        empty.diagnostics().stream().map(Diagnostic::code).toList());
  }

  private void assertFailed(String code, Source source) {
    Extraction e = extractor.extract(source);
    assertTrue(e.article().isEmpty(), code);
    assertEquals(code, e.diagnostics().get(0).code());
  }

  @Test
  void seenKeysTellRepeatsFromHashCollisions() {
    ArticleExtractor.SeenKeys seen = new ArticleExtractor.SeenKeys();
    for (int i = 0; i < 500; i++) { // past the first table size
      assertTrue(seen.add("Line " + i, i * 7919L), "first " + i);
    }
    for (int i = 0; i < 500; i++) {
      assertFalse(seen.add("line  " + i + " ", i * 7919L), "repeat " + i);
    }
    assertTrue(seen.add("Another line", 7919L), "same hash, other key");
    assertFalse(seen.add("ANOTHER LINE", 7919L));
    assertTrue(seen.add("Zero", 0L));
    assertFalse(seen.add("zero", 0L));
  }

  @Test
  void bodyNodesAreTheParsersBodyNodesInDocumentOrderUntilTheScanTakesThem() {
    org.jsoup.nodes.Document doc = HtmlParser.parse(PAGE, "https://courier.example/");
    org.jsoup.nodes.Node[] nodes = ArticleExtractor.bodyNodes(doc);
    List<org.jsoup.nodes.Node> walked = new java.util.ArrayList<>();
    doc.body().traverse((node, depth) -> walked.add(node));
    assertEquals(walked.subList(1, walked.size()), List.of(nodes)); // all but the body itself
    new MetadataReader(DateFinder.standard()).read(doc, "https://courier.example/");
    assertNull(ArticleExtractor.bodyNodes(doc)); // taken: the tree may change from here
    assertNull(ArticleExtractor.bodyNodes(org.jsoup.Jsoup.parse(PAGE)));
  }
}
