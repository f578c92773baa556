package org.tidings.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidings.model.Diagnostic;

/**
 * The CAMEO event codes with their Goldstein values, QuadClasses and PLOVER categories.
 *
 * <p>The data file is tab-separated: {@code code, goldstein, quad, plover, label}, with {@code -}
 * for no PLOVER category; lines starting with {@code #} are comments.
 */
public final class Codebook {
  private final Map<String, CameoCode> codes;

  public Codebook(Collection<CameoCode> codes) {
    Map<String, CameoCode> m = new LinkedHashMap<>();
    for (CameoCode c : codes) {
      m.put(c.code(), c);
    }
    this.codes = Collections.unmodifiableMap(m);
  }

  /** The codebook shipped with Tidings: every CAMEO 1.1b3 code as GDELT uses it. */
  public static Codebook standard() {
    try (InputStream in = Codebook.class.getResourceAsStream("cameo-codes.tsv")) {
      if (in == null) {
        throw new IllegalStateException("cameo-codes.tsv missing from the classpath");
      }
      List<Diagnostic> problems = new ArrayList<>();
      Codebook book = new Codebook(read(in, "cameo-codes.tsv", problems));
      if (!problems.isEmpty()) {
        throw new IllegalStateException("bundled codebook is broken: " + problems);
      }
      return book;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads codes in the codebook format; bad lines become diagnostics and are skipped. */
  public static List<CameoCode> read(InputStream in, String location, List<Diagnostic> problems)
      throws IOException {
    List<CameoCode> out = new ArrayList<>();
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    String line;
    int n = 0;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      try {
        if (f.length != 5 || !f[0].chars().allMatch(Character::isDigit)) {
          throw new IllegalArgumentException("want code, goldstein, quad, plover, label");
        }
        int quad = Integer.parseInt(f[2]);
        if (quad < 1 || quad > 4) {
          throw new IllegalArgumentException("QuadClass must be 1 to 4");
        }
        out.add(
            new CameoCode(
                f[0], Double.parseDouble(f[1]), quad, f[3].equals("-") ? "" : f[3], f[4]));
      } catch (IllegalArgumentException e) {
        problems.add(
            Diagnostic.error("events.codebook", e.getMessage() + ": " + line, location + ":" + n));
      }
    }
    return out;
  }

  /** The entry for a code, if it is one. */
  public Optional<CameoCode> find(String code) {
    return Optional.ofNullable(codes.get(code));
  }

  /**
   * The entry for a code; falls back to its base and root codes when the code itself is unknown.
   */
  public Optional<CameoCode> findOrBroader(String code) {
    for (int len = code.length(); len >= 2; len--) {
      CameoCode c = codes.get(code.substring(0, len));
      if (c != null) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /** All codes in file order. */
  public Collection<CameoCode> codes() {
    return codes.values();
  }
}
