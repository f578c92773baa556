package org.tidings.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Development aid for title selection: reads only the head of every WCXB dev page (parse and {@link
 * MetadataReader}, no body extraction) and prints title exact match on even-indexed, odd-indexed
 * and all pages, as {@code ExtractionEvaluation} scores it. {@code -Dtitle.misses=FILE} writes the
 * misses (index, id, gold, chosen title) to FILE.
 */
public final class TitleCheck {
  private TitleCheck() {}

  public static void main(String[] args) throws IOException {
    Path dir =
        Path.of(System.getProperty("tidings.shared", "../shared"))
            .resolve("data/extraction/wcxb-dev/dev");
    List<Path> golds;
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      golds = files.sorted().filter(gt -> Files.exists(html(dir, gt))).toList();
    }
    ObjectMapper json = new ObjectMapper();
    MetadataReader reader = new MetadataReader(DateFinder.standard());
    int[] n = new int[2];
    int[] hits = new int[2];
    List<String> misses = new ArrayList<>();
    int[] an = new int[2];
    int[] ahits = new int[2];
    List<String> authorMisses = new ArrayList<>();
    for (int i = 0; i < golds.size(); i++) {
      JsonNode page = json.readTree(golds.get(i).toFile());
      JsonNode t = page.path("ground_truth").path("title");
      if (t.isNull() || t.asText("").isEmpty()) {
        continue;
      }
      String url = page.path("url").asText("");
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(html(dir, golds.get(i))))) {
        bytes = in.readAllBytes();
      }
      Decoded decoded = Decoder.decode(bytes, "", true);
      MetadataReader.Head head = reader.read(HtmlParser.parse(decoded, url), url);
      String title = head.title();
      JsonNode a = page.path("ground_truth").path("author");
      if (!a.isNull() && !a.asText("").isEmpty()) {
        an[i % 2]++;
        String got = String.join(", ", head.authors());
        if (org.tidings.eval.extract.ExtractionEvaluation.names(a.asText())
            .equals(org.tidings.eval.extract.ExtractionEvaluation.names(got))) {
          ahits[i % 2]++;
        } else {
          authorMisses.add(i + "\t" + id(golds.get(i)) + "\t" + a.asText() + "\t" + head.authors());
        }
      }
      n[i % 2]++;
      if (key(t.asText()).equals(key(title))) {
        hits[i % 2]++;
      } else {
        misses.add(i + "\t" + id(golds.get(i)) + "\t" + t.asText() + "\t" + title);
      }
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(evenOdd("title exact", hits, n));
    out.println(evenOdd("author match", ahits, an));
    String authorFile = System.getProperty("author.misses", "");
    if (!authorFile.isEmpty()) {
      Files.write(Path.of(authorFile), authorMisses, StandardCharsets.UTF_8);
    }
    String file = System.getProperty("title.misses", "");
    if (!file.isEmpty()) {
      Files.write(Path.of(file), misses, StandardCharsets.UTF_8);
    }
  }

  private static String id(Path groundTruth) {
    return groundTruth.getFileName().toString().replace(".json", "");
  }

  private static Path html(Path dir, Path groundTruth) {
    return dir.resolve("html").resolve(id(groundTruth) + ".html.gz");
  }

  static String key(String s) {
    return org.tidings.eval.extract.ExtractionEvaluation.key(s);
  }

  /** "label: even F (h/n) odd F (h/n) all F (h/n)" from hits and counts by page parity. */
  private static String evenOdd(String label, int[] hits, int[] n) {
    return String.format(
        Locale.ROOT,
        "%s: even %.4f (%d/%d)  odd %.4f (%d/%d)  all %.4f (%d/%d)",
        label,
        (double) hits[0] / n[0],
        hits[0],
        n[0],
        (double) hits[1] / n[1],
        hits[1],
        n[1],
        (double) (hits[0] + hits[1]) / (n[0] + n[1]),
        hits[0] + hits[1],
        n[0] + n[1]);
  }
}
