package org.tidings.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.tidings.pipeline.Progress;
import org.tidings.pipeline.ProgressListener;

/**
 * A one-line progress display on a terminal: a bar and percentage when the total is known, counts,
 * documents per second and the time left. Redraws at most five times a second.
 */
final class ProgressBar implements ProgressListener {
  private static final long REDRAW_NANOS = 200_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private long lastDraw = Long.MIN_VALUE;
  private int lastLength;

  ProgressBar(PrintWriter err) {
    this.err = err;
  }

  /** A bar on {@code err} when a person is watching (a console, not CI), else nothing. */
  static ProgressListener forTerminal(PrintWriter err, boolean wanted) {
    boolean terminal = System.console() != null && System.getenv("CI") == null;
    return wanted && terminal ? new ProgressBar(err) : ProgressListener.none();
  }

  @Override
  public void progress(Progress p) {
    long now = System.nanoTime();
    if (lastDraw != Long.MIN_VALUE && now - lastDraw < REDRAW_NANOS && p.done() != p.total()) {
      return;
    }
    lastDraw = now;
    draw(line(p));
  }

  @Override
  public void finished(Progress p) {
    if (lastDraw != Long.MIN_VALUE) {
      draw("");
      err.print('\r');
      err.flush();
    }
  }

  private void draw(String line) {
    StringBuilder b = new StringBuilder("\r").append(line);
    if (line.length() < lastLength) {
      b.append(" ".repeat(lastLength - line.length()));
    }
    lastLength = line.length();
    err.print(b);
    err.flush();
  }

  static String line(Progress p) {
    StringBuilder b = new StringBuilder();
    if (p.total() > 0) {
      int filled = (int) Math.min(BAR, BAR * p.done() / p.total());
      b.append('[').append("#".repeat(filled)).append("-".repeat(BAR - filled)).append("] ");
      b.append(
          String.format(
              Locale.ROOT, "%,d/%,d %3d%%", p.done(), p.total(), 100 * p.done() / p.total()));
    } else {
      b.append(String.format(Locale.ROOT, "%,d docs", p.done()));
    }
    b.append(String.format(Locale.ROOT, "  %.1f docs/s", p.perSecond()));
    if (p.givenUp() > 0) {
      b.append(String.format(Locale.ROOT, "  %,d given up", p.givenUp()));
    }
    long left = p.secondsLeft();
    if (left >= 0) {
      b.append("  ETA ").append(duration(left));
    }
    return b.toString();
  }

  static String duration(long seconds) {
    if (seconds < 60) {
      return seconds + "s";
    }
    if (seconds < 3600) {
      return (seconds / 60) + "m" + String.format(Locale.ROOT, "%02d", seconds % 60) + "s";
    }
    return (seconds / 3600) + "h" + String.format(Locale.ROOT, "%02d", (seconds % 3600) / 60) + "m";
  }
}
