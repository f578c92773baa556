package org.tidings.eval.arms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.arms.TransferFinder;
import org.tidings.arms.WeaponGazetteer;
import org.tidings.arms.WeaponTagger;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.TransferStage;
import org.tidings.nlp.Tokenizer;

/**
 * The arms evaluation with pinned floors: gazetteer coverage of the Oryx lists, and the reference
 * sample's weapons and transfers. Exits with status 1 when a figure drops below its floor.
 */
public final class ArmsEval {
  /** Share of Oryx loss events of major systems whose name the gazetteer knows. */
  static final double ORYX_WEIGHTED_FLOOR = 0.93;

  /** Share of the Ukraine-Russia war dataset's loss events whose model the gazetteer knows. */
  static final double MODELS_WEIGHTED_FLOOR = 0.85;

  private ArmsEval() {}

  public static void main(String[] args) throws IOException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> failures = new ArrayList<>();
    Path arms = Texts.shared().resolve("data/arms");
    WeaponGazetteer g = WeaponGazetteer.standard();
    WeaponCoverage.Figures oryx =
        WeaponCoverage.oryx(g, arms.resolve("oryx_data/systems_distinct.csv"))[0];
    WeaponCoverage.print(out, "oryx major systems", oryx);
    floor(failures, "oryx weighted coverage", oryx.weightedShare(), ORYX_WEIGHTED_FLOOR);
    WeaponCoverage.Figures models =
        WeaponCoverage.models(
            g, arms.resolve("ukraine-russia-war-dataset/russia_losses_equipment_oryx.json"));
    WeaponCoverage.print(out, "ukraine-russia-war-dataset models", models);
    floor(failures, "models weighted coverage", models.weightedShare(), MODELS_WEIGHTED_FLOOR);
    sample(out, failures);
    if (failures.isEmpty()) {
      out.println("arms eval: all floors held");
    } else {
      failures.forEach(f -> out.println("FAIL " + f));
      System.exit(1);
    }
  }

  private static void floor(List<String> failures, String what, double value, double floor) {
    if (value < floor) {
      failures.add(String.format(Locale.ROOT, "%s %.3f below floor %.3f", what, value, floor));
    }
  }

  /** The reference sample: Smerch and Iskander tagged, the three transfers found, no others. */
  private static void sample(PrintStream out, List<String> failures) throws IOException {
    Path file = Texts.shared().resolve("samples/azerbaijan-arms.txt");
    Analysis a = Texts.analysis(file.toString(), Texts.read(file));
    a =
        TransferFinder.standard()
            .annotate(WeaponTagger.standard().annotate(Tokenizer.standard().annotate(a)));
    List<String> weapons =
        a.entities().stream().filter(e -> e.type() == EntityType.WEAPON).map(Entity::text).toList();
    out.println("sample weapons: " + weapons);
    for (String w : List.of("Smerch", "Iskander")) {
      if (!weapons.contains(w)) {
        failures.add("sample: " + w + " not tagged");
      }
    }
    for (ArmsTransfer t : a.transfers()) {
      out.printf(
          Locale.ROOT,
          "sample transfer: %s -> %s %s %s value=%s years=%s%n",
          t.supplier(),
          t.recipient(),
          t.items(),
          t.stage(),
          t.value() == null ? "-" : t.value().text(),
          t.years());
    }
    expect(
        failures, a, "RUS", "AZE", List.of("tanks", "artillery systems"), TransferStage.DELIVERED);
    expect(
        failures,
        a,
        "RUS",
        "AZE",
        List.of("helicopters", "air-defence systems"),
        TransferStage.NEGOTIATING);
    expect(failures, a, "RUS", "ARM", List.of("9K720 Iskander"), TransferStage.DELIVERED);
    if (a.transfers().size() != 3) {
      failures.add("sample: want 3 transfers, got " + a.transfers().size());
    }
    a.transfers().stream()
        .filter(t -> t.items().contains("tanks"))
        .findFirst()
        .ifPresent(
            t -> {
              if (t.value() == null || t.value().value() != 5e9 || !t.years().equals("2009/2011")) {
                failures.add("sample: tanks deal lacks $5 billion or 2009/2011");
              }
            });
  }

  private static void expect(
      List<String> failures,
      Analysis a,
      String supplier,
      String recipient,
      List<String> items,
      TransferStage stage) {
    boolean found =
        a.transfers().stream()
            .anyMatch(
                t ->
                    t.supplier().equals(supplier)
                        && t.recipient().equals(recipient)
                        && t.items().equals(items)
                        && t.stage() == stage);
    if (!found) {
      failures.add("sample: missing " + supplier + "->" + recipient + " " + items + " " + stage);
    }
  }
}
