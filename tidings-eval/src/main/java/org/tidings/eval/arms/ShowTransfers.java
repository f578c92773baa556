package org.tidings.eval.arms;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.tidings.arms.TransferFinder;
import org.tidings.arms.WeaponTagger;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.SourceMap;
import org.tidings.nlp.Tokenizer;

/**
 * Prints the weapons and arms transfers found in plain-text files: a quick look for developers.
 * Usage: {@code ShowTransfers FILE...} (default: the reference sample under {@code
 * tidings.shared}).
 */
public final class ShowTransfers {
  private ShowTransfers() {}

  public static void main(String[] args) throws IOException {
    String shared = System.getProperty("tidings.shared", "../shared");
    List<String> files =
        args.length > 0 ? List.of(args) : List.of(shared + "/samples/azerbaijan-arms.txt");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Tokenizer tokenizer = new Tokenizer();
    WeaponTagger tagger = WeaponTagger.standard();
    TransferFinder finder = TransferFinder.standard();
    for (String f : files) {
      String text = new String(Files.readAllBytes(Path.of(f)), StandardCharsets.UTF_8);
      Article article =
          Article.of(f, "", Optional.empty(), List.of(), "en", text, SourceMap.none());
      Analysis a = finder.annotate(tagger.annotate(tokenizer.annotate(Analysis.of(article))));
      out.println("== " + f);
      for (Entity e : a.entities()) {
        if (e.type() == EntityType.WEAPON) {
          int from = Math.max(0, e.span().start() - 40);
          int to = Math.min(text.length(), e.span().end() + 40);
          out.printf(
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
