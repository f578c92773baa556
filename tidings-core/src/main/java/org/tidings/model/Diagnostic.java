package org.tidings.model;

import java.util.Objects;

/**
 * Something wrong with an input, reported instead of thrown.
 *
 * @param code stable dotted code a program can match on ("ingest.empty", "extract.no-text")
 * @param message what was wrong, for a person
 * @param location where: a path, "path#record-id", "path:line"
 * @param severity whether the input was given up ({@code ERROR}) or only degraded
 */
public record Diagnostic(String code, String message, String location, Severity severity) {

  /** How bad it is. */
  public enum Severity {
    WARNING,
    ERROR
  }

  public Diagnostic {
    Objects.requireNonNull(code);
    Objects.requireNonNull(message);
    Objects.requireNonNull(location);
    Objects.requireNonNull(severity);
  }

  public static Diagnostic error(String code, String message, String location) {
    return new Diagnostic(code, message, location, Severity.ERROR);
  }

  public static Diagnostic warning(String code, String message, String location) {
    return new Diagnostic(code, message, location, Severity.WARNING);
  }
}
