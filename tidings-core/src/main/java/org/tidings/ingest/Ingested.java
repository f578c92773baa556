package org.tidings.ingest;

import java.util.Objects;
import org.tidings.model.Diagnostic;
import org.tidings.model.Source;

/** One thing ingest found: a source to extract from, or an input it had to reject. */
public sealed interface Ingested permits Ingested.Found, Ingested.Rejected {

  /** Where it came from: a path, or "path#record-id" for a WARC record. */
  String location();

  /** A readable document. */
  record Found(Source source) implements Ingested {
    public Found {
      Objects.requireNonNull(source);
    }

    @Override
    public String location() {
      return source.location();
    }
  }

  /** An input that could not be read as a document, and why. */
  record Rejected(Diagnostic diagnostic) implements Ingested {
    public Rejected {
      Objects.requireNonNull(diagnostic);
    }

    @Override
    public String location() {
      return diagnostic.location();
    }
  }

  static Ingested found(Source source) {
    return new Found(source);
  }

  static Ingested rejected(String code, String message, String location) {
    return new Rejected(Diagnostic.error(code, message, location));
  }
}
