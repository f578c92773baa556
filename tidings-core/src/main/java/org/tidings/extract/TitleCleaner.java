package org.tidings.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Chooses a page's headline among its {@code <h1>}, OpenGraph title, JSON-LD headline and {@code
 * <title>}, and strips site names from titles ("Headline | Site", "Site - Headline").
 */
final class TitleCleaner {
  private static final Pattern SEPARATORS =
      Pattern.compile("\\s+[|\\-–—:·•»/~]{1,2}\\s+|\\s*[|•·»]\\s*|\\s+[-–—]\\s*$");

  /** Anchor marks documentation generators print after headings ("Quickstart¶"). */
  private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s¶§#🔗]+$");

  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final Set<String> genericTitles;

  TitleCleaner(Set<String> genericTitles) {
    this.genericTitles = Set.copyOf(genericTitles);
  }

  /** The chosen title and the position of the {@code <h1>} it came from, or -1. */
  record Choice(String title, int h1At) {}

  Choice choose(
      PageScan scan, String siteName, String host, String og, String headline, String titleTag) {
    List<String> sites = new ArrayList<>();
    sites.add(siteName);
    sites.add(host);
    for (PageScan.Hit<Element> h : scan.h1s) {
      String t = MetadataReader.clean(h.node().text());
      if (namesSiteIn(t, titleTag) || namesSiteIn(t, og)) {
        sites.add(t); // "Headline - Site" with the site's name as the page's <h1> (a logo)
      }
    }
    String metaTitle =
        firstPart(first(strip(og, sites), strip(titleTag, sites), strip(headline, sites)));
    String reference = loose(titleTag + " " + og + " " + headline);
    String h1 = "";
    int h1At = -1;
    double best = -1;
    for (PageScan.Hit<Element> h : scan.h1s) {
      String t = TRAILING_MARKS.matcher(headingText(h.node())).replaceAll("");
      if (t.isEmpty()
          || t.length() > 300
          || genericTitles.contains(t.toLowerCase(Locale.ROOT))
          || isSite(t, sites)
          || MetadataReader.insideFurniture(h.node())) {
        continue;
      }
      double o = overlap(t, reference);
      if (o > best) {
        best = o;
        h1 = t;
        h1At = h.at();
      }
    }
    if (h1.isEmpty()) {
      return new Choice(first(metaTitle, headline), -1);
    }
    h1 = firstPart(h1);
    if (metaTitle.isEmpty()) {
      return new Choice(h1, h1At);
    }
    String hk = loose(h1);
    String mk = loose(metaTitle);
    if (hk.equals(mk) || hk.equals(loose(headline))) {
      return new Choice(h1, h1At);
    }
    if (h1.endsWith("...") || h1.endsWith("…")) {
      return new Choice(metaTitle, h1At); // a shortened heading
    }
    if (mk.contains(hk)) {
      return new Choice(h1, h1At); // the rest of the title is the site's or a tagline
    }
    if (hk.contains(mk)) {
      return new Choice(metaTitle, h1At);
    }
    return new Choice(best >= 0.5 ? h1 : metaTitle, h1At);
  }

  /**
   * A heading's text without the label a forum or blog prints before it ("<span
   * class="label">News</span> Digital Cameras..." gives "Digital Cameras...").
   */
  static String headingText(Element h) {
    String text = MetadataReader.clean(h.text());
    Element first = h.firstElementChild();
    if (first != null && isLabel(first)) {
      String label = MetadataReader.clean(first.text());
      if (!label.isEmpty() && MetadataReader.words(label) <= 3 && text.startsWith(label)) {
        String rest = text.substring(label.length()).strip();
        return rest.isEmpty() ? text : rest;
      }
    }
    return text;
  }

  private static boolean isLabel(Element e) {
    for (String c : e.classNames()) {
      String k = c.toLowerCase(Locale.ROOT);
      if (k.equals("label")
          || k.startsWith("label-")
          || k.startsWith("label--")
          || k.equals("prefix")
          || k.startsWith("badge")) {
        return true;
      }
    }
    return false;
  }

  /** Drops site names before or after a separator: "Headline | Site" becomes "Headline". */
  static String strip(String title, List<String> siteNames) {
    if (title.isEmpty()) {
      return title;
    }
    String[] parts = SEPARATORS.split(title);
    if (parts.length < 2) {
      return title;
    }
    List<String> kept = new ArrayList<>();
    for (String p : parts) {
      if (!p.isBlank() && !isSite(p, siteNames)) {
        kept.add(p);
      }
    }
    if (kept.isEmpty()) {
      return title;
    }
    if (kept.size() == parts.length) {
      // No known site name: drop a short last part ("Headline - Reuters").
      String last = parts[parts.length - 1];
      if (MetadataReader.words(last) <= 3
          && MetadataReader.words(parts[0]) > MetadataReader.words(last)) {
        kept.remove(kept.size() - 1);
      } else {
        return title;
      }
    }
    if (kept.size() == 1) {
      return kept.get(0).trim();
    }
    String firstKept = kept.get(0);
    String lastKept = kept.get(kept.size() - 1);
    int start = title.indexOf(firstKept);
    int end = title.lastIndexOf(lastKept) + lastKept.length();
    return start >= 0 && end > start ? title.substring(start, end).trim() : firstKept.trim();
  }

  /**
   * True when a heading is the last part of a title of several ("Headline - Site") whose first part
   * is no short name of its own ("Site - Tagline"): the site's name, printed as a heading by its
   * logo.
   */
  static boolean namesSiteIn(String heading, String title) {
    String[] parts = SEPARATORS.split(title);
    if (parts.length < 2 || heading.isEmpty()) {
      return false;
    }
    String last = parts[parts.length - 1];
    return loose(last).equals(loose(heading))
        && !loose(parts[0]).isEmpty()
        && (MetadataReader.words(parts[0]) >= 3
            || MetadataReader.words(heading) < MetadataReader.words(parts[0]));
  }

  /**
   * The part before a " | " still left in a title after site names are stripped: a pipe joins a
   * headline to keywords or a section ("Best Movers in NYC | Top 19 Companies").
   */
  static String firstPart(String title) {
    int i = title.indexOf(" | ");
    if (i <= 0) {
      return title;
    }
    String head = title.substring(0, i).trim();
    return MetadataReader.words(head) >= 2 ? head : title;
  }

  /** True when a title part names the site: its name, or its host name with or without TLD. */
  static boolean isSite(String part, List<String> siteNames) {
    String k = loose(part);
    if (k.length() < 2) {
      return false;
    }
    for (String s : siteNames) {
      String site = loose(s);
      if (site.isEmpty()) {
        continue;
      }
      if (k.equals(site)
          || k.replace(" ", "").equals(site.replace(" ", ""))
          || site.contains(k) && k.length() > 3
          || k.contains(site) && k.length() < site.length() + 12 && site.length() > 3) {
        return true;
      }
    }
    return false;
  }

  /** The registered name of a URL's host: "www.bbc.co.uk" gives "bbc". */
  static String hostName(String url) {
    try {
      String host = URI.create(url.trim()).getHost();
      if (host == null) {
        return "";
      }
      String[] labels = host.toLowerCase(Locale.ROOT).split("\\.");
      int i = labels.length - 2;
      if (i > 0 && labels[i].length() <= 3 && labels[labels.length - 1].length() == 2) {
        i--; // co.uk, com.au
      }
      return i >= 0 ? labels[i] : "";
    } catch (IllegalArgumentException e) {
      return "";
    }
  }

  /** Share of the words of {@code a} that occur in {@code reference}. */
  private static double overlap(String a, String reference) {
    int hits = 0;
    int n = 0;
    for (String w : NON_WORD.split(a.toLowerCase(Locale.ROOT))) {
      if (w.isEmpty()) {
        continue;
      }
      n++;
      if (reference.contains(w)) {
        hits++;
      }
    }
    return n == 0 ? 0 : (double) hits / n;
  }

  /** Case-folded, letters and digits only, single spaces. */
  static String loose(String s) {
    return NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
  }

  private static String first(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.trim();
      }
    }
    return "";
  }
}
