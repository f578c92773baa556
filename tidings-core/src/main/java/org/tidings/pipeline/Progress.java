package org.tidings.pipeline;

/**
 * How far a run has come.
 *
 * @param done inputs finished and delivered
 * @param total inputs expected, or -1 when unknown
 * @param articles inputs that gave an article
 * @param givenUp inputs given up (dead letters)
 * @param elapsedNanos time since the run started
 */
public record Progress(long done, long total, long articles, long givenUp, long elapsedNanos) {

  /** Inputs finished per second so far, or 0 at the start. */
  public double perSecond() {
    return elapsedNanos <= 0 ? 0 : done * 1e9 / elapsedNanos;
  }

  /** Estimated seconds to go, or -1 when the total or the rate is unknown. */
  public long secondsLeft() {
    double rate = perSecond();
    if (total < 0 || rate <= 0) {
      return -1;
    }
    return Math.round(Math.max(0, total - done) / rate);
  }
}
