package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
  private final MetadataReader reader = new MetadataReader(DateFinder.standard());

  private MetadataReader.Head read(String html, String url) {
    return reader.read(Jsoup.parse(html, url), url);
  }

  @Test
  void resolvesJsonLdAuthorReferencesInAGraph() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@graph\":["
            + "{\"@type\":\"Article\",\"headline\":\"Dam Opens\",\"datePublished\":"
            + "\"2021-05-04T23:30:00-07:00\",\"dateModified\":\"2022-01-01\","
            + "\"author\":{\"@id\":\"#p1\"}},"
            + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Ann Lee\"}]}</script>"
            + "</head><body><h1>Dam Opens</h1><p>Text.</p></body></html>";
    MetadataReader.Head head = read(html, "https://x.example/dam");
    assertEquals(List.of("Ann Lee"), head.authors());
    // The local day as written, not converted to UTC.
    assertEquals("2021-05-04", head.published().orElseThrow().toString());
    assertEquals("Dam Opens", head.title());
  }

  @Test
  void stripsSiteNamesKnownFromTheHostName() {
    String html =
        "<html><head><title>Bridge Reopens After Repairs | Valleycourier</title></head>"
            + "<body><p>Text.</p></body></html>";
    assertEquals(
        "Bridge Reopens After Repairs", read(html, "https://www.valleycourier.com/a").title());
  }

  @Test
  void skipsHeadingsThatNameTheSiteOrASection() {
    String html =
        "<html><head><meta property=\"og:title\" content=\"Why Rust Feels Different\">"
            + "</head><body><header><h1>Playful Tones</h1></header><h1>Blog</h1>"
            + "<p>Text.</p></body></html>";
    assertEquals("Why Rust Feels Different", read(html, "https://playfultones.com/x").title());
  }

  @Test
  void takesAHeadingThatEndsTheTitleForTheSiteName() {
    String html =
        "<html><head><title>What is Ownership? - The Rust Book</title></head>"
            + "<body><div class=\"menu-bar\"><h1>The Rust Book</h1></div>"
            + "<p>Text.</p></body></html>";
    assertEquals("What is Ownership?", read(html, "https://doc.example.org/ch04").title());
  }

  @Test
  void dropsTheLabelPrintedBeforeAForumThreadsTitle() {
    String html =
        "<html><body><h1 class=\"p-title-value\"><span class=\"label label--primary\">"
            + "Tips</span><span class=\"label-append\">&nbsp;</span>Proxmox or Debian?</h1>"
            + "<p>Text.</p></body></html>";
    assertEquals("Proxmox or Debian?", read(html, "https://forum.example/t/1").title());
  }

  @Test
  void keepsThePartBeforeAPipe() {
    String html =
        "<html><head><title>Best Movers in Boston 2025 | Top 19 Companies | Supermove"
            + "</title><meta property=\"og:site_name\" content=\"Supermove\"></head>"
            + "<body><p>Text.</p></body></html>";
    assertEquals("Best Movers in Boston 2025", read(html, "https://supermove.example/b").title());
    assertEquals("Best Movers", TitleCleaner.firstPart("Best Movers | Top 19"));
    assertEquals("README | guide", TitleCleaner.firstPart("README | guide"));
  }

  @Test
  void prefersTheHeadingWhenTheTitleAddsATagline() {
    String html =
        "<html><head><title>Personal Training - Campus Recreation Sports</title></head>"
            + "<body><h1>Personal Training</h1><p>Text.</p></body></html>";
    assertEquals("Personal Training", read(html, "https://rec.example.edu/pt").title());
  }

  @Test
  void fallsBackToTheDateShownNextToTheHeadline() {
    String html =
        "<html><head><title>Notes</title></head><body><aside><time datetime=\"2019-01-01\">"
            + "1 Jan 2019</time></aside><h1>Notes on Gardening</h1>"
            + "<div class=\"meta\">Posted 14. März 2020</div><p>Text.</p></body></html>";
    assertEquals(
        "2020-03-14", read(html, "https://x.example/notes").published().orElseThrow().toString());
  }

  @Test
  void takesThePublishersDayFromTheUrlWhenTheMetaTagsAreADayOffInUtc() {
    String html =
        "<html><head><meta property=\"article:published_time\""
            + " content=\"2019-11-20T01:50:59.403Z\"></head><body><h1>Merger</h1><p>Text.</p>"
            + "</body></html>";
    assertEquals(
        "2019-11-19",
        read(html, "https://news.example/business/story/2019-11-19/merger")
            .published()
            .orElseThrow()
            .toString());
    // Two days apart: the URL's date is not the same day in another zone, the tag wins.
    assertEquals(
        "2019-11-20",
        read(html, "https://news.example/business/story/2019-11-18/merger")
            .published()
            .orElseThrow()
            .toString());
  }

  @Test
  void readsTheDateInAnArticlesOwnAside() {
    String html =
        "<html><body><aside><time datetime=\"2019-01-01\">1 Jan 2019</time></aside><article>"
            + "<aside><time datetime=\"2021-06-06\">June 6, 2021</time></aside>"
            + "<h1>A brief intro to git</h1><p>Text.</p></article></body></html>";
    assertEquals(
        "2021-06-06", read(html, "https://x.example/git").published().orElseThrow().toString());
  }

  @Test
  void takesADateLineFarBelowALongHeadlineBlock() {
    StringBuilder html = new StringBuilder("<html><body><h1>How Apps Are Made</h1>");
    for (int i = 0; i < 200; i++) {
      html.append("<span>Step ").append(i).append("</span>");
    }
    html.append("<p>Posted on April 8, 2024</p><p>Text.</p></body></html>");
    assertEquals(
        "2024-04-08",
        read(html.toString(), "https://x.example/apps").published().orElseThrow().toString());
  }

  @Test
  void prefersTheShownDateToAJsonLdDateWrittenInWords() {
    String html =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\","
            + "\"headline\":\"Yoga Prices\",\"datePublished\":\"Jun 24, 2025\"}</script>"
            + "</head><body><h1>Yoga Prices</h1><p>August 25, 2024</p><p>Text.</p></body></html>";
    assertEquals(
        "2024-08-25", read(html, "https://x.example/yoga").published().orElseThrow().toString());
    String iso =
        html.replace("Jun 24, 2025", "2025-06-24T10:00:00Z")
            .replace("</head>", "<meta name=\"date\" content=\"2025-06-24\"></head>");
    assertEquals(
        "2025-06-24", read(iso, "https://x.example/yoga").published().orElseThrow().toString());
  }

  @Test
  void ranksADateCalledAnUpdateAfterThePublicationDate() {
    String html =
        "<html><body><p>December 22, 2022</p><p>Updated: January 02, 2026</p>"
            + "<h1>Meditation</h1><p>Text.</p></body></html>";
    assertEquals(
        "2022-12-22", read(html, "https://x.example/m").published().orElseThrow().toString());
    String alone =
        "<html><body><h1>Meditation</h1><p>Zuletzt aktualisiert: 2. Januar 2026</p>"
            + "<p>Text.</p></body></html>";
    assertEquals(
        "2026-01-02", read(alone, "https://x.example/m").published().orElseThrow().toString());
  }

  @Test
  void readsMetadataDatesInThePagesLocale() {
    String html =
        "<html lang=\"en\"><head><meta property=\"og:locale\" content=\"en_US\">"
            + "<meta property=\"article:published_time\" content=\"03-09-2026\"></head>"
            + "<body><h1>Fasting</h1><p>Text.</p></body></html>";
    assertEquals(
        "2026-03-09", read(html, "https://x.example/f").published().orElseThrow().toString());
  }

  @Test
  void prefersTheShownDateToAJsonLdDateNoMetaTagConfirms() {
    String ldOnly =
        "<html><head><script type=\"application/ld+json\">{\"@type\":\"Article\","
            + "\"headline\":\"Cost of College\",\"datePublished\":\"2021-08-12T19:35:44Z\"}"
            + "</script></head><body><h1>Cost of College</h1><p>Last Updated: 2025-02-22</p>"
            + "<p>Text.</p></body></html>";
    assertEquals(
        "2025-02-22", read(ldOnly, "https://x.example/c").published().orElseThrow().toString());
    String confirmed =
        ldOnly.replace(
            "</head>", "<meta property=\"article:published_time\" content=\"2021-08-12\"></head>");
    assertEquals(
        "2021-08-12", read(confirmed, "https://x.example/c").published().orElseThrow().toString());
    // A shown date that is the JSON-LD date read the other way round agrees with it.
    String swapped = ldOnly.replace("2025-02-22", "12.08.2021").replace("08-12T", "12-08T");
    assertEquals(
        "2021-12-08", read(swapped, "https://x.example/c").published().orElseThrow().toString());
  }

  @Test
  void skipsDatesThatMarkSomethingElse() {
    String html =
        "<html><body><h1>Discuss the 7.1 release</h1><div><b>Joined:</b> 4. Jul 2012</div>"
            + "<div>11. Sep 2024, 18:36</div><p>Text.</p></body></html>";
    assertEquals(
        "2024-09-11", read(html, "https://x.example/t").published().orElseThrow().toString());
  }

  @Test
  void readsTheLocalDayOfAUtcTimeFromItsText() {
    String html =
        "<html><body><h1>Cruise tips</h1><time datetime=\"2024-04-17T21:13:04Z\">April 18,"
            + " 2024</time><p>Text.</p></body></html>";
    assertEquals(
        "2024-04-18", read(html, "https://x.example/t").published().orElseThrow().toString());
  }

  @Test
  void prefersPublishedMetadataToTheModifiedDate() {
    String html =
        "<html><head><meta property=\"article:modified_time\" content=\"2023-02-02\">"
            + "<meta property=\"article:published_time\" content=\"2022-12-24T10:00:00Z\">"
            + "</head><body><h1>H</h1><p>Text.</p></body></html>";
    assertEquals(
        "2022-12-24", read(html, "https://x.example/h").published().orElseThrow().toString());
    String modifiedOnly =
        "<html><head><meta property=\"article:modified_time\" content=\"2023-02-02\">"
            + "</head><body><h1>H</h1><p>Text.</p></body></html>";
    assertEquals(
        "2023-02-02",
        read(modifiedOnly, "https://x.example/h").published().orElseThrow().toString());
  }

  @Test
  void inventsNoDate() {
    String html = "<html><body><h1>H</h1><p>Founded in 2019 with 12 staff.</p></body></html>";
    assertTrue(read(html, "https://x.example/h").published().isEmpty());
  }

  @Test
  void readsBylinesWithoutTheirPrefixes() {
    String html =
        "<html><body><h1>Storm Hits Coast</h1><div class=\"byline\">By Maria Gómez and"
            + " Tom Wu</div><p>Text.</p><div class=\"comments\"><span class=\"author\">"
            + "troll99</span></div></body></html>";
    assertEquals(List.of("Maria Gómez", "Tom Wu"), read(html, "https://x.example/s").authors());
  }

  @Test
  void readsTheAuthorOfAForumThatRendersItsPostsInsideNoscript() {
    String html =
        "<html><head><title>Which GPU? - Forum</title></head><body><div id=app></div>"
            + "<noscript data-path=\"/t/which-gpu/7\"><div class='crawler-post'>"
            + "<span class=\"creator\" itemprop=\"author\" itemscope><a itemprop=\"url\""
            + " href='/u/gpu_fan'><span itemprop='name'>gpu_fan</span></a></span>"
            + "<div itemprop='text'><p>Help me choose.</p></div></div></noscript></body></html>";
    String url = "https://forum.example/t/which-gpu/7";
    assertEquals(List.of("gpu_fan"), reader.read(HtmlParser.parse(html, url), url).authors());
  }

  @Test
  void readsTheFirstPostersNameOnAForum() {
    String html =
        "<html><body><h1>Which GPU?</h1><article class=\"message\" data-author=\"gpu_fan\">"
            + "<p>Help me choose.</p></article><article class=\"message\" data-author=\"other\">"
            + "<p>This one.</p></article></body></html>";
    assertEquals(List.of("gpu_fan"), read(html, "https://forum.example/t/1").authors());
  }

  @Test
  void keepsTheSiteAsAuthorWhenThePageSignsWithIt() {
    String html =
        "<html><head><meta property=\"og:site_name\" content=\"Daily Planet\">"
            + "<meta name=\"author\" content=\"Daily Planet\"></head>"
            + "<body><h1>H</h1><p>Text.</p></body></html>";
    assertEquals(List.of("Daily Planet"), read(html, "https://x.example/h").authors());
    String byline =
        "<html><head><meta property=\"og:site_name\" content=\"Daily Planet\"></head>"
            + "<body><h1>H</h1><div class=\"byline\">By Daily Planet</div><p>Text.</p>"
            + "</body></html>";
    assertEquals(List.of("Daily Planet"), read(byline, "https://x.example/h").authors());
  }

  @Test
  void aPersonInTheBylineWinsOverTheSiteSigningInTheMetadata() {
    String head =
        "<html><head><meta property=\"og:site_name\" content=\"GlossGenius\">"
            + "<meta name=\"author\" content=\"GlossGenius\"></head><body><h1>Salon Prices</h1>";
    String byline = "<div class=\"byline\">By Shauna Mitchell</div><p>Text.</p></body></html>";
    assertEquals(
        List.of("Shauna Mitchell"), read(head + byline, "https://glossgenius.com/p").authors());
    assertEquals(
        List.of("GlossGenius"),
        read(head + "<p>Text.</p></body></html>", "https://glossgenius.com/p").authors());
  }

  @Test
  void takesABareNameInABylineFurtherDown() {
    StringBuilder html = new StringBuilder("<html><body><h1>Sourdough</h1>");
    for (int i = 0; i < 200; i++) {
      html.append("<span>Step ").append(i).append("</span>");
    }
    html.append("<div class=\"entry-author\">Posted By: Kiersten</div>");
    html.append("<div class=\"author-bio\">Kiersten bakes bread in Ohio, and has done so for");
    html.append(" twenty years, writing about it every week.</div></body></html>");
    assertEquals(List.of("Kiersten"), read(html.toString(), "https://x.example/b").authors());
  }

  @Test
  void readsNamesInBylinesWithoutTheirDatesAndRoles() {
    assertEquals(List.of("Luke Kim"), byline("Luke Kim December 17, 2025"));
    assertEquals(List.of("Summer Swann"), byline("By Summer Swann - June 12, 2025"));
    assertEquals(List.of("Haley Hoekstra"), byline("By Haley Hoekstra • March 12, 2025"));
    assertEquals(List.of("Brian Becker"), byline("Brian Becker 7 min read"));
    assertEquals(List.of("Reyan Perumal"), byline("By Reyan Perumal Published on July 18, 2025"));
    assertEquals(List.of("Julian K. Arni"), byline("Dec 17, 2025Julian K. Arni"));
    assertEquals(List.of("WSET Global"), byline("03/10/2023 by WSET Global"));
    assertEquals(List.of("April Fulton"), byline("Updated Nov 11, 2022 By April Fulton"));
    assertEquals(List.of("Brian May"), byline("Brian May • Guest writer"));
    assertEquals(List.of("David Kim"), byline("By \"David Kim\""));
    assertEquals(
        List.of("AAA Travel Editor"),
        byline("<span>Written by</span><span>AAA Travel Editor</span>"));
    assertEquals(List.of(), byline("262588213843476"));
    assertEquals(
        List.of("Meghan Neville"),
        byline("Written by <a href=\"/u/mn\">Meghan Neville</a> Content Marketing Coordinator"));
    assertEquals(
        List.of("Ann Lee", "Tom Wu"),
        byline("By <a href=\"/u/al\">Ann Lee</a> and <a href=\"/u/tw\">Tom Wu</a>"));
  }

  @Test
  void readsLinkedBylinesInTheParsersTreeWhoseLinksKeepNoHref() {
    String html =
        "<html><body><h1>Storm Hits Coast</h1><div class=\"byline\">Written by <a"
            + " href=\"/u/mn\">Meghan Neville</a> Content Marketing Coordinator</div>"
            + "<p>Text.</p></body></html>";
    String url = "https://x.example/s";
    assertEquals(
        List.of("Meghan Neville"), reader.read(HtmlParser.parse(html, url), url).authors());
  }

  @Test
  void firstNamedLinkIsTheFirstAnchorWithAnHrefAndTextInDocumentOrder() {
    String html =
        "<div><a name=x>no</a><a href=/i><img src=i.png></a><span><a href=\"\">empty</a></span>"
            + "<a href=/b>b</a></div><a href=/c><b>c</b></a>";
    for (Document doc : List.of(Jsoup.parse(html), HtmlParser.parse(html, ""))) {
      Element div = doc.selectFirst("div");
      assertEquals("empty", MetadataReader.firstNamedLink(div).text());
      Element c = doc.select("a").last();
      assertEquals(c, MetadataReader.firstNamedLink(c)); // the element itself first
      assertNull(MetadataReader.firstNamedLink(doc.selectFirst("b")));
    }
  }

  @Test
  void readsBylinesThatOnlyTheirWordsMark() {
    assertEquals(
        List.of("Sofia Gonzalez"), plainByline("<p>By <a href=\"/p/sg\">Sofia Gonzalez</a></p>"));
    assertEquals(List.of("Jon Foster"), plainByline("<p>by Jon Foster - 2025-09-13</p>"));
    assertEquals(List.of("Ziyi Xu"), plainByline("<p>by: Ziyi Xu, Dec 17, 2025</p>"));
    assertEquals(
        List.of("Edzel Tabing"), plainByline("<div><p>Written by</p><p>Edzel Tabing</p></div>"));
    assertEquals(List.of("Ana Ruiz"), plainByline("<p>Por Ana Ruiz</p>"));
    assertEquals(
        List.of("Agatha Caleo"),
        plainByline("<div><time datetime=\"2017-03-01\">03/01/2017</time> by Agatha Caleo</div>"));
    // Above the headline, in the same header.
    String above =
        "<html><body><header><div><span>Published August 7, 2023</span> <span>by Nicole"
            + " Burke</span></div><h1>Garden Plans</h1></header><p>Text.</p></body></html>";
    assertEquals(List.of("Nicole Burke"), read(above, "https://x.example/g").authors());
    // A clause that happens to open with "by" names nobody.
    assertEquals(List.of(), plainByline("<p>By batching, we can have better throughput</p>"));
    assertEquals(List.of(), plainByline("<p>By 2030 the plant will close.</p>"));
  }

  @Test
  void takesTheNameInsideABylineBoxThatGoesOnWithARole() {
    String html =
        "<html><body><h1>Desk Setup</h1><p>Text.</p><div class=\"article__author\">"
            + "<span class=\"article__author__name\">Mateusz Haberny</span>"
            + "<span class=\"article__author__position\">Founder at Oakywood</span></div>"
            + "</body></html>";
    assertEquals(List.of("Mateusz Haberny"), read(html, "https://x.example/d").authors());
    String dated =
        "<html><body><h1>Watts</h1><div class=\"top-author\"><span class=\"author-name\">"
            + "EcoFlow</span><time class=\"author-time\">- 2025/4/29</time></div>"
            + "<p>Text.</p></body></html>";
    assertEquals(List.of("EcoFlow"), read(dated, "https://x.example/w").authors());
    String forum =
        "<html><body><h1>SMF vs MyBB?</h1><div class=\"post_author\"><div class=\"author_info\">"
            + "<a href=\"/u/7\">StarredSkies</a> Big Board Owner</div><div class=\"author_stats\">"
            + "Posts: 116 Joined: Feb 2019</div></div><p>Which one?</p></body></html>";
    assertEquals(List.of("StarredSkies"), read(forum, "https://forum.example/t/2").authors());
  }

  @Test
  void skipsAnAvatarLinkBeforeTheNameInAByline() {
    assertEquals(
        List.of("Shelby Loos"),
        byline(
            "<a href=\"/u/sl\"><img src=\"a.png\"></a><a href=\"/u/sl\">Shelby Loos</a>, DVM."
                + " Reviewed by Molly Price, DVM"));
  }

  private List<String> plainByline(String inner) {
    String html =
        "<html><body><article><h1>Storm Hits Coast</h1>"
            + inner
            + "<p>The storm reached the coast on Tuesday night.</p></article></body></html>";
    return read(html, "https://x.example/s").authors();
  }

  private List<String> byline(String inner) {
    String html =
        "<html><body><h1>Storm Hits Coast</h1><div class=\"byline\">"
            + inner
            + "</div><p>Text.</p></body></html>";
    return read(html, "https://x.example/s").authors();
  }

  @Test
  void cleansWhiteSpaceAndEntities() {
    assertEquals("a b c", MetadataReader.clean("  a \t\n b\u00A0\u00A0c  "));
    assertEquals("Ann Lee", MetadataReader.clean("Ann Lee"));
    assertEquals("a&b", MetadataReader.clean("a&amp;b"));
    assertEquals("", MetadataReader.clean(null));
    assertEquals(2, MetadataReader.words("  Ann \t Lee  "));
    assertEquals(0, MetadataReader.words("   "));
    assertEquals(2, MetadataReader.words("a\u0001b c"));
  }

  @Test
  void findsTheFirstShownCharOfATextNode() {
    assertEquals('B', MetadataReader.firstShownChar("\u200B  \u00A0By Ann"));
    assertEquals('x', MetadataReader.firstShownChar("\u2003x"));
    assertEquals(-1, MetadataReader.firstShownChar(" \n\u00AD "));
    assertEquals(128 * 'B' + 'y', MetadataReader.shownStart(" \u00A0B\u200By Ann"));
    assertEquals(128 * 'A' + ' ', MetadataReader.shownStart("A \t lot"));
    assertEquals(128 * 'A', MetadataReader.shownStart("A"));
    assertEquals(Integer.MAX_VALUE, MetadataReader.shownStart("Автор"));
    assertEquals(-1, MetadataReader.shownStart("\u200B"));
  }

  @Test
  void findsAnItemNameAsTheSelectorDoes() {
    Document doc =
        Jsoup.parse(
            "<div itemprop=author><a href=/a>x</a><span itemprop=\" NAME \">Ann</span>"
                + "<span itemprop=name>Bob</span></div>");
    Element author = doc.selectFirst("[itemprop=author]");
    assertEquals(author.selectFirst("[itemprop=name]"), MetadataReader.firstItemName(author));
    assertEquals("Ann", MetadataReader.firstItemName(author).text());
    assertNull(MetadataReader.firstItemName(doc.selectFirst("a")));
  }

  @Test
  void tellsFurnitureByClassNamesBetweenSpaces() {
    Document doc =
        Jsoup.parse(
            "<div class=\"x \t Sidebar-left\"><p id=a>1</p></div>"
                + "<div class=has-sidebar><p id=b>2</p></div>");
    assertTrue(MetadataReader.insideFurniture(doc.getElementById("a")));
    assertEquals(false, MetadataReader.insideFurniture(doc.getElementById("b")));
  }

  @Test
  void readsAFurnitureNameInPlace() {
    assertTrue(MetadataReader.furnitureName("x COMMENTS-list", 2, 15));
    assertEquals(false, MetadataReader.furnitureName("x comments", 2, 6));
    assertEquals(false, MetadataReader.furnitureName("has-sidebar", 0, 11));
    assertTrue(MetadataReader.furnitureName("Sidebar-ä", 0, 9)); // not ASCII: lower-cased first
    assertEquals(false, MetadataReader.furnitureName("", 0, 0));
  }

  @Test
  void tellsWhetherEveryNameLooksLikeOne() {
    assertTrue(MetadataReader.allNameLike(List.of("Ann Lee", "ibby", "The Upwork Team")));
    assertEquals(false, MetadataReader.allNameLike(List.of("Ann Lee", "batching, we can")));
    assertTrue(MetadataReader.allNameLike(List.of()));
  }

  @Test
  void stripsBylineWordsInAnyCaseAndOnlyThem() {
    assertEquals("Ann Lee", reader.stripByline("By Ann Lee"));
    assertEquals("Ann Lee", reader.stripByline("WRITTEN BY: Ann Lee"));
    assertEquals("Ann Lee", reader.stripByline("bY Ann Lee"));
    assertEquals("Анна", reader.stripByline("Автор: Анна"));
    assertEquals("Bob Smith", reader.stripByline("Bob Smith")); // no byline word opens "bo"
    assertEquals("Byron Lee", reader.stripByline("Byron Lee")); // "by" not followed by a space
    assertEquals("x", reader.stripByline("x"));
    assertEquals("by", reader.stripByline("by")); // a byline word alone is not stripped
  }
}
