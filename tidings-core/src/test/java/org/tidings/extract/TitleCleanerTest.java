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
  private final TitleCleaner titles = TitleCleaner.standard(Set.of("blog"));

  private String title(String html, String url) {
    return reader.read(Jsoup.parse(html, url), url).title();
  }

  @Test
  void aSiteNameWithSiteWordsNamesTheSiteButAPageNamedAfterItDoesNot() {
    List<String> sites = List.of("", "ansible");
    assertTrue(titles.isSite("Ansible Community Documentation", sites));
    assertTrue(titles.isSite("InfoQ Homepage", List.of("InfoQ")));
    assertFalse(titles.isSite("Ansible playbooks", sites));
    String html =
        "<html><head><title>Ansible playbooks — Ansible Community Documentation</title></head>"
            + "<body><h1>Ansible playbooks</h1><p>Text.</p></body></html>";
    assertEquals("Ansible playbooks", title(html, "https://docs.ansible.com/playbooks.html"));
  }

  @Test
  void aLogoHeadingNamesTheSiteWhenTheTitleAddsSiteWordsToIt() {
    assertTrue(
        titles.namesSiteIn(
            "The Linux Kernel", "Submitting your patches — The Linux Kernel documentation"));
    assertFalse(titles.namesSiteIn("Submitting patches", "Submitting patches — Kernel docs"));
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
}
