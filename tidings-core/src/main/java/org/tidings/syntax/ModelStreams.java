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

  /** The whole decompressed model, read at once: parsing from memory is what makes loading fast. */
  static DataInputStream in(InputStream raw) throws IOException {
    byte[] bytes;
    try (InputStream gz = new GZIPInputStream(new BufferedInputStream(raw, 1 << 16), 1 << 16)) {
      bytes = gz.readAllBytes();
    }
    return new DataInputStream(new Bytes(bytes));
  }

  /** A byte array as a stream, without the per-byte locking of ByteArrayInputStream. */
  private static final class Bytes extends InputStream {
    private final byte[] bytes;
    private int position;

    Bytes(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read() {
      return position < bytes.length ? bytes[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      if (length == 0) {
        return 0;
      }
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(length, bytes.length - position);
      System.arraycopy(bytes, position, into, offset, n);
      position += n;
      return n;
    }
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
