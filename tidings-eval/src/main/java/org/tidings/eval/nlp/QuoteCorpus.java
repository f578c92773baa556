package org.tidings.eval.nlp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * PolNeAR attribution annotations (brat standoff) with their article texts: one split, one
 * annotator an article (the first by name when several annotated it).
 */
final class QuoteCorpus {
  /** A set of character ranges {@code [start, end)}: brat spans may be discontinuous. */
  record Ranges(List<int[]> parts) {
    boolean overlaps(int start, int end) {
      for (int[] p : parts) {
        if (p[0] < end && start < p[1]) {
          return true;
        }
      }
      return false;
    }

    int overlap(int start, int end) {
      int total = 0;
      for (int[] p : parts) {
        total += Math.max(0, Math.min(end, p[1]) - Math.max(start, p[0]));
      }
      return total;
    }
  }

  /**
   * One attribution: what was said (content), the words saying who (source, possibly none) and the
   * cue.
   */
  record Attribution(Ranges content, Ranges source, Ranges cue, boolean direct) {}

  /** One article and its attributions. */
  record Article(String name, String text, List<Attribution> attributions) {}

  private QuoteCorpus() {}

  static List<Article> read(Path split) throws IOException {
    Map<String, Path> firstAnnotation = new LinkedHashMap<>();
    try (Stream<Path> files = Files.list(split.resolve("attributions"))) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        if (!name.endsWith(".ann")) {
          continue;
        }
        String article = name.substring(0, name.lastIndexOf('_'));
        firstAnnotation.putIfAbsent(article, f);
      }
    }
    List<Article> out = new ArrayList<>();
    for (Map.Entry<String, Path> e : firstAnnotation.entrySet()) {
      Path textFile = split.resolve("text").resolve(e.getKey() + ".txt");
      if (!Files.exists(textFile)) {
        continue;
      }
      String text = Files.readString(textFile, StandardCharsets.UTF_8);
      out.add(new Article(e.getKey(), text, attributions(e.getValue(), text)));
    }
    return out;
  }

  private static List<Attribution> attributions(Path ann, String text) throws IOException {
    Map<String, Ranges> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length < 2) {
        continue;
      }
      if (cols[0].startsWith("T")) {
        spans.put(cols[0], ranges(cols[1]));
      } else if (cols[0].startsWith("E")) {
        relations.add(cols[1].split(" "));
      }
    }
    List<Attribution> out = new ArrayList<>();
    for (String[] roles : relations) {
      List<int[]> content = new ArrayList<>();
      List<int[]> source = new ArrayList<>();
      List<int[]> cue = new ArrayList<>();
      for (String role : roles) {
        int colon = role.indexOf(':');
        if (colon < 0 || !spans.containsKey(role.substring(colon + 1))) {
          continue;
        }
        List<int[]> parts = spans.get(role.substring(colon + 1)).parts();
        String kind = role.substring(0, colon);
        if (kind.startsWith("Content")) {
          content.addAll(parts);
        } else if (kind.equals("Source")) {
          source.addAll(parts);
        } else if (kind.equals("Cue")) {
          cue.addAll(parts);
        }
      }
      if (!content.isEmpty()) {
        out.add(
            new Attribution(
                new Ranges(content),
                new Ranges(source),
                new Ranges(cue),
                hasQuoteMarks(content, text)));
      }
    }
    return out;
  }

  /** A content holding a pair of double quote marks is (or holds) a direct quote. */
  private static boolean hasQuoteMarks(List<int[]> content, String text) {
    int marks = 0;
    for (int[] p : content) {
      for (int i = p[0]; i < p[1] && i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\u201c' || c == '\u201d' || c == '"') {
          marks++;
        }
      }
    }
    return marks >= 2;
  }

  /** "Content 120 211" or "Source 5 9;12 20". */
  private static Ranges ranges(String typeAndOffsets) {
    int space = typeAndOffsets.indexOf(' ');
    List<int[]> parts = new ArrayList<>();
    for (String part : typeAndOffsets.substring(space + 1).split(";")) {
      String[] se = part.trim().split(" ");
      parts.add(new int[] {Integer.parseInt(se[0]), Integer.parseInt(se[1])});
    }
    return new Ranges(parts);
  }
}
