package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings analyze PATH...}: one JSON object per article on stdout. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and print one JSON object per article (JSON Lines), in input order.",
      "Inputs given up are reported on stderr, one line each: code, location, message.",
      "Exit code 0 when an article came out or nothing failed, 1 when every input failed."
    })
final class AnalyzeCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Mixin Options.Inputs inputs;

  @Mixin Options.Run run;
  @Mixin Options.Coding coding;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    AnalysisJson json = new AnalysisJson();
    Batch.Report report =
        Batch.run(
            coding.pipeline(root.parts(), err),
            inputs.paths,
            run,
            err,
            result -> {
              if (result.analysis().isPresent()) {
                out.println(json.line(result.analysis().get()));
              } else {
                for (Diagnostic d : result.diagnostics()) {
                  err.println(Batch.describe(d));
                }
              }
            });
    out.flush();
    err.flush();
    return report.summary().articles() > 0 || report.summary().givenUp() == 0 ? 0 : 1;
  }
}
