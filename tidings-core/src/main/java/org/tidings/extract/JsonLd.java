package org.tidings.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The fields a page's JSON-LD gives about its article: headline, dates, authors, publisher, body
 * and language. Article objects ({@code NewsArticle}, {@code BlogPosting}...) win over page objects
 * ({@code WebPage}); author references by {@code @id} (as in {@code @graph} blocks) are resolved.
 *
 * <p>A script is read ({@link TreeReader}) into a small tree of plain values that keeps only the
 * {@link #KEYS} the rules read: a JSON object becomes a {@code Map}, an array a {@code List}, a
 * string, number or boolean its text (as {@code JsonNode.asText} gives it), null {@link #NULL}.
 * What sits under other keys is checked but not kept, so a script is rejected exactly when
 * Jackson's {@code ObjectMapper.readTree} rejects it. (Share of metadata time, JFR: Jackson's tree
 * 13%, its streaming parse alone 10%, this reader 4%.)
 */
final class JsonLd {
  /** The keys the rules read; the values of all others are skipped. */
  private static final Set<String> KEYS =
      Set.of(
          "@id",
          "@type",
          "@graph",
          "@value",
          "name",
          "mainEntity",
          "headline",
          "datePublished",
          "dateCreated",
          "dateModified",
          "author",
          "creator",
          "articleBody",
          "text",
          "inLanguage",
          "publisher");

  /** A JSON null. */
  private static final Object NULL = new Object();

  private static final Set<String> PAGE_TYPES = Set.of("webpage", "itempage", "aboutpage");
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article",
          "newsarticle",
          "blogposting",
          "reportagenewsarticle",
          "analysisnewsarticle",
          "opinionnewsarticle",
          "backgroundnewsarticle",
          "reviewnewsarticle",
          "techarticle",
          "scholarlyarticle",
          "liveblogposting",
          "posting",
          "socialmediaposting",
          "report",
          "review",
          "howto",
          "recipe",
          "discussionforumposting",
          "qapage",
          "question",
          "medicalwebpage");
  private static final Set<String> PUBLISHER_TYPES =
      Set.of("organization", "newsmediaorganization", "corporation", "website");

  String headline = "";
  String published = "";
  String modified = "";
  String publisher = "";
  String articleBody = "";
  String language = "";
  private List<Object> authorNodes = new ArrayList<>();
  private final Map<String, String> names = new HashMap<>();
  private boolean fromArticle;

  private JsonLd() {}

  /** Reads the given script contents; malformed ones are skipped. */
  static JsonLd read(List<String> scripts) {
    JsonLd ld = new JsonLd();
    for (String raw : scripts) {
      String data = raw.trim();
      if (data.isEmpty() || data.length() > 2_000_000) {
        continue;
      }
      Object tree;
      try {
        tree = tree(data);
      } catch (Malformed e) { // malformed JSON-LD is common: not used
        continue;
      }
      ld.visit(tree, 0);
    }
    return ld;
  }

  /** The first JSON value of a script as a tree of {@link #KEYS} (what follows it is not read). */
  static Object tree(String json) throws Malformed {
    return new TreeReader(json).root();
  }

  /**
   * Reads one JSON value the way Jackson's parser (2.21) does with the lenient features the scripts
   * were read with before (comments, single quotes, trailing commas, control chars in strings,
   * default nesting and number limits), keeping only the {@link #KEYS}: it rejects exactly what
   * that parser rejects (checked against it on every JSON-LD script of the extraction data and on
   * 200k mutated copies), and reads a value's text only where it is kept. A value at the root that
   * is no object or array is not read: the rules ignore it either way.
   */
  private static final class TreeReader {
    /** Jackson's default StreamReadConstraints: nesting depth and number length (in digits). */
    private static final int MAX_DEPTH = 1000;

    private static final int MAX_NUMBER = 1000;

    private final String s;
    private final int n;
    private int at;
    private int depth;

    TreeReader(String s) {
      this.s = s;
      this.n = s.length();
    }

    Object root() throws Malformed {
      int c = next();
      return c == '{' || c == '[' ? value(c, true) : null;
    }

    /** The value opening with {@code c} (consumed); its tree when {@code keep}, else null. */
    private Object value(int c, boolean keep) throws Malformed {
      return switch (c) {
        case '{' -> object(keep);
        case '[' -> array(keep);
        case '"', '\'' -> string(c, keep);
        case 't' -> literal("true", "true");
        case 'f' -> literal("false", "false");
        case 'n' -> literal("null", NULL);
        default -> {
          if (c == '-' || c >= '0' && c <= '9') {
            yield number(keep);
          }
          throw Malformed.INSTANCE;
        }
      };
    }

    private Map<String, Object> object(boolean keep) throws Malformed {
      enter();
      Map<String, Object> out = keep ? new HashMap<>() : null;
      int c = next();
      if (c != '}') {
        while (true) {
          if (c != '"' && c != '\'') {
            throw Malformed.INSTANCE; // names are quoted
          }
          String key = string(c, true);
          if (next() != ':') {
            throw Malformed.INSTANCE;
          }
          boolean kept = keep && KEYS.contains(key);
          Object v = value(next(), kept);
          if (kept) {
            out.put(key, v); // a repeated key: the last wins, as in Jackson's tree
          }
          c = next();
          if (c == '}') {
            break;
          }
          if (c != ',') {
            throw Malformed.INSTANCE;
          }
          c = next();
          if (c == '}') {
            break; // a trailing comma
          }
        }
      }
      depth--;
      return out;
    }

    private List<Object> array(boolean keep) throws Malformed {
      enter();
      List<Object> out = keep ? new ArrayList<>() : null;
      int c = next();
      if (c != ']') {
        while (true) {
          Object v = value(c, keep);
          if (keep) {
            out.add(v);
          }
          c = next();
          if (c == ']') {
            break;
          }
          if (c != ',') {
            throw Malformed.INSTANCE;
          }
          c = next();
          if (c == ']') {
            break; // a trailing comma
          }
        }
      }
      depth--;
      return out;
    }

    private void enter() throws Malformed {
      if (++depth > MAX_DEPTH) {
        throw Malformed.INSTANCE;
      }
    }

    /** A string after its opening {@code quote}: its text when {@code keep}, else null. */
    private String string(int quote, boolean keep) throws Malformed {
      for (int i = at; i < n; i++) {
        char c = s.charAt(i);
        if (c == quote) { // no escape: the text as it stands (control chars are allowed)
          String text = keep ? s.substring(at, i) : null;
          at = i + 1;
          return text;
        }
        if (c == '\\') {
          return escapedString(quote, keep, i);
        }
      }
      throw Malformed.INSTANCE;
    }

    /** As {@link #string}, from the first backslash at {@code i}. */
    private String escapedString(int quote, boolean keep, int i) throws Malformed {
      StringBuilder out = keep ? new StringBuilder(i - at + 16).append(s, at, i) : null;
      at = i;
      while (true) {
        if (at >= n) {
          throw Malformed.INSTANCE;
        }
        char c = s.charAt(at++);
        if (c == quote) {
          return keep ? out.toString() : null;
        }
        if (c == '\\') {
          c = escaped();
        }
        if (keep) {
          out.append(c);
        }
      }
    }

    /** The char of the escape after a backslash. */
    private char escaped() throws Malformed {
      if (at >= n) {
        throw Malformed.INSTANCE;
      }
      char c = s.charAt(at++);
      switch (c) {
        case 'b':
          return '\b';
        case 't':
          return '\t';
        case 'n':
          return '\n';
        case 'f':
          return '\f';
        case 'r':
          return '\r';
        case '"':
        case '/':
        case '\\':
        case '\'': // allowed with single quotes
          return c;
        case 'u':
          if (at + 4 > n) {
            throw Malformed.INSTANCE;
          }
          int v = 0;
          for (int k = 0; k < 4; k++) {
            int d = hex(s.charAt(at++));
            if (d < 0) {
              throw Malformed.INSTANCE;
            }
            v = v << 4 | d;
          }
          return (char) v;
        default:
          throw Malformed.INSTANCE;
      }
    }

    private static int hex(char c) {
      if (c >= '0' && c <= '9') {
        return c - '0';
      }
      if (c >= 'a' && c <= 'f') {
        return c - 'a' + 10;
      }
      return c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    }

    /**
     * A literal after its first char: the rest must follow, and no identifier char right after
     * ("trueish"), as Jackson checks.
     */
    private Object literal(String word, Object value) throws Malformed {
      if (!s.startsWith(word.substring(1), at)) {
        throw Malformed.INSTANCE;
      }
      at += word.length() - 1;
      if (at < n) {
        char c = s.charAt(at);
        if (c >= '0' && c != ']' && c != '}' && Character.isJavaIdentifierPart(c)) {
          throw Malformed.INSTANCE;
        }
      }
      return value;
    }

    /**
     * A number from its first char (consumed): -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, as its
     * JsonNode text ("-0" gives "0", 1e2 "100.0") when {@code keep}.
     */
    private String number(boolean keep) throws Malformed {
      int start = at - 1;
      int i = s.charAt(start) == '-' ? at : start;
      int digits = i;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
      int intLen = i - digits;
      if (intLen == 0 || intLen > 1 && s.charAt(digits) == '0' || intLen > MAX_NUMBER) {
        throw Malformed.INSTANCE; // no digit, leading zeros, too long
      }
      boolean floating = false;
      int fpDigits = intLen; // digits of the int part, fraction and exponent
      if (i < n && s.charAt(i) == '.') {
        floating = true;
        int from = ++i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == from) {
          throw Malformed.INSTANCE;
        }
        fpDigits += i - from;
      }
      if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
        floating = true;
        i++;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
          i++;
        }
        int from = i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == from) {
          throw Malformed.INSTANCE;
        }
        fpDigits += i - from;
      }
      if (fpDigits > MAX_NUMBER) {
        throw Malformed.INSTANCE;
      }
      at = i;
      if (!keep) {
        return null;
      }
      String text = s.substring(start, i);
      if (floating) {
        return Double.toString(Double.parseDouble(text));
      }
      return intLen <= 18
          ? Long.toString(Long.parseLong(text))
          : new java.math.BigInteger(text).toString();
    }

    private static boolean isDigit(char c) {
      return c >= '0' && c <= '9';
    }

    /**
     * The next char that is no white space (space, tab, line feed, carriage return) and in no
     * comment, consumed; -1 at the end. Another control char is an error, as is a lone slash.
     */
    private int next() throws Malformed {
      while (at < n) {
        char c = s.charAt(at++);
        if (c > ' ') {
          if (c != '/') {
            return c;
          }
          comment();
        } else if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
          throw Malformed.INSTANCE;
        }
      }
      return -1;
    }

    /**
     * Skips a comment after its slash: a block to its end, or a line to its end; a control char but
     * white space in it is an error, as in Jackson.
     */
    private void comment() throws Malformed {
      if (at >= n) {
        throw Malformed.INSTANCE;
      }
      char open = s.charAt(at++);
      if (open != '*' && open != '/') {
        throw Malformed.INSTANCE;
      }
      while (at < n) {
        char c = s.charAt(at++);
        if (c < ' ' && c != '\t' && c != '\n' && c != '\r') {
          throw Malformed.INSTANCE;
        }
        if (open == '/' && (c == '\n' || c == '\r')) {
          return;
        }
        if (open == '*' && c == '*' && at < n && s.charAt(at) == '/') {
          at++;
          return;
        }
      }
      if (open == '*') {
        throw Malformed.INSTANCE; // the input ends in the comment
      }
    }
  }

  /** A script that is no JSON: thrown without a stack trace, as malformed scripts are common. */
  static final class Malformed extends Exception {
    private static final long serialVersionUID = 1L;
    static final Malformed INSTANCE = new Malformed();

    private Malformed() {
      super("malformed JSON", null, false, false);
    }
  }

  /** Author names, references resolved, in the order given. */
  List<String> authors() {
    List<String> out = new ArrayList<>();
    for (Object n : authorNodes) {
      names(n, out);
    }
    return out;
  }

  private void visit(Object node, int depth) {
    if (node == null || depth > 6) {
      return;
    }
    if (node instanceof List<?> list) {
      for (Object n : list) {
        visit(n, depth + 1);
      }
      return;
    }
    if (!(node instanceof Map<?, ?> object)) {
      return;
    }
    String id = text(object.get("@id"));
    String name = text(object.get("name"));
    if (!id.isEmpty() && !name.isEmpty()) {
      names.putIfAbsent(id, name);
    }
    if (object.containsKey("@graph")) {
      visit(object.get("@graph"), depth + 1);
    }
    Object type = object.get("@type");
    boolean article = typeIn(type, ARTICLE_TYPES);
    boolean page = !article && typeIn(type, PAGE_TYPES);
    if (article || page) {
      take(object, article);
    } else if (typeIn(type, PUBLISHER_TYPES) && publisher.isEmpty() && depth <= 2) {
      publisher = name;
    }
    if (object.containsKey("mainEntity")) {
      visit(object.get("mainEntity"), depth + 1);
    }
  }

  private void take(Map<?, ?> node, boolean article) {
    boolean first = article && !fromArticle;
    if (first || headline.isEmpty()) {
      String h = text(node.get("headline"));
      if (h.isEmpty() && first) {
        h = text(node.get("name"));
      }
      if (!h.isEmpty()) {
        headline = h;
      }
    }
    if (first || published.isEmpty()) {
      String p = text(node.get("datePublished"));
      if (p.isEmpty()) {
        p = text(node.get("dateCreated"));
      }
      if (!p.isEmpty()) {
        published = p;
      }
    }
    if (first || modified.isEmpty()) {
      String m = text(node.get("dateModified"));
      if (!m.isEmpty()) {
        modified = m;
      }
    }
    Object a = node.get("author");
    if (a == null) {
      a = node.get("creator");
    }
    if (a != null && a != NULL && (first || authorNodes.isEmpty())) {
      authorNodes = new ArrayList<>(List.of(a));
    }
    if (articleBody.isEmpty() || first) {
      String body = text(node.get("articleBody"));
      if (body.isEmpty()) {
        body = text(node.get("text"));
      }
      if (!body.isEmpty()) {
        articleBody = body;
      }
    }
    if (language.isEmpty()) {
      language = text(node.get("inLanguage"));
    }
    if (publisher.isEmpty()) {
      List<String> p = new ArrayList<>();
      names(node.get("publisher"), p);
      if (!p.isEmpty()) {
        publisher = p.get(0);
      }
    }
    if (article) {
      fromArticle = true;
    }
  }

  private void names(Object n, List<String> out) {
    if (n == null || n == NULL) {
      return;
    }
    if (n instanceof List<?> list) {
      for (Object a : list) {
        names(a, out);
      }
      return;
    }
    String name;
    if (n instanceof Map<?, ?> object) {
      name = text(object.get("name"));
      if (name.isEmpty()) {
        name = names.getOrDefault(text(object.get("@id")), "");
      }
    } else {
      name = asText(n).trim();
    }
    if (!name.isEmpty() && !name.startsWith("http")) {
      out.add(name);
    }
  }

  private static boolean typeIn(Object type, Set<String> types) {
    if (type == null) {
      return false;
    }
    if (type instanceof List<?> list) {
      for (Object t : list) {
        if (types.contains(asText(t).toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(asText(type).toLowerCase(Locale.ROOT));
  }

  /** What {@code JsonNode.asText} gives: a value's text, "null" for null, "" for a container. */
  private static String asText(Object n) {
    if (n instanceof String s) {
      return s;
    }
    return n == NULL ? "null" : "";
  }

  private static String text(Object n) {
    if (n == null || n == NULL) {
      return "";
    }
    if (n instanceof List<?> list) {
      return list.isEmpty() ? "" : text(list.get(0));
    }
    if (n instanceof Map<?, ?> object) {
      return text(object.containsKey("@value") ? object.get("@value") : object.get("name"));
    }
    return ((String) n).trim();
  }
}
