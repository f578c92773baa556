package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class TitleCleanerTest {
  private final MetadataReader reader = new MetadataReader(DateFinder.standard());
  private final TitleCleaner titles = TitleCleaner.standard(Set.of("blog", "shop"));

  private String title(String html, String url) {
    return reader.read(Jsoup.parse(html, url), url).title();
  }

  /** A page with the given head and body start, then one paragraph. */
  private static String page(String head, String body) {
    return "<html><head>" + head + "</head><body>" + body + "<p>Text.</p></body></html>";
  }

  @Test
  void repairsUtf8ReadAsLatin1() {
    String mangled =
        new String(
            "A DIY Investor’s Guide — 2025".getBytes(java.nio.charset.StandardCharsets.UTF_8),
            java.nio.charset.StandardCharsets.ISO_8859_1);
    assertEquals("A DIY Investor’s Guide — 2025", TitleCleaner.unmangled(mangled));
    // Latin-1 text of its own, and text with chars beyond Latin-1, stay as they are.
    assertEquals("Café Zürich", TitleCleaner.unmangled("Café Zürich"));
    assertEquals("Ã\u0080 東京", TitleCleaner.unmangled("Ã\u0080 東京"));
    assertEquals("bad \u0080 byte", TitleCleaner.unmangled("bad \u0080 byte"));
    String html = page("<title>" + mangled + "</title>", "<h1>" + mangled + "</h1>");
    assertEquals("A DIY Investor’s Guide — 2025", title(html, "https://x.example/diy"));
  }

  @Test
  void aSubtitleGluedToTheHeadingIsNoPartOfTheTitle() {
    String page = page("<title>Black Edition | Huel</title>", "");
    assertEquals(
        "Black Edition",
        title(
            page.replace(
                "<body>", "<body><h1>Black Edition<span>Complete high-protein meal</span></h1>"),
            "https://huel.example/products/black-edition"));
  }

  @Test
  void aHomePageTitleThatOpensWithTheSitesNameBeforeADashIsKeptWhole() {
    String dash = page("<title>SuiteCRM - Open Source CRM for Businesses</title>", "");
    assertEquals("SuiteCRM - Open Source CRM for Businesses", title(dash, "https://suitecrm.com/"));
    // A pipe after the name cuts it off; so does a path (not the home page).
    String pipe = page("<title>Todoist | A To-Do List for Your Life</title>", "");
    assertEquals("A To-Do List for Your Life", title(pipe, "https://todoist.com/"));
    assertEquals(
        "Open Source CRM for Businesses", title(dash, "https://suitecrm.com/features/crm"));
  }

  @Test
  void aPageWithManyHeadingsIsNamedByItsTitleWhenTheyDisagree() {
    String many =
        page(
            "<title>Quality Carry-On Luggage and Suitcases | Samsonite</title>",
            "<h1>Travel light</h1><h1>New colours</h1><h1>Free returns</h1><h1>Members save</h1>");
    assertEquals(
        "Quality Carry-On Luggage and Suitcases",
        title(many, "https://shop.samsonite.com/luggage/carry-on/"));
    String one =
        page(
            "<title>Quality Carry-On Luggage and Suitcases | Samsonite</title>",
            "<h1>Travel light with a carry-on suitcase</h1>");
    assertEquals(
        "Travel light with a carry-on suitcase",
        title(one, "https://shop.samsonite.com/luggage/carry-on/"));
  }

  @Test
  void aSiteNameWithSiteWordsNamesTheSiteButAPageNamedAfterItDoesNot() {
    List<String> sites = List.of("", "ansible");
    assertTrue(titles.isSite("Ansible Documentation", sites));
    assertFalse(titles.isSite("Visual Studio Community", List.of("Visual Studio")));
    assertTrue(titles.isSite("InfoQ Homepage", List.of("InfoQ")));
    assertFalse(titles.isSite("Ansible playbooks", sites));
    assertTrue(titles.allSite(List.of("Ansible Documentation", "ansible"), sites));
    assertFalse(titles.allSite(List.of("Ansible Documentation", "Ann Lee"), sites));
    String html =
        page(
            "<title>Ansible playbooks — Ansible Community Documentation</title>",
            "<h1>Ansible playbooks</h1>");
    assertEquals("Ansible playbooks", title(html, "https://docs.ansible.com/playbooks.html"));
  }

  @Test
  void aLogoHeadingNamesTheSiteWhenTheTitleAddsSiteWordsToIt() {
    assertTrue(
        titles.namesSiteIn(
            "The Linux Kernel",
            "Submitting your patches — The Linux Kernel documentation",
            List.of()));
    assertFalse(
        titles.namesSiteIn("Submitting patches", "Submitting patches — Kernel docs", List.of()));
  }

  @Test
  void aTrailOfSlashesIsCutButOneSlashJoinsAlternatives() {
    List<String> sites = List.of("", "archlinux");
    assertEquals(
        "What happened with the ISO",
        titles.metaPart("What happened with the ISO / Arch Discussion / Arch Linux Forums", sites));
    assertEquals(
        "Best Movers / Moving Companies in Boston",
        titles.metaPart("Best Movers / Moving Companies in Boston", sites));
  }

  @Test
  void aHeadingThatAgreesWithTheTitleTagWinsOverADifferentOgTitle() {
    String html =
        page(
            "<title>Data Science Courses | Harvard University</title>"
                + "<meta property=\"og:title\" content=\"Data Science | Harvard University\">",
            "<h1>Data Science Courses</h1>");
    assertEquals("Data Science Courses", title(html, "https://pll.harvard.example/ds"));
  }

  @Test
  void aHeadingThatGoesOnWhereTheTitleStopsIsTheFullerTitle() {
    assertTrue(
        TitleCleaner.continues(
            "Pros and Cons of Tiny Houses: Why Live Small?", "pros and cons of tiny houses"));
    assertTrue(
        TitleCleaner.continues(
            "Machine Learning Recruiters and Executive Search", "machine learning recruiters"));
    assertTrue(TitleCleaner.continues("How to set up your keyboard", "how to set up your key"));
    assertFalse(TitleCleaner.continues("15 Apps Compared - Personally Tested", "15 apps compared"));
    assertFalse(TitleCleaner.continues("Retro Lights 4 Units", "retro lights"));
    String html =
        page(
            "<title>Types of Restaurant Service | Full Guide</title>",
            "<h1>Types of Restaurant Service: Dining Styles from Casual to Fine</h1>");
    assertEquals(
        "Types of Restaurant Service: Dining Styles from Casual to Fine",
        title(html, "https://x.example/types"));
  }

  @Test
  void aHeadingAfterTheSiteNameInTheTitleIsTheHeadlineNotALogo() {
    String html =
        page(
            "<meta property=\"og:site_name\" content=\"Space Visuals Studio\">"
                + "<meta property=\"og:title\" content=\"Space Visuals Studio | Crop Yields Under"
                + " Warming\">",
            "<h1>Crop Yields Under Warming</h1>");
    assertEquals("Crop Yields Under Warming", title(html, "https://svs.example.gov/4974"));
  }

  @Test
  void aMetaTitleThatOnlyNamesTheSiteYieldsToTheHeadingExceptOnTheHomePage() {
    String html =
        page(
            "<title>Glowshop</title><meta property=\"og:site_name\" content=\"Glowshop\">",
            "<h1>Custom Skincare Set</h1>");
    assertEquals("Custom Skincare Set", title(html, "https://www.glowshop.example/sets/custom"));
    assertEquals("Glowshop", title(html, "https://www.glowshop.example/"));
    assertTrue(TitleCleaner.isHome("https://a.example"));
    assertFalse(TitleCleaner.isHome("https://a.example/x/y"));
  }

  @Test
  void aHeadingInsideFurnitureIsTakenWhenATitlePartAgreesWithIt() {
    String html =
        "<html><head><title>Models | Framework documentation | Framework</title></head>"
            + "<body><div class=\"sidebar-layout\"><h1>Models<a href=\"#m\">¶</a></h1>"
            + "<p>Text.</p></div></body></html>";
    assertEquals("Models", title(html, "https://docs.framework.example/models/"));
  }

  @Test
  void whenHeadingAndMetaTitleDisagreeTheOneTheUrlSpellsOutWins() {
    String html =
        page(
            "<title>Forum - The heart of the conversation</title>",
            "<h1>Enameled Cast Iron Pan and Metal</h1>");
    assertEquals(
        "Enameled Cast Iron Pan and Metal",
        title(html, "https://www.forum.example/r/cooking/1rl0/enameled_cast_iron_pan_and_metal/"));
    assertEquals(
        "The heart of the conversation", title(html, "https://www.forum.example/r/cooking/1rl0/"));
    assertEquals(" r cooking 1rl0 ", TitleCleaner.slugWords("https://f.example/r/Cooking/1rl0"));
  }

  @Test
  void dropsANumberOrAnAbbreviationPrintedBeforeADash() {
    assertEquals(
        "Pros & Cons of Travel Agents",
        TitleCleaner.withoutLabel("2024 - Pros & Cons of Travel Agents"));
    assertEquals("Gaming News Weekly", TitleCleaner.withoutLabel("GNW - Gaming News Weekly"));
    assertEquals(
        "Brexit - What Happens Next", TitleCleaner.withoutLabel("Brexit - What Happens Next"));
    assertEquals("COVID-19 - What We Know", TitleCleaner.withoutLabel("COVID-19 - What We Know"));
    assertEquals("15 - Tutorial", TitleCleaner.withoutLabel("15 - Tutorial"));
    assertEquals("Pros and Cons Now", TitleCleaner.withoutLabel("2024 \u2014 Pros and Cons Now"));
    assertEquals("2024 -Pros and Cons Now", TitleCleaner.withoutLabel("2024 -Pros and Cons Now"));
    assertTrue(TitleCleaner.hasSpacedDash("a \u2013 b"));
    assertTrue(TitleCleaner.hasSpacedDash("a  - b"));
    assertFalse(TitleCleaner.hasSpacedDash("a-b -"));
    assertTrue(TitleCleaner.hasSpacedDash("a-b - c"));
    assertFalse(TitleCleaner.hasSpacedDash("COVID-19 -What"));
    assertFalse(TitleCleaner.hasSpacedDash(""));
  }

  @Test
  void dropsTheLabelForumSoftwarePrintsBeforeAThreadTitle() {
    assertEquals("MLS is Back!", titles.withoutPageLabel("View topic - MLS is Back!"));
    assertEquals("Buying hosting?", titles.withoutPageLabel("Thread: Buying hosting?"));
    assertEquals("Threads: a new app", titles.withoutPageLabel("Threads: a new app"));
    assertEquals("Topic", titles.withoutPageLabel("Topic"));
    assertEquals("Saison 2025", titles.withoutPageLabel("Thema anzeigen - Saison 2025"));
    assertEquals("Сезон", titles.withoutPageLabel("Просмотр темы - Сезон"));
    assertEquals("Ver tópico", titles.withoutPageLabel("Ver tópico"));
    assertEquals("", titles.withoutPageLabel(""));
    assertEquals("Best Movers - 2025", titles.withoutPageLabel("Best Movers - 2025")); // no label
  }

  @Test
  void aMetaTitleThatOnlyNamesTheSiteGivesWayToTheNextOne() {
    String html =
        page(
            "<title>All Men's Socks</title>"
                + "<meta name=\"twitter:title\" content=\"Sockco\">"
                + "<meta property=\"og:site_name\" content=\"Sockco\">",
            "");
    assertEquals("All Men's Socks", title(html, "https://shop.sockco.example/collections/men"));
  }

  @Test
  void aSectionNameLeftAfterTheSiteIsStrippedKeepsTheSite() {
    List<String> sites = List.of("Birdbuddy", "mybirdbuddy");
    assertEquals("Birdbuddy : Shop", titles.metaPart("Birdbuddy : Shop", sites));
    assertEquals("Bird Feeders", titles.metaPart("Bird Feeders | Birdbuddy", sites));
  }

  @Test
  void aYearAfterADashIsNoSiteName() {
    List<String> sites = List.of("", "scarbir");
    assertEquals(
        "The Best Cheap Earbuds under $50 - March 2026",
        titles.metaPart("The Best Cheap Earbuds under $50 - March 2026", sites));
    assertEquals(
        "The Best Cheap Earbuds", titles.metaPart("The Best Cheap Earbuds - Reuters", sites));
  }

  @Test
  void dropsSeparatorsLeftAtTheEdgesOfATitle() {
    String html = page("<title>Portfolio Page</title>", "<h1>/ CREATIVE PORTFOLIO</h1>");
    assertEquals("CREATIVE PORTFOLIO", title(html, "https://agency.example/creative-portfolio"));
  }

  @Test
  void aFullWidthPipeSeparatesAChineseOrJapaneseSiteName() {
    List<String> sites = List.of("日経電子版", "nikkei");
    assertEquals("円相場、一時150円台に", titles.metaPart("円相場、一時150円台に｜日経電子版", sites));
    assertEquals("新能源汽车销量创新高", titles.metaPart("新能源汽车销量创新高丨财经频道丨新闻中心", List.of("", "")));
  }

  @Test
  void splitsAsTheSeparatorPatternDoes() {
    for (String t :
        List.of(
            "Headline | Site",
            "No marks here",
            "",
            " | ",
            "A - B",
            "A -- B",
            "A --- B",
            "A -\tB",
            "Tech: News » Site",
            "a|b",
            "a |b|",
            "|a",
            "Title -",
            "Title - \r\n",
            "Title -\u2028",
            "Title -x",
            "新闻｜中心 丨 频道")) {
      assertEquals(
          List.of(
              java.util.regex.Pattern.compile(
                      "\\s+[|\\-–—:·•»/~]{1,2}\\s+|\\s*[|•·»｜丨]\\s*|\\s+[-–—]\\s*$")
                  .split(t)),
          List.of(TitleCleaner.split(t)),
          t);
    }
  }

  @Test
  void findsWhereASeparatorEnds() {
    assertEquals(4, TitleCleaner.separatorEnd("a | b", 1)); // " | "
    assertEquals(-1, TitleCleaner.separatorEnd("a --- b", 1)); // three dashes are no separator
    assertEquals(2, TitleCleaner.separatorEnd("a|b", 1)); // a bare pipe
    assertEquals(3, TitleCleaner.separatorEnd("a -", 1)); // a dash ending the title
    assertEquals(-1, TitleCleaner.separatorEnd("a -b", 1));
  }

  @Test
  void readsTheHostOfAParsedUrl() {
    assertEquals("bbc", TitleCleaner.hostName(TitleCleaner.uri("https://www.bbc.co.uk/news")));
    assertEquals("", TitleCleaner.hostName(TitleCleaner.uri("not a uri")));
  }

  @Test
  void countsCjkCharsAsHalfWords() {
    assertEquals(3, TitleCleaner.wordCount("新闻中心")); // one word between spaces, four chars
    assertEquals(3, TitleCleaner.wordCount("Über die Straße"));
    assertEquals(3, TitleCleaner.wordCount("ニュース top"));
  }

  @Test
  void comparesATextWithoutItsSpaces() {
    assertTrue(TitleCleaner.equalsWithoutSpaces("the verge", "theverge"));
    assertFalse(TitleCleaner.equalsWithoutSpaces("the verge", "theverg"));
    assertFalse(TitleCleaner.equalsWithoutSpaces("the verg", "theverge"));
    assertTrue(TitleCleaner.equalsWithoutSpaces("", ""));
  }

  @Test
  void makesTextsLoose() {
    assertEquals("hello world", TitleCleaner.loose("Hello, World!"));
    assertEquals("abc def", TitleCleaner.loose("abc def"));
    assertEquals("a", TitleCleaner.loose(" a"));
    assertEquals("über 2 straße", TitleCleaner.loose("Über—2  Straße…"));
  }
}
