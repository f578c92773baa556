package org.tidings.server;

import io.javalin.Javalin;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.tidings.pipeline.Pipeline;
import org.tidings.store.Store;

/**
 * The Tidings web server: a JSON REST API under {@code /api} and the web UI at {@code /}, over a
 * {@link Store}. The server does not own the store: closing the server leaves the store open.
 *
 * <pre>{@code
 * try (Store store = EmbeddedStore.open(dir);
 *     TidingsServer server = TidingsServer.start(store, "127.0.0.1", 8080)) {
 *   System.out.println("serving " + server.uri());
 *   server.join(); // until stop() is called, e.g. from a shutdown hook
 * }
 * }</pre>
 */
public final class TidingsServer implements AutoCloseable {
  /** Where the server binds unless told otherwise: this machine only. */
  public static final String DEFAULT_HOST = "127.0.0.1";

  public static final int DEFAULT_PORT = 8080;
  private static final String WEB = "/org/tidings/server/web";

  private final Javalin app;
  private final String host;
  private final CountDownLatch stopped = new CountDownLatch(1);

  private TidingsServer(Javalin app, String host) {
    this.app = app;
    this.host = host;
  }

  /** Serves {@code store} on 127.0.0.1:8080. */
  public static TidingsServer start(Store store) {
    return start(store, DEFAULT_HOST, DEFAULT_PORT);
  }

  /**
   * Serves {@code store} on {@code host}:{@code port}; port 0 picks a free port, see {@link
   * #port()}. Fails when the port cannot be bound. {@code POST /api/analyze} is off.
   */
  public static TidingsServer start(Store store, String host, int port) {
    return start(store, null, host, port);
  }

  /**
   * Serves {@code store}, and with a pipeline also {@code POST /api/analyze}, which analyses a
   * pasted text or page without storing it.
   *
   * @param pipeline the pipeline to analyse pasted input with, or null for none
   */
  public static TidingsServer start(Store store, Pipeline pipeline, String host, int port) {
    Objects.requireNonNull(store);
    Objects.requireNonNull(host);
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("bad port " + port);
    }
    Api api = new Api(store, pipeline, CameoLabels.standard());
    Javalin app =
        Javalin.create(
            config -> {
              config.showJavalinBanner = false;
              config.useVirtualThreads = false;
              QueuedThreadPool threads = new QueuedThreadPool(16, 2);
              threads.setName("tidings-http");
              config.jetty.threadPool = threads;
              config.http.defaultContentType = "application/json";
              config.http.maxRequestSize = Api.MAX_ANALYZE_BYTES;
              config.staticFiles.add(
                  files -> {
                    files.hostedPath = "/";
                    files.directory = WEB;
                    files.location = Location.CLASSPATH;
                    files.precompress = false;
                  });
            });
    api.routes(app);
    app.start(host, port);
    return new TidingsServer(app, host);
  }

  /** The port the server listens on. */
  public int port() {
    return app.port();
  }

  /** The host the server was bound to. */
  public String host() {
    return host;
  }

  /** Where to point a browser. */
  public URI uri() {
    String h = host.contains(":") ? "[" + host + "]" : host;
    if (h.equals("0.0.0.0")) {
      h = "127.0.0.1";
    }
    return URI.create("http://" + h + ":" + port() + "/");
  }

  /** Blocks until the server is stopped. */
  public void join() throws InterruptedException {
    stopped.await();
  }

  /** Stops serving; idempotent. Does not close the store. */
  public void stop() {
    try {
      app.stop();
    } finally {
      stopped.countDown();
    }
  }

  @Override
  public void close() {
    stop();
  }
}
