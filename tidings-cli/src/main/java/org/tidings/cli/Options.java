package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tidings.events.EventCoder;
import org.tidings.events.petrarch.PetrarchEventCoder;
import org.tidings.ingest.SourceReader;
import org.tidings.model.Diagnostic;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.Pipeline;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/** Options shared by several commands. */
final class Options {
  private Options() {}

  /** The files a batch command reads. */
  static final class Inputs {
    @Parameters(
        arity = "1..*",
        paramLabel = "PATH",
        description = "HTML pages, text dumps, WARC archives or directories of them.")
    List<Path> paths;
  }

  /** Where the store lives. */
  static final class Data {
    @Option(
        names = "--data",
        paramLabel = "DIR",
        defaultValue = "tidings-data",
        description = "Data directory of the store (default: ${DEFAULT-VALUE}).")
    Path dir;
  }

  /** How a batch of inputs is run. */
  static final class Run {
    @Option(
        names = "--threads",
        paramLabel = "N",
        description = "Worker threads (default: available processors).")
    Integer threads;

    @Option(
        names = "--max-size",
        paramLabel = "SIZE",
        defaultValue = "20MB",
        converter = SizeConverter.class,
        description =
            "Skip documents larger than this, e.g. 500KB, 20MB (default: ${DEFAULT-VALUE}).")
    long maxBytes = SourceReader.DEFAULT_MAX_BYTES;

    @Option(names = "--no-progress", description = "Do not show a progress bar.")
    boolean noProgress;

    int threadCount() {
      return threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    }
  }

  /** Which event dictionaries the pipeline codes with. */
  static final class Coding {
    /** How many dictionary problems are printed one by one before the rest are only counted. */
    private static final int SHOWN = 10;

    @Option(
        names = "--petrarch-dictionaries",
        paramLabel = "DIR",
        description = {
          "Code events with the PETRARCH-format dictionaries in DIR (files named *verbs*,",
          "*actors*, *agents*, *discards*; e.g. the Phoenix set) over Tidings' own parse,",
          "instead of the bundled CAMEO dictionaries. Bad lines are reported with file and line."
        })
    Path petrarch;

    /** The standard pipeline, its event coder swapped for the PETRARCH one when asked. */
    Pipeline pipeline(Tidings.Parts parts, PrintWriter err) throws IOException {
      Pipeline standard = parts.pipeline().get();
      if (petrarch == null) {
        return standard;
      }
      List<Diagnostic> problems = new ArrayList<>();
      PetrarchEventCoder coder = PetrarchEventCoder.load(petrarch, problems);
      for (Diagnostic d : problems.subList(0, Math.min(SHOWN, problems.size()))) {
        err.println(Batch.describe(d));
      }
      if (problems.size() > SHOWN) {
        err.println("... and " + (problems.size() - SHOWN) + " more dictionary problems");
      }
      List<Annotator> stages = new ArrayList<>();
      for (Annotator a : standard.annotators()) {
        stages.add(a instanceof EventCoder ? coder : a);
      }
      return new Pipeline(standard.extractor(), stages);
    }
  }

  /** "20MB", "500k", "1048576". */
  static final class SizeConverter implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      String v = value.strip().toUpperCase(Locale.ROOT).replace("B", "");
      long unit = 1;
      if (v.endsWith("K")) {
        unit = 1024;
      } else if (v.endsWith("M")) {
        unit = 1024 * 1024;
      } else if (v.endsWith("G")) {
        unit = 1024L * 1024 * 1024;
      }
      if (unit > 1) {
        v = v.substring(0, v.length() - 1);
      }
      try {
        long n = Math.round(Double.parseDouble(v.strip()) * unit);
        if (n <= 0) {
          throw new TypeConversionException("size must be positive: " + value);
        }
        return n;
      } catch (NumberFormatException e) {
        throw new TypeConversionException("not a size: " + value);
      }
    }
  }
}
