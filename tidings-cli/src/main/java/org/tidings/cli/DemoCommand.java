package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.tidings.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings demo}: the bundled examples, analysed, stored and served. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = {
      "Analyse and store the examples/ folder (HTML pages, a text dump, a WARC archive), print",
      "what was found and serve the web UI, printing its URL. --no-serve stops after storing."
    })
final class DemoCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(
      names = "--examples",
      paramLabel = "DIR",
      description = "The examples folder (default: examples/ of the Tidings checkout).")
  Path examples;

  @Option(names = "--no-serve", description = "Stop after ingesting; do not start the server.")
  boolean noServe;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on.")
  String host;

  @Option(names = "--no-wait", hidden = true, description = "Stop right after starting (tests).")
  boolean noWait;

  @Mixin Options.Data data;
  @Mixin Options.Run run;

  @Override
  public Integer call() throws InterruptedException {
    PrintWriter out = spec.commandLine().getOut();
    Path dir = examplesDir();
    out.println("Ingesting " + dir + " into " + data.dir);
    Store store = root.parts().stores().apply(data.dir);
    boolean serving = false;
    try {
      StoreIngest ingest =
          StoreIngest.run(
              root.parts().pipeline().get(), store, List.of(dir), run, spec.commandLine().getErr());
      ingest.print(out);
      Store.Stats s = store.stats();
      out.println(
          String.format(
              Locale.ROOT,
              "Stored: %,d articles, %,d entities, %,d quotes, %,d events, %,d transfers, %,d dead"
                  + " letters",
              s.articles(),
              s.entities(),
              s.quotes(),
              s.events(),
              s.transfers(),
              s.deadLetters()));
      out.println(
          "Try: tidings events --data " + data.dir + "   tidings transfers --data " + data.dir);
      out.flush();
      if (noServe) {
        return 0;
      }
      Wiring.Server server =
          root.parts().servers().start(store, root.parts().pipeline().get(), host, port);
      serving = !noWait;
      Serving.untilStopped(server, store, out, !noWait);
      return 0;
    } finally {
      if (!serving) {
        store.close();
      }
    }
  }

  private Path examplesDir() {
    if (examples != null) {
      return examples;
    }
    String home = System.getProperty("tidings.home");
    for (Path candidate :
        home == null
            ? List.of(Path.of("examples"))
            : List.of(Path.of(home, "examples"), Path.of("examples"))) {
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new CommandLine.ParameterException(
        spec.commandLine(), "No examples folder found; give one with --examples DIR");
  }
}
