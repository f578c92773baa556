package org.tidings.eval;

import java.nio.file.Path;

/** Where the shared data sets live: {@code -Dtidings.shared=DIR}, by default {@code ../shared}. */
public final class SharedData {
  private SharedData() {}

  /** The shared folder; the data sets are under its {@code data/}. */
  public static Path root() {
    return Path.of(System.getProperty("tidings.shared", "../shared"));
  }
}
