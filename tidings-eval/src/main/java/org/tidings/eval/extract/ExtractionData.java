package org.tidings.eval.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.tidings.eval.SharedData;

/** Loads the extraction benchmarks under {@code shared/data/extraction}. */
final class ExtractionData {
  static final ObjectMapper JSON = new ObjectMapper();

  /** One page with its gold fields. */
  record Page(String id, String url, byte[] html, JsonNode gold) {
    /** A WCXB page's type ("article", "forum"...), or "". */
    String wcxbType() {
      return gold.path("_internal").path("page_type").path("primary").asText("");
    }

    /** A WCXB page's gold main content, or "". */
    String wcxbContent() {
      return gold.path("ground_truth").path("main_content").asText("");
    }
  }

  private ExtractionData() {}

  static Path shared() {
    return SharedData.root();
  }

  static Path scrapinghub() {
    return shared().resolve("data/extraction/scrapinghub");
  }

  static Path wcxb() {
    return shared().resolve("data/extraction/wcxb-dev");
  }

  /** The Scrapinghub pages, gold {@code articleBody} in {@link Page#gold()}. */
  static List<Page> scrapinghubPages() throws IOException {
    Path dir = scrapinghub();
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<Page> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      byte[] html = gunzip(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
      out.add(new Page(e.getKey(), e.getValue().path("url").asText(""), html, e.getValue()));
    }
    return out;
  }

  /** A peer's published outputs: page id to article body. */
  static Map<String, String> peerOutput(Path file) throws IOException {
    JsonNode root = JSON.readTree(file.toFile());
    if (root.has("output") && root.get("output").isObject()) {
      root = root.get("output");
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      out.put(e.getKey(), e.getValue().path("articleBody").asText(""));
    }
    return out;
  }

  /** The peers whose outputs ship with the Scrapinghub benchmark, by name. */
  static Map<String, Path> peers() throws IOException {
    Map<String, Path> out = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(scrapinghub().resolve("output"))) {
      files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted()
          .forEach(p -> out.put(p.getFileName().toString().replace(".json", ""), p));
    }
    return out;
  }

  /**
   * The WCXB dev pages, gold {@code ground_truth} object and page type in {@link Page#gold()}. Each
   * page is read when it is fetched from the list, so the 1,300 pages never sit in memory at once
   * (the evaluation runs in a 512 MB heap).
   */
  static List<Page> wcxbPages() throws IOException {
    Path dir = wcxb().resolve("dev");
    List<Path> golds;
    try (Stream<Path> files = Files.list(dir.resolve("ground-truth"))) {
      golds = files.sorted().filter(gt -> Files.exists(html(dir, gt))).toList();
    }
    return new java.util.AbstractList<>() {
      @Override
      public Page get(int i) {
        Path gt = golds.get(i);
        try {
          JsonNode gold = JSON.readTree(gt.toFile());
          return new Page(id(gt), gold.path("url").asText(""), gunzip(html(dir, gt)), gold);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }

      @Override
      public int size() {
        return golds.size();
      }
    };
  }

  private static String id(Path groundTruth) {
    return groundTruth.getFileName().toString().replace(".json", "");
  }

  private static Path html(Path dir, Path groundTruth) {
    return dir.resolve("html").resolve(id(groundTruth) + ".html.gz");
  }

  static byte[] gunzip(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return in.readAllBytes();
    }
  }
}
