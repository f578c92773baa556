package org.tidings.events.gdelt;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.tidings.model.Diagnostic;

/**
 * Reads GDELT 2.0 Events and Mentions files (tab-separated, no header, UTF-8). A bad row becomes a
 * diagnostic with file and line and is skipped; reading goes on.
 */
public final class GdeltReader {
  private GdeltReader() {}

  /** The event rows of an Events export. */
  public static List<GdeltEvent> events(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    return rows(in, location, problems, GdeltEvent::of);
  }

  /** The mention rows of a Mentions export. */
  public static List<GdeltMention> mentions(
      InputStream in, String location, List<Diagnostic> problems) throws IOException {
    return rows(in, location, problems, GdeltMention::of);
  }

  private static <T> List<T> rows(
      InputStream in, String location, List<Diagnostic> problems, Function<List<String>, T> row)
      throws IOException {
    List<T> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isEmpty()) {
        continue;
      }
      if (line.endsWith("\r")) {
        line = line.substring(0, line.length() - 1);
      }
      try {
        out.add(row.apply(Arrays.asList(line.split("\t", -1))));
      } catch (IllegalArgumentException e) {
        problems.add(Diagnostic.error("events.gdelt.row", e.getMessage(), location + ":" + n));
      }
    }
    return out;
  }
}
