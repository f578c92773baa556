package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.tidings.pipeline.Pipeline;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings ingest PATH...}: analyse and store. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse articles and keep them in the store. Ingesting an article again replaces it",
      "(never duplicates it); inputs given up are kept as dead letters. Prints a summary."
    })
final class IngestCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Mixin Options.Inputs inputs;

  @Mixin Options.Data data;
  @Mixin Options.Run run;
  @Mixin Options.Coding coding;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    StoreIngest result;
    Pipeline pipeline = coding.pipeline(root.parts(), err);
    try (Store store = root.parts().stores().apply(data.dir)) {
      result = StoreIngest.run(pipeline, store, inputs.paths, run, err);
    }
    result.print(out);
    return result.articles() > 0 || result.givenUp() == 0 ? 0 : 1;
  }
}
