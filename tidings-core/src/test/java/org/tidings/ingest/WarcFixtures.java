package org.tidings.ingest;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/** Small WARC files written for tests. */
final class WarcFixtures {
  static final Instant WHEN = Instant.parse("2024-03-01T10:00:00Z");

  private WarcFixtures() {}

  static UUID id(int n) {
    return new UUID(0x7469_6469_6e67_7300L, n);
  }

  /**
   * Writes warcinfo, a request, two HTML responses (the first in windows-1252), a PNG response and
   * a redirect: two documents and four skipped records.
   */
  static Path write(Path file, boolean gzip) throws IOException {
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE,
                java.nio.file.StandardOpenOption.TRUNCATE_EXISTING),
            gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      w.write(new Warcinfo.Builder().recordId(id(0)).date(WHEN).filename("test.warc").build());
      w.write(
          new WarcRequest.Builder(URI.create("https://news.example/a"))
              .recordId(id(1))
              .date(WHEN)
              .body(new HttpRequest.Builder("GET", "/a").addHeader("Host", "news.example").build())
              .build());
      w.write(
          response(
              2,
              "https://news.example/a",
              200,
              "text/html; charset=windows-1252",
              "<html><body><p>Caf\u00e9 talks in Baku.</p></body></html>"
                  .getBytes(java.nio.charset.Charset.forName("windows-1252"))));
      w.write(response(3, "https://news.example/logo.png", 200, "image/png", new byte[] {1, 2, 3}));
      w.write(
          response(
              4,
              "https://news.example/old",
              301,
              "text/html",
              "<p>moved</p>".getBytes(StandardCharsets.UTF_8)));
      w.write(
          response(
              5,
              "https://news.example/b",
              200,
              "text/html",
              "<html><body><p>Second story.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
    }
    return file;
  }

  static WarcResponse response(int id, String url, int status, String type, byte[] body)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(status, status == 200 ? "OK" : "Other")
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url)).recordId(id(id)).date(WHEN).body(http).build();
  }
}
