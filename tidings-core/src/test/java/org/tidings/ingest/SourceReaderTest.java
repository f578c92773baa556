package org.tidings.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;

class SourceReaderTest {
  @TempDir Path dir;

  private static List<Ingested> readAll(SourceReader reader, Path... paths) {
    try (Stream<Ingested> s = reader.read(List.of(paths))) {
      return s.toList();
    }
  }

  private static List<Ingested> readAll(Path... paths) {
    return readAll(SourceReader.standard(), paths);
  }

  private static Source found(Ingested in) {
    return assertInstanceOf(Ingested.Found.class, in, () -> "rejected: " + in).source();
  }

  private static Diagnostic rejected(Ingested in, String code) {
    Diagnostic d = assertInstanceOf(Ingested.Rejected.class, in, () -> "found: " + in).diagnostic();
    assertEquals(code, d.code(), d::toString);
    assertEquals(Diagnostic.Severity.ERROR, d.severity());
    return d;
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, content, StandardCharsets.UTF_8);
  }

  private Path write(String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    return Files.write(p, content);
  }

  @Test
  void readsPagesAndTextByExtension() throws IOException {
    for (String ext : List.of("html", "htm", "xhtml", "HTML")) {
      Path p = write("page." + ext, "<html><body><p>Hi</p></body></html>");
      Source s = found(readAll(p).get(0));
      assertEquals("text/html", s.mediaType());
      assertEquals(p.toString(), s.location());
      assertArrayEquals(Files.readAllBytes(p), s.bytes());
    }
    Source text = found(readAll(write("dump.txt", "Headline\n\nBody text.")).get(0));
    assertEquals("text/plain", text.mediaType());
    assertEquals("", text.charset());
  }

  @Test
  void sniffsFilesWithoutAKnownExtension() throws IOException {
    assertEquals(
        "text/html",
        found(readAll(write("page.php", "<!DOCTYPE html><html><p>x</p></html>")).get(0))
            .mediaType());
    assertEquals(
        "text/plain",
        found(readAll(write("README", "Just a story about talks in Baku.\n")).get(0)).mediaType());
    byte[] noise = new byte[4000];
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) (0x80 + (i * 7919) % 0x7f);
    }
    Diagnostic d = rejected(readAll(write("blob.dat", noise)).get(0), "ingest.unknown-type");
    assertTrue(d.location().endsWith("blob.dat"));
    rejected(readAll(write("doc.pdf", "%PDF-1.7\n1 0 obj\n")).get(0), "ingest.unknown-type");
  }

  @Test
  void rejectsEmptyFiles() throws IOException {
    Path p = write("empty.html", "");
    Diagnostic d = rejected(readAll(p).get(0), "ingest.empty");
    assertEquals(p.toString(), d.location());
  }

  @Test
  void rejectsBinaryContentEvenWithATextExtension() throws IOException {
    byte[] bytes = "GIF89a\0\0\1\2 binary".getBytes(StandardCharsets.ISO_8859_1);
    Path p = write("image.html", bytes);
    assertEquals(p.toString(), rejected(readAll(p).get(0), "ingest.binary").location());
    byte[] control = new byte[1000];
    Arrays.fill(control, (byte) 'a');
    for (int i = 0; i < 200; i++) {
      control[i * 5] = 0x03;
    }
    rejected(readAll(write("control.txt", control)).get(0), "ingest.binary");
  }

  @Test
  void acceptsUtf16WithAByteOrderMark() throws IOException {
    byte[] body = "\uFEFFTalks in Baku".getBytes(StandardCharsets.UTF_16LE);
    Source s = found(readAll(write("utf16.txt", body)).get(0));
    assertEquals("UTF-16LE", s.charset());
  }

  @Test
  void rejectsFilesOverTheLimitWithoutReadingThem() throws IOException {
    Path big = dir.resolve("huge.txt");
    try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024); // sparse: no 50 MB written or read
    }
    Path bigUnknown = dir.resolve("huge.bin");
    try (RandomAccessFile f = new RandomAccessFile(bigUnknown.toFile(), "rw")) {
      f.setLength(50L * 1024 * 1024);
    }
    List<Ingested> all = readAll(big, bigUnknown);
    assertEquals(big.toString(), rejected(all.get(0), "ingest.too-large").location());
    assertEquals(bigUnknown.toString(), rejected(all.get(1), "ingest.too-large").location());
    Path small = write("small.txt", "x".repeat(200));
    rejected(readAll(new SourceReader(100), small).get(0), "ingest.too-large");
  }

  @Test
  void reportsMissingFilesAsUnreadable() {
    Path missing = dir.resolve("nope.html");
    Diagnostic d = rejected(readAll(missing).get(0), "ingest.unreadable");
    assertEquals(missing.toString(), d.location());
    assertTrue(d.message().contains("no such file"), d.message());
  }

  @Test
  void passesBrokenHtmlAndUnknownEncodingsOnToExtraction() throws IOException {
    Source broken =
        found(
            readAll(write("broken.html", "<html><body><p>Unclosed <b>tags <div>and <<>>")).get(0));
    assertEquals("text/html", broken.mediaType());
    byte[] latin =
        "Gespr\u00e4che \u00fcber Waffen \u2013 \u20ac5".getBytes(Charset.forName("windows-1252"));
    Source text = found(readAll(write("latin.txt", latin)).get(0));
    assertArrayEquals(latin, text.bytes());
  }

  @Test
  void walksDirectoriesRecursivelyInNameOrderSkippingHiddenEntries() throws IOException {
    write("b/2.txt", "two");
    write("b/1.txt", "one");
    write("a.html", "<p>a</p>");
    write("c/d/e.txt", "deep");
    write(".hidden/x.txt", "hidden");
    write("b/.DS_Store", "junk");
    List<String> locations = new ArrayList<>();
    for (Ingested in : readAll(dir)) {
      locations.add(dir.relativize(Path.of(in.location())).toString().replace('\\', '/'));
    }
    assertEquals(List.of("a.html", "b/1.txt", "b/2.txt", "c/d/e.txt"), locations);
  }

  @Test
  void readsLazily() throws IOException {
    Path first = write("1.txt", "first");
    Path second = write("2.txt", "second");
    try (Stream<Ingested> s = SourceReader.standard().read(dir)) {
      var it = s.iterator();
      assertEquals(first.toString(), found(it.next()).location());
      Files.delete(second); // not read yet, so its loss shows
      rejected(it.next(), "ingest.unreadable");
    }
  }

  @Test
  void readsHtmlResponsesFromWarcAndSkipsTheRest() throws IOException {
    for (boolean gzip : List.of(false, true)) {
      Path warc = WarcFixtures.write(dir.resolve(gzip ? "a.warc.gz" : "a.warc"), gzip);
      SourceReader reader = SourceReader.standard();
      List<Ingested> all = readAll(reader, warc);
      assertEquals(2, all.size(), all::toString);
      Source a = found(all.get(0));
      assertEquals("https://news.example/a", a.url());
      assertEquals("text/html", a.mediaType());
      assertEquals("windows-1252", a.charset());
      assertEquals(warc + "#urn:uuid:" + WarcFixtures.id(2), a.location());
      assertTrue(a.offset() > 0);
      assertTrue(new String(a.bytes(), Charset.forName("windows-1252")).contains("Caf\u00e9"));
      Source b = found(all.get(1));
      assertEquals("https://news.example/b", b.url());
      assertTrue(b.offset() > a.offset());
      assertEquals(4, reader.skippedRecords());
    }
  }

  @Test
  void readsStreamsThatAreNotLocalFiles() throws IOException {
    byte[] warc = Files.readAllBytes(WarcFixtures.write(dir.resolve("w.warc.gz"), true));
    for (String name : List.of("hdfs://nn/crawl/a.warc.gz", "s3a://bucket/crawl.dat")) {
      List<Ingested> all = readStream(SourceReader.standard(), name, warc);
      assertEquals(2, all.size(), all::toString);
      assertEquals(name + "#urn:uuid:" + WarcFixtures.id(2), found(all.get(0)).location());
      assertEquals("https://news.example/b", found(all.get(1)).url());
    }
    byte[] page = "<html><body><p>Talks in Baku</p></body></html>".getBytes(StandardCharsets.UTF_8);
    Source html = found(readStream(SourceReader.standard(), "s3a://b/x.html", page).get(0));
    assertEquals("text/html", html.mediaType());
    assertArrayEquals(page, html.bytes());
    assertEquals(
        "text/plain",
        found(
                readStream(
                        SourceReader.standard(),
                        "s3a://b/n",
                        "Hi there".getBytes(StandardCharsets.UTF_8))
                    .get(0))
            .mediaType());
    rejected(
        readStream(SourceReader.standard(), "s3a://b/e.html", new byte[0]).get(0), "ingest.empty");
    rejected(
        readStream(
                SourceReader.standard(),
                "s3a://b/i.html",
                "GIF89a\0\0\1\2 x".getBytes(StandardCharsets.ISO_8859_1))
            .get(0),
        "ingest.binary");
    rejected(readStream(new SourceReader(4), "s3a://b/big.txt", page).get(0), "ingest.too-large");
  }

  private static List<Ingested> readStream(SourceReader reader, String name, byte[] bytes) {
    try (var s = reader.read(name, new java.io.ByteArrayInputStream(bytes))) {
      return s.toList();
    }
  }

  @Test
  void recognisesWarcByContent() throws IOException {
    Path warc = WarcFixtures.write(dir.resolve("crawl.dat"), true);
    assertEquals(2, readAll(warc).stream().filter(i -> i instanceof Ingested.Found).count());
  }

  @Test
  void truncatedWarcGivesTheGoodRecordsAndOneDiagnostic() throws IOException {
    for (boolean gzip : List.of(false, true)) {
      Path full = WarcFixtures.write(dir.resolve("full" + gzip), gzip);
      byte[] bytes = Files.readAllBytes(full);
      Path cut = write(gzip ? "cut.warc.gz" : "cut.warc", Arrays.copyOf(bytes, bytes.length - 40));
      List<Ingested> all = readAll(cut);
      assertEquals(2, all.size(), all::toString);
      assertEquals("https://news.example/a", found(all.get(0)).url());
      Diagnostic d = rejected(all.get(1), "ingest.warc-corrupt");
      assertEquals(cut.toString(), d.location());
    }
    Path garbage = write("garbage.warc", "this is not a warc file at all\n");
    List<Ingested> all = readAll(garbage);
    assertEquals(1, all.size());
    rejected(all.get(0), "ingest.warc-corrupt");
  }

  @Test
  void countsFilesForProgress() throws IOException {
    write("x/1.txt", "1");
    write("x/2.html", "<p>2</p>");
    assertEquals(2, SourceReader.countFiles(List.of(dir.resolve("x"))));
    WarcFixtures.write(dir.resolve("x/a.warc"), false);
    assertEquals(-1, SourceReader.countFiles(List.of(dir.resolve("x"))));
  }
}
