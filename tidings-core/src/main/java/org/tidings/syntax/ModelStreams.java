package org.tidings.syntax;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/** Model files are gzip-compressed data streams; these open them. */
final class ModelStreams {
  private ModelStreams() {}

  static DataInputStream in(InputStream raw) throws IOException {
    return new DataInputStream(
        new BufferedInputStream(new GZIPInputStream(new BufferedInputStream(raw), 1 << 16)));
  }

  static DataOutputStream out(OutputStream raw) throws IOException {
    return new DataOutputStream(
        new BufferedOutputStream(new GZIPOutputStream(new BufferedOutputStream(raw), 1 << 16)));
  }

  static InputStream resource(String name) {
    InputStream in = ModelStreams.class.getResourceAsStream(name);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing bundled model " + name));
    }
    return in;
  }
}
