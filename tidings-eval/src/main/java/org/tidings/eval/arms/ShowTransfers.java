package org.tidings.eval.arms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.tidings.arms.TransferFinder;
import org.tidings.arms.WeaponTagger;
import org.tidings.eval.SharedData;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.SourceMap;
import org.tidings.nlp.AmountFinder;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;

/**
 * Prints the weapons and arms transfers found in plain-text files: a quick look for developers.
 * Usage: {@code ShowTransfers FILE...} (default: the reference sample under {@code
 * tidings.shared}); {@code -Dtidings.full=true} runs the entity, time and amount stages too.
 */
public final class ShowTransfers {
  private ShowTransfers() {}

  public static void main(String[] args) throws IOException {
    String shared = SharedData.root().toString();
    List<String> files =
        args.length > 0 ? List.of(args) : List.of(shared + "/samples/azerbaijan-arms.txt");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<Annotator> stages =
        Boolean.getBoolean("tidings.full")
            ? List.of(
                Tokenizer.standard(),
                EntityRecognizer.standard(),
                WeaponTagger.standard(),
                TimeFinder.standard(),
                AmountFinder.standard(),
                TransferFinder.standard())
            : List.of(Tokenizer.standard(), WeaponTagger.standard(), TransferFinder.standard());
    for (String f : files) {
      String text = new String(Files.readAllBytes(Path.of(f)), StandardCharsets.UTF_8);
      Article article =
          Article.of(f, "", Optional.empty(), List.of(), "en", text, SourceMap.none());
      Analysis a = Analysis.of(article);
      for (Annotator stage : stages) {
        a = stage.annotate(a);
      }
      out.println("== " + f);
      for (Entity e : a.entities()) {
        if (e.type() == EntityType.WEAPON) {
          int from = Math.max(0, e.span().start() - 40);
          int to = Math.min(text.length(), e.span().end() + 40);
          out.printf(
              Locale.ROOT,
              "WEAPON %-28s -> %s (%s) @%d | %s%n",
              e.text(),
              e.canonical(),
              e.country(),
              e.span().start(),
              text.substring(from, to).replace('\n', ' '));
        }
      }
      for (ArmsTransfer t : a.transfers()) {
        out.printf(
            Locale.ROOT,
            "TRANSFER %s -> %s %s n=%d value=%s years=%s stage=%s trigger='%s'%n    %s%n",
            t.supplier(),
            t.recipient(),
            t.items(),
            t.quantity(),
            t.value() == null ? "-" : t.value().value() + " " + t.value().unit(),
            t.years(),
            t.stage(),
            a.textOf(t),
            t.sentence().of(text));
      }
    }
  }
}
