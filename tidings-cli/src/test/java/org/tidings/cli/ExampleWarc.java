package org.tidings.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.UUID;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes {@code examples/news.warc.gz}: a warcinfo record, two HTML responses (articles written for
 * Tidings, kept in the test resources) and a JPEG response that ingest must skip. Record ids and
 * dates are fixed, so the records are the same every time. To write it again after changing the
 * articles: {@code mvn -pl tidings-cli -am test -Dtest=ExamplesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dtidings.regenerate=true}.
 */
public final class ExampleWarc {
  static final String GHANA = "https://westafricawire.example/defence/ghana-super-tucano";
  static final String NILE = "https://eastafricatoday.example/region/nile-dam-talks";

  private ExampleWarc() {}

  public static void main(String[] args) throws IOException {
    write(Path.of(args.length > 0 ? args[0] : "examples/news.warc.gz"));
  }

  static UUID id(int n) {
    return UUID.nameUUIDFromBytes(
        ("tidings-example-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static void write(Path file) throws IOException {
    Instant when = Instant.parse("2025-06-03T08:00:00Z");
    try (WarcWriter w =
        new WarcWriter(
            Files.newByteChannel(
                file,
                StandardOpenOption.CREATE,
                StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING),
            WarcCompression.GZIP)) {
      w.write(
          new Warcinfo.Builder()
              .recordId(id(0))
              .date(when)
              .filename(file.getFileName().toString())
              .fields(java.util.Map.of("software", java.util.List.of("Tidings example generator")))
              .build());
      w.write(
          response(
              1, GHANA, "text/html; charset=utf-8", resource("ghana-super-tucano.html"), when));
      w.write(response(2, NILE, "text/html", resource("nile-dam-talks.html"), when));
      byte[] jpeg = {
        (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
      };
      w.write(
          response(3, "https://westafricawire.example/img/tucano.jpg", "image/jpeg", jpeg, when));
    }
  }

  private static WarcResponse response(int n, String url, String type, byte[] body, Instant when)
      throws IOException {
    HttpResponse http =
        new HttpResponse.Builder(200, "OK")
            .addHeader("Server", "example")
            .body(MediaType.parse(type), body)
            .build();
    return new WarcResponse.Builder(URI.create(url)).recordId(id(n)).date(when).body(http).build();
  }

  private static byte[] resource(String name) throws IOException {
    try (InputStream in = ExampleWarc.class.getResourceAsStream("warc/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource warc/" + name);
      }
      return in.readAllBytes();
    }
  }
}
