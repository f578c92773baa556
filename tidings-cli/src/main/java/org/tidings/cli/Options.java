package org.tidings.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.tidings.ingest.SourceReader;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options shared by several commands. */
final class Options {
  private Options() {}

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
