package org.tidings.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;
import org.tidings.pipeline.Extraction;
import org.tidings.pipeline.Extractor;

/**
 * Turns an HTML page or a scraped text dump into an article: page furniture dropped, title,
 * publication date, authors and language read, every char mapped back to the source. Pure and
 * thread-safe. Bad input gives a diagnostic, never an exception.
 *
 * <p>{@link #extract} gives what the pipeline needs; {@link #read} also gives the page metadata
 * (site name, canonical URL) and the body text without title and captions.
 */
public final class ArticleExtractor implements Extractor {
  /** Inputs are cut here: no news page is larger, and parsing stays well under a second. */
  public static final int MAX_BYTES = 3 << 20;

  private static final double MAX_CONTROL_SHARE = 0.05;

  /** Paragraphs longer than this are kept unless repeated: no furniture line is this long. */
  private static final int MAX_SHORT = 120;

  /** Body chars needed before a "related articles" heading may end the text. */
  private static final int MIN_BODY_BEFORE_RELATED = 200;

  private static final double MAX_MALFORMED_SHARE = 0.2;

  /** Body chars below which the furniture rules are distrusted and a lenient search is tried. */
  private static final int MIN_STRICT_BODY = 250;

  /**
   * Body chars below which a lenient search is tried too, and taken when it finds {@link
   * #SHORT_BODY_FACTOR} times as much: the lead paragraph of a page whose sections each sit in a
   * block marked like furniture. (3,000 gains 0.003 WCXB word F1 and leaves the Scrapinghub output
   * unchanged, but costs 3-4% of the Scrapinghub extraction time in second parses.)
   */
  private static final int SHORT_STRICT_BODY = 1000;

  private static final double SHORT_BODY_FACTOR = 3;

  /** Body chars below which every long paragraph of the page is a candidate. */
  private static final int MIN_FOUND_BODY = 100;

  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?i)(by|von|par|por|di|door|av|af|przez|от|автор|written by|posted by)\\s+\\S.*");

  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final FurnitureRules rules;
  private final DateFinder dates;
  private final LanguageDetector languages;
  private final TextDumpReader dumps;
  private final ContentFinder content;
  private final MetadataReader metadata;

  ArticleExtractor(FurnitureRules rules, DateFinder dates, LanguageDetector languages) {
    this.rules = Objects.requireNonNull(rules);
    this.dates = Objects.requireNonNull(dates);
    this.languages = Objects.requireNonNull(languages);
    this.dumps = new TextDumpReader(rules);
    this.content = new ContentFinder(rules);
    this.metadata = new MetadataReader(dates);
  }

  /** The extractor with the rules, month names and language profiles bundled with Tidings. */
  public static ArticleExtractor standard() {
    return new ArticleExtractor(
        FurnitureRules.standard(), DateFinder.standard(), LanguageDetector.standard());
  }

  @Override
  public Extraction extract(Source source) {
    return read(source).extraction();
  }

  /** Reads the article, its metadata and its body text. Never throws on bad input. */
  public ExtractedPage read(Source source) {
    String where = source.location();
    byte[] bytes = source.bytes();
    if (bytes.length == 0) {
      return failed(Diagnostic.error("extract.empty", "the source has no bytes", where));
    }
    List<Diagnostic> warnings = new ArrayList<>();
    if (bytes.length > MAX_BYTES) {
      warnings.add(
          Diagnostic.warning(
              "extract.truncated",
              "the source has "
                  + bytes.length
                  + " bytes; only the first "
                  + MAX_BYTES
                  + " were read",
              where));
      bytes = java.util.Arrays.copyOf(bytes, MAX_BYTES);
    }
    boolean html = isHtml(source.mediaType(), bytes);
    Decoded decoded = Decoder.decode(bytes, source.charset(), html);
    String problem = unreadable(decoded);
    if (problem != null) {
      return failed(Diagnostic.error(problem, describe(problem, decoded), where));
    }
    if (decoded.malformed() > 0) {
      warnings.add(
          Diagnostic.warning(
              "extract.malformed-bytes",
              decoded.malformed()
                  + " byte sequences were not valid "
                  + decoded.charset().name()
                  + " and were replaced",
              where));
    }
    return html ? readHtml(source, decoded, warnings) : readDump(source, decoded, warnings);
  }

  private static boolean isHtml(String mediaType, byte[] bytes) {
    String mt = mediaType.toLowerCase(Locale.ROOT);
    if (mt.contains("html") || mt.contains("xml")) {
      return true;
    }
    if (mt.startsWith("text/plain")) {
      return false;
    }
    String head =
        new String(
                bytes,
                0,
                Math.min(bytes.length, 1024),
                java.nio.charset.StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<html")
        || head.contains("<!doctype")
        || head.contains("<body")
        || head.contains("<p>");
  }

  /** A diagnostic code when the decoded text is binary junk or mostly undecodable, else null. */
  private static String unreadable(Decoded decoded) {
    char[] text = decoded.chars();
    int n = Math.min(decoded.length(), 8192);
    if (n == 0) {
      return "extract.empty";
    }
    int control = 0;
    for (int i = 0; i < n; i++) {
      char c = text[i];
      if (c < ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
        control++;
      }
    }
    if (control > n * MAX_CONTROL_SHARE) {
      return "extract.binary";
    }
    if (decoded.malformed() > decoded.length() * MAX_MALFORMED_SHARE) {
      return "extract.undecodable";
    }
    return null;
  }

  private static String describe(String code, Decoded decoded) {
    return switch (code) {
      case "extract.binary" -> "the source holds control bytes: binary, not text";
      case "extract.undecodable" ->
          decoded.malformed() + " byte sequences are not valid " + decoded.charset().name();
      default -> "the source holds no text";
    };
  }

  // ---- text dumps ----------------------------------------------------------------------------

  private ExtractedPage readDump(Source source, Decoded decoded, List<Diagnostic> warnings) {
    TextDumpReader.Reading reading = dumps.read(decoded);
    TextBuilder.ByteWidth width = TextDumpReader.width(decoded.charset());
    TextBuilder text = new TextBuilder("byte");
    StringBuilder body = new StringBuilder();
    String title = "";
    if (reading.title() != null) {
      title = reading.title().text();
      text.appendLine(title, reading.title().byteStart(), width);
      text.paragraphBreak();
    }
    Optional<LocalDate> published = Optional.empty();
    for (TextDumpReader.Line line : reading.body()) {
      if (published.isEmpty() && dates.isDateLine(line.text())) {
        published = dates.fromText(line.text());
        continue; // a dateline is metadata, not body
      }
      text.appendLine(line.text(), line.byteStart(), width);
      text.paragraphBreak();
      if (body.length() > 0) {
        body.append("\n\n");
      }
      body.append(line.text());
    }
    if (body.length() == 0 && title.isEmpty()) {
      return failed(
          Diagnostic.error(
              "extract.no-text", "no article text found in the text dump", source.location()),
          warnings);
    }
    String language = languages.detect(body.length() > 0 ? body.toString() : title);
    PageMetadata meta = new PageMetadata(title, published, List.of(), "", source.url(), language);
    return finish(source, meta, text, body.toString(), warnings);
  }

  // ---- HTML ----------------------------------------------------------------------------------

  private ExtractedPage readHtml(Source source, Decoded decoded, List<Diagnostic> warnings) {
    Document doc = HtmlParser.parse(decoded, source.url());
    Node[] nodes = bodyNodes(doc); // before anything takes them
    MetadataReader.Head head = metadata.read(doc, source.url());
    return readContent(source, decoded, doc, nodes, head, warnings);
  }

  /** The nodes the parser appended under the body of a page just parsed, or null. */
  static Node[] bodyNodes(Document doc) {
    return doc instanceof HtmlParser.ParsedDocument parsed ? parsed.bodyNodes() : null;
  }

  /**
   * What follows parsing and metadata: the body text found, kept and built into the article. The
   * document is pruned in place. {@code nodes}: the {@link #bodyNodes} of the page, read before the
   * metadata reader took them (it reads the tree without changing it), or null.
   */
  ExtractedPage readContent(
      Source source,
      Decoded decoded,
      Document doc,
      Node[] nodes,
      MetadataReader.Head head,
      List<Diagnostic> warnings) {
    String where = source.location();
    Element body = doc.body();
    if (body == null) {
      return failed(Diagnostic.error("extract.no-body", "the page has no body", where));
    }
    ContentFinder.Found strict = content.search(body, nodes);
    List<Paragraph> paragraphs =
        foundTooLittle(strict) ? retried(source, decoded, body, strict) : strict.paragraphs();
    int found = ContentFinder.textLength(paragraphs);
    if (found < MIN_STRICT_BODY && head.articleBody().length() > Math.max(found, MIN_FOUND_BODY)) {
      paragraphs = articleBody(head.articleBody());
      warnings.add(
          Diagnostic.warning(
              "extract.json-ld-body", "the body text was taken from the page's JSON-LD", where));
    }
    String title = head.title();
    TextBuilder text = new TextBuilder("char");
    if (!title.isEmpty()) {
      text.append(title, -1);
      text.paragraphBreak();
    }
    StringBuilder bodyText = new StringBuilder();
    SeenKeys seen = new SeenKeys();
    seen.add(title, FurnitureRules.hash(FurnitureRules.normalize(title)));
    List<String> authorKeys = new ArrayList<>(head.authors().size());
    for (String author : head.authors()) {
      authorKeys.add(FurnitureRules.normalize(author)); // once a page, not once a paragraph
    }
    for (Paragraph p : paragraphs) {
      // The key of a short line, built once for every test; a long one's is only hashed.
      String key = p.text().length() > MAX_SHORT ? null : FurnitureRules.normalize(p.text());
      if (bodyText.length() >= MIN_BODY_BEFORE_RELATED
          && key != null
          && rules.isRelatedKey(p.text(), key)) {
        break; // "You may also like": the rest is links to other articles
      }
      if (!keep(p, key, authorKeys, seen)) {
        continue;
      }
      text.append(p);
      text.paragraphBreak();
      if (p.kind() != Paragraph.Kind.CAPTION) {
        if (bodyText.length() > 0) {
          bodyText.append("\n\n");
        }
        bodyText.append(p.text());
      }
    }
    if (bodyText.length() == 0) {
      return new ExtractedPage(
          Extraction.failed(
              Diagnostic.error("extract.no-text", "no article text found in the page", where),
              warnings),
          metadata(head, source, ""),
          "");
    }
    String bodyString = bodyText.toString(); // once: the language detector reads it too
    PageMetadata meta = metadata(head, source, bodyString);
    return finish(source, meta, text, bodyString, warnings);
  }

  /**
   * True when little survived the furniture rules: almost nothing, or a short text on a page with
   * several times as much text outside links.
   */
  private static boolean foundTooLittle(ContentFinder.Found strict) {
    int found = strict.length();
    return found < MIN_STRICT_BODY
        || found < SHORT_STRICT_BODY && strict.unlinkedText() > found * SHORT_BODY_FACTOR;
  }

  /**
   * The longest text of the strict search's and the other tries: every long paragraph of the page
   * (when almost nothing was found), and a fresh parse trusting only tags and roles (every block
   * called a "widget", the article streamed into a hidden div). A text of MIN_STRICT_BODY or more
   * is given up only for one several times as long, found by a search that still drops comment
   * threads: not for the comments under a short post.
   */
  private List<Paragraph> retried(
      Source source, Decoded decoded, Element body, ContentFinder.Found strict) {
    List<Paragraph> paragraphs = strict.paragraphs();
    int found = strict.length();
    boolean distrusted = found < MIN_STRICT_BODY;
    List<Paragraph> loose = found < MIN_FOUND_BODY ? content.paragraphs(body) : List.of();
    Document fresh = HtmlParser.parse(decoded, source.url());
    Element again = fresh.body();
    List<Paragraph> lenient =
        again == null
            ? List.of()
            : distrusted
                ? content.find(again, true, bodyNodes(fresh))
                : content.widen(again, bodyNodes(fresh));
    int wanted = distrusted ? found : (int) (found * SHORT_BODY_FACTOR);
    for (List<Paragraph> candidate : List.of(loose, lenient)) {
      int length = ContentFinder.textLength(candidate);
      if (length > wanted) {
        paragraphs = candidate;
        wanted = length;
      }
    }
    return paragraphs;
  }

  private PageMetadata metadata(MetadataReader.Head head, Source source, String body) {
    String language = head.language();
    if (language.equals("und") && !body.isEmpty()) {
      language = languages.detect(body);
    }
    return new PageMetadata(
        head.title(),
        head.published(),
        head.authors(),
        head.siteName(),
        head.canonicalUrl(),
        language);
  }

  /**
   * Drops repeated paragraphs (captions printed twice), the title again, bylines and furniture.
   * {@code key} is the paragraph's normalized text, null when it is longer than {@link #MAX_SHORT}:
   * a long paragraph is only tested for repeats, by the hash of its key.
   */
  private boolean keep(Paragraph p, String key, List<String> authorKeys, SeenKeys seen) {
    String t = p.text();
    long hash = key != null ? FurnitureRules.hash(key) : FurnitureRules.keyHash(t);
    if (key == null && hash == FurnitureRules.EMPTY_KEY_HASH) {
      key = FurnitureRules.normalize(t); // maybe empty: ask the key itself
    }
    if ((key != null && key.isEmpty()) || !seen.add(t, hash)) {
      return false;
    }
    if (t.length() > MAX_SHORT) {
      return true;
    }
    if (rules.isFurnitureKey(key) || rules.isShareKey(key) || dates.isDateLine(t)) {
      return false;
    }
    if (mayBeByline(t) && BYLINE.matcher(t).matches() && SPACES.split(t).length <= 8) {
      return false;
    }
    return !authorKeys.contains(key);
  }

  /**
   * False when {@link #BYLINE} cannot match: its words open with these letters, ASCII letters in
   * either case (its {@code (?i)} folds ASCII only); any other first char is left to the pattern.
   */
  private static boolean mayBeByline(String t) {
    char c = t.charAt(0);
    return c >= 0x80 || "bvpdawBVPDAW".indexOf(c) >= 0;
  }

  /**
   * The lines seen so far, by the hash of their normalized key: a long paragraph's key is built
   * only when its hash was seen before, to tell a repeat from a collision.
   */
  static final class SeenKeys {
    // The first line of each hash, by open addressing on the hash: no boxed key per line.
    private long[] hashes = new long[64];
    private String[] lines = new String[64];
    private int size;
    private final Map<Long, List<String>> keys = new HashMap<>(); // the keys of a hash seen again

    /** False when a line with the key of {@code line} was seen; else remembers it. */
    boolean add(String line, long hash) {
      String first = putIfAbsent(hash, line);
      if (first == null) {
        return true;
      }
      List<String> same =
          keys.computeIfAbsent(
              hash, h -> new ArrayList<>(List.of(FurnitureRules.normalize(first))));
      String key = FurnitureRules.normalize(line);
      if (same.contains(key)) {
        return false;
      }
      same.add(key);
      return true;
    }

    /** The first line of {@code hash}, or null after making {@code line} its first. */
    private String putIfAbsent(long hash, String line) {
      if (2 * (size + 1) > hashes.length) {
        grow();
      }
      int mask = hashes.length - 1;
      for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
        if (lines[i] == null) {
          hashes[i] = hash;
          lines[i] = line;
          size++;
          return null;
        }
        if (hashes[i] == hash) {
          return lines[i];
        }
      }
    }

    private static int slot(long hash, int mask) {
      long h = hash * 0x9E3779B97F4A7C15L; // spread: the key hashes differ mostly in low bits
      return (int) (h >>> 40) & mask;
    }

    private void grow() {
      long[] oldHashes = hashes;
      String[] oldLines = lines;
      hashes = new long[oldHashes.length * 2];
      lines = new String[oldLines.length * 2];
      int mask = hashes.length - 1;
      for (int k = 0; k < oldLines.length; k++) {
        if (oldLines[k] != null) {
          int i = slot(oldHashes[k], mask);
          while (lines[i] != null) {
            i = (i + 1) & mask;
          }
          hashes[i] = oldHashes[k];
          lines[i] = oldLines[k];
        }
      }
    }
  }

  private static List<Paragraph> articleBody(String body) {
    List<Paragraph> out = new ArrayList<>();
    for (String part : body.split("\\n\\s*\\n|\\r\\n\\s*\\r\\n|\\n")) {
      String t = MetadataReader.clean(part);
      if (!t.isEmpty()) {
        out.add(Paragraph.of(t, Paragraph.Kind.TEXT, -1));
      }
    }
    return out;
  }

  private static ExtractedPage finish(
      Source source, PageMetadata meta, TextBuilder text, String body, List<Diagnostic> warnings) {
    Article article =
        Article.of(
            source.location(),
            meta.title(),
            meta.published(),
            meta.authors(),
            meta.language(),
            text.text(),
            text.sourceMap());
    if (meta.published().isEmpty()) {
      warnings = new ArrayList<>(warnings);
      warnings.add(
          Diagnostic.warning(
              "extract.no-date",
              "the source states no publication date; relative dates stay unresolved",
              source.location()));
    }
    return new ExtractedPage(Extraction.of(article, warnings), meta, body);
  }

  private static ExtractedPage failed(Diagnostic d) {
    return failed(d, List.of());
  }

  /** No article: {@code d} says why, then the warnings met before. */
  private static ExtractedPage failed(Diagnostic d, List<Diagnostic> warnings) {
    return new ExtractedPage(Extraction.failed(d, warnings), PageMetadata.empty(), "");
  }
}
