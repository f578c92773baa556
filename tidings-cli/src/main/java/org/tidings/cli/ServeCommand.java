package org.tidings.cli;

import java.util.concurrent.Callable;
import org.tidings.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code tidings serve}: the REST API and web UI over the store. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Serve the REST API and the web UI over the store until stopped (Ctrl-C).")
final class ServeCommand implements Callable<Integer> {
  @ParentCommand Tidings root;
  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description = "Port (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--host",
      defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}; 0.0.0.0 for all).")
  String host;

  @Option(names = "--no-wait", hidden = true, description = "Stop right after starting (tests).")
  boolean noWait;

  @Mixin Options.Data data;

  @Override
  public Integer call() throws InterruptedException {
    Store store = root.parts().stores().apply(data.dir);
    try {
      Wiring.Server server =
          root.parts().servers().start(store, root.parts().pipeline().get(), host, port);
      Serving.untilStopped(server, store, spec.commandLine().getOut(), !noWait);
    } finally {
      if (noWait) {
        store.close();
      }
    }
    return 0;
  }
}
