package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code tidings export}: everything stored, as GDELT event rows, analysis JSON Lines or one
 * Parquet file per table.
 */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store: --format gdelt writes GDELT 2.0 Events rows (tab-separated, 61",
      "columns; --mentions FILE adds the Mentions rows),",
      "--format jsonl one analysis JSON object per article,",
      "--format parquet one Parquet file per table (articles, entities, quotes, events,",
      "transfers, dead_letters) into the directory --out."
    })
final class ExportCommand implements Callable<Integer> {
  private static final int PAGE = 500;

  /** Export formats. */
  enum Format {
    GDELT,
    JSONL,
    PARQUET
  }

  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, description = "gdelt, jsonl or parquet.")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "PATH",
      description = "Write here instead of stdout (with parquet: a directory, required).")
  Path out;

  @Option(
      names = "--mentions",
      paramLabel = "FILE",
      description = "With gdelt: also write the GDELT Mentions rows to this file.")
  Path mentions;

  @Option(
      names = "--date-added",
      paramLabel = "YYYYMMDDHHMMSS",
      description = "With gdelt: the DATEADDED of every row (default: now, UTC).")
  Long dateAdded;

  @Mixin Options.Data data;

  @Override
  public Integer call() throws IOException {
    if (format == Format.PARQUET && out == null) {
      throw new ParameterException(spec.commandLine(), "--format parquet needs --out DIRECTORY");
    }
    try (Store store = root.parts().stores().apply(data.dir)) {
      if (format == Format.PARQUET) {
        for (Path file : store.exportParquet(out)) {
          spec.commandLine().getErr().println("Wrote " + file);
        }
      } else if (out == null) {
        write(store, spec.commandLine().getOut());
      } else {
        try (BufferedWriter w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
            PrintWriter pw = new PrintWriter(w)) {
          write(store, pw);
        }
        spec.commandLine().getErr().println("Wrote " + out);
      }
    }
    return 0;
  }

  private void write(Store store, PrintWriter w) throws IOException {
    if (format == Format.GDELT) {
      long added =
          dateAdded != null
              ? dateAdded
              : Long.parseLong(
                  DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT)
                      .format(LocalDateTime.now(ZoneOffset.UTC)));
      if (mentions == null) {
        Wiring.writeGdelt(store, w, Optional.empty(), added);
      } else {
        try (PrintWriter m =
            new PrintWriter(Files.newBufferedWriter(mentions, StandardCharsets.UTF_8))) {
          Wiring.writeGdelt(store, w, Optional.of(m), added);
        }
      }
    } else {
      writeJsonl(store, w);
    }
    w.flush();
  }

  static void writeJsonl(Store store, PrintWriter w) {
    AnalysisJson json = new AnalysisJson();
    for (int offset = 0; ; offset += PAGE) {
      List<Store.ArticleSummary> page = store.articles(offset, PAGE);
      for (Store.ArticleSummary s : page) {
        Optional<Analysis> a = store.article(s.id());
        a.ifPresent(analysis -> w.println(json.line(analysis)));
      }
      if (page.size() < PAGE) {
        return;
      }
    }
  }
}
