package org.tidings.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings export}: everything stored, as GDELT event rows or analysis JSON Lines. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Export the store: --format gdelt writes GDELT 2.0 event rows (tab-separated),",
      "--format jsonl one analysis JSON object per article."
    })
final class ExportCommand implements Callable<Integer> {
  private static final int PAGE = 500;

  /** Export formats. */
  enum Format {
    GDELT,
    JSONL
  }

  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(names = "--format", required = true, description = "gdelt or jsonl.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write here instead of stdout.")
  Path out;

  @Mixin Options.Data data;

  @Override
  public Integer call() throws IOException {
    try (Store store = root.parts().stores().apply(data.dir)) {
      if (out == null) {
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

  private void write(Store store, PrintWriter w) {
    if (format == Format.GDELT) {
      Wiring.writeGdelt(store, w);
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
