package org.tidings.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Short labels for CAMEO event codes, for people reading the API and the web UI. */
public final class CameoLabels {
  private static final String RESOURCE = "cameo-labels.tsv";
  private final Map<String, String> labels;

  public CameoLabels(Map<String, String> labels) {
    this.labels = Map.copyOf(labels);
  }

  /** The labels bundled with Tidings. */
  public static CameoLabels standard() {
    try (InputStream in = CameoLabels.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      return new CameoLabels(
          read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> read(BufferedReader r) throws IOException {
    Map<String, String> out = new HashMap<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      int tab = line.indexOf('\t');
      if (tab < 0) {
        throw new IllegalStateException("bad line in " + RESOURCE + ": " + line);
      }
      out.put(line.substring(0, tab), line.substring(tab + 1).strip());
    }
    return out;
  }

  /** The label of a code, else of its base code, else of its root code, else the empty string. */
  public String label(String code) {
    for (int n = code.length(); n >= 2; n--) {
      String label = labels.get(code.substring(0, n));
      if (label != null) {
        return label;
      }
    }
    return "";
  }
}
