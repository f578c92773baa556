package org.tidings.cli;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.tidings.store.Store;

/** Keeps a server up until the process is stopped, then closes server and store once. */
final class Serving {
  private Serving() {}

  static void untilStopped(Wiring.Server server, Store store, PrintWriter out, boolean wait)
      throws InterruptedException {
    out.println("Tidings is serving " + server.url());
    if (!wait) {
      out.flush();
      server.close();
      return;
    }
    out.println("Press Ctrl-C to stop.");
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                    store.close();
                  } finally {
                    stopped.countDown();
                  }
                },
                "tidings-shutdown"));
    stopped.await();
  }
}
