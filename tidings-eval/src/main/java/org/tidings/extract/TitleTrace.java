package org.tidings.extract;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Development aid: prints the headings {@link PageScan} finds on one WCXB dev page (by id). */
public final class TitleTrace {
  private TitleTrace() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(System.getProperty("tidings.shared", "../shared"))
            .resolve("data/extraction/wcxb-dev/dev");
    for (String id : args) {
      byte[] bytes;
      try (InputStream in =
          new GZIPInputStream(Files.newInputStream(dir.resolve("html").resolve(id + ".html.gz")))) {
        bytes = in.readAllBytes();
      }
      Decoded decoded = Decoder.decode(bytes, "", true);
      Document doc = HtmlParser.parse(decoded, "");
      PageScan scan = PageScan.of(doc);
      System.out.println(id + " title=" + scan.title);
      for (PageScan.Hit<Element> h : scan.h1s) {
        System.out.println(
            "  h1@"
                + h.at()
                + " furniture="
                + MetadataReader.insideFurniture(h.node())
                + " text="
                + HeadingText.withoutLabel(
                    h.node(), MetadataReader.clean(HeadingText.shown(h.node()))));
      }
      for (PageScan.Hit<Element> h : scan.itemprops) {
        if (h.node().attr("itemprop").equalsIgnoreCase("author")) {
          System.out.println(
              "  author itemprop@"
                  + h.at()
                  + " furniture="
                  + MetadataReader.insideFurniture(h.node())
                  + " text="
                  + h.node().text());
        }
      }
      for (PageScan.Hit<Element> h : scan.authorNodes) {
        System.out.println(
            "  author node@"
                + h.at()
                + " <"
                + h.node().normalName()
                + " class="
                + h.node().className()
                + "> furniture="
                + MetadataReader.insideFurniture(h.node())
                + " text="
                + h.node().text());
      }
      System.out.println(
          "  authors=" + new MetadataReader(DateFinder.standard()).read(doc, "").authors());
    }
  }
}
