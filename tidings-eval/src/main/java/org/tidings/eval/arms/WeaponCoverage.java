package org.tidings.eval.arms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tidings.arms.WeaponGazetteer;

/**
 * How much of the Oryx equipment lists the weapon gazetteer knows: the share of distinct system
 * names (and of loss events, weighted) in which it finds a named system. Trucks, cars and
 * "(Unknown)" entries are reported apart, as SIPRI does not count them.
 */
public final class WeaponCoverage {
  private static final Pattern LEADING_COUNT = Pattern.compile("^\\d+\\s+");
  private static final Pattern NOT_MAJOR =
      Pattern.compile(
          "(?i)unknown|truck|\\bcar\\b|jeep|\\bbus\\b|tractor|trailer|\\bvan\\b|pickup"
              + "|motorcycle|ambulance|tanker|fuel|crane|excavator|bulldozer|boat\\b|ferry"
              + "|\\bATV\\b|buggy");
  private static final Pattern MODEL =
      Pattern.compile(
          "\"model\"\\s*:\\s*\"((?:[^\"\\\\]|\\\\.)*)\"[^}]*?\"losses_total\"\\s*:\\s*(\\d+)");

  /** Coverage figures of one list. */
  record Figures(int names, int covered, long weight, long coveredWeight, List<String> missed) {
    double share() {
      return names == 0 ? 0 : (double) covered / names;
    }

    double weightedShare() {
      return weight == 0 ? 0 : (double) coveredWeight / weight;
    }
  }

  private WeaponCoverage() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    WeaponGazetteer g = WeaponGazetteer.standard();
    Path arms = Texts.shared().resolve("data/arms");
    out.printf(Locale.ROOT, "gazetteer: %d entries%n", g.systems().size());
    Figures[] oryx = oryx(g, arms.resolve("oryx_data/systems_distinct.csv"));
    print(out, "oryx systems_distinct.csv, major systems", oryx[0]);
    print(out, "oryx systems_distinct.csv, trucks/cars/unknown", oryx[1]);
    Figures models =
        models(g, arms.resolve("ukraine-russia-war-dataset/russia_losses_equipment_oryx.json"));
    print(out, "ukraine-russia-war-dataset models", models);
    out.println("most-lost major systems not covered:");
    oryx[0].missed().stream()
        .limit(Integer.getInteger("tidings.missed", 25))
        .forEach(m -> out.println("  " + m));
  }

  static void print(PrintStream out, String what, Figures f) {
    out.printf(
        Locale.ROOT,
        "%s: %d/%d names (%.1f%%), %d/%d events weighted (%.1f%%)%n",
        what,
        f.covered(),
        f.names(),
        100 * f.share(),
        f.coveredWeight(),
        f.weight(),
        100 * f.weightedShare());
  }

  /** Figures for major systems and for the rest, from {@code systems_distinct.csv}. */
  static Figures[] oryx(WeaponGazetteer g, Path csv) throws IOException {
    List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
    int[] names = new int[2];
    int[] covered = new int[2];
    long[] weight = new long[2];
    long[] coveredWeight = new long[2];
    List<long[]> missedWeights = new ArrayList<>();
    List<String> missed = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      List<String> f = csv(line);
      if (f.size() < 4) {
        continue;
      }
      String system = LEADING_COUNT.matcher(f.get(2)).replaceFirst("").replace("''", "'");
      long events = Long.parseLong(f.get(3).trim());
      int k = NOT_MAJOR.matcher(system).find() ? 1 : 0;
      names[k]++;
      weight[k] += events;
      if (knows(g, system)) {
        covered[k]++;
        coveredWeight[k] += events;
      } else if (k == 0) {
        missedWeights.add(new long[] {events, missed.size()});
        missed.add(system + " (" + f.get(1) + ", " + events + ")");
      }
    }
    missedWeights.sort((a, b) -> Long.compare(b[0], a[0]));
    List<String> top = new ArrayList<>();
    for (long[] m : missedWeights) {
      top.add(missed.get((int) m[1]));
    }
    return new Figures[] {
      new Figures(names[0], covered[0], weight[0], coveredWeight[0], top),
      new Figures(names[1], covered[1], weight[1], coveredWeight[1], List.of())
    };
  }

  /** Figures for the model list of the Ukraine-Russia war dataset. */
  static Figures models(WeaponGazetteer g, Path json) throws IOException {
    String text = Files.readString(json, StandardCharsets.UTF_8);
    Matcher m = MODEL.matcher(text);
    int names = 0;
    int covered = 0;
    long weight = 0;
    long coveredWeight = 0;
    List<String> missed = new ArrayList<>();
    while (m.find()) {
      String model = m.group(1);
      long losses = Long.parseLong(m.group(2));
      names++;
      weight += losses;
      if (knows(g, model)) {
        covered++;
        coveredWeight += losses;
      } else {
        missed.add(model);
      }
    }
    return new Figures(names, covered, weight, coveredWeight, missed);
  }

  /** Whether the gazetteer finds a named system (not just a class) in the name. */
  static boolean knows(WeaponGazetteer g, String name) {
    return g.scan(name).stream().anyMatch(x -> !x.system().generic());
  }

  /** The fields of one CSV line, with RFC 4180 quotes. */
  static List<String> csv(String line) {
    List<String> out = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        out.add(field.toString());
        field.setLength(0);
      } else {
        field.append(c);
      }
    }
    out.add(field.toString());
    return out;
  }
}
