package org.tidings.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.tidings.pipeline.Pipeline;
import org.tidings.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The {@code tidings} command: reads news, finds who did what, stores it and serves it. */
@Command(
    name = "tidings",
    mixinStandardHelpOptions = true,
    versionProvider = Tidings.Version.class,
    description = {
      "News event intelligence: entities, quotes, times, amounts, CAMEO events and arms transfers,",
      "each tied to the exact characters of its source sentence."
    },
    subcommands = {
      AnalyzeCommand.class,
      ExtractCommand.class,
      IngestCommand.class,
      SearchCommand.class,
      EventsCommand.class,
      TransfersCommand.class,
      QuotesCommand.class,
      EntitiesCommand.class,
      ExportCommand.class,
      ServeCommand.class,
      DemoCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Tidings implements Runnable {

  /**
   * What the commands are built from; tests give their own.
   *
   * @param pipeline the full analysis pipeline
   * @param extraction the extractor alone
   * @param stores opens the store in a data directory
   * @param servers starts the web server
   */
  public record Parts(
      Supplier<Pipeline> pipeline,
      Supplier<Pipeline> extraction,
      Function<Path, Store> stores,
      ServerStarter servers) {

    /** The parts named in {@link Wiring}. */
    public static Parts standard() {
      return new Parts(Wiring::pipeline, Wiring::extractionOnly, Wiring::openStore, Wiring::serve);
    }
  }

  /** Starts a server over a store. */
  @FunctionalInterface
  public interface ServerStarter {
    Wiring.Server start(Store store, Pipeline pipeline, String host, int port);
  }

  @Spec CommandSpec spec;
  private final Parts parts;

  public Tidings() {
    this(Parts.standard());
  }

  public Tidings(Parts parts) {
    this.parts = parts;
  }

  Parts parts() {
    return parts;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command");
  }

  /** A command line for {@code tidings}, printing UTF-8 to stdout and stderr. */
  public static CommandLine commandLine(Tidings tidings) {
    CommandLine cl = new CommandLine(tidings);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setOut(utf8(FileDescriptor.out));
    cl.setErr(utf8(FileDescriptor.err));
    cl.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          String message = e.getMessage() == null ? e.toString() : e.getMessage();
          command.getErr().println("tidings: " + message);
          command.getErr().flush();
          return 1;
        });
    return cl;
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(
        new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }

  public static void main(String[] args) {
    // the server's libraries log through slf4j-simple; a command line shows warnings only
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    int code = commandLine(new Tidings()).execute(args);
    System.exit(code);
  }

  /** The version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      Properties p = new Properties();
      try (InputStream in = Tidings.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          p.load(in);
        }
      } catch (IOException e) {
        // fall through to "dev"
      }
      return new String[] {
        "tidings " + p.getProperty("version", "dev"),
        "Java "
            + System.getProperty("java.version")
            + " ("
            + System.getProperty("java.vm.name")
            + ")"
      };
    }
  }
}
