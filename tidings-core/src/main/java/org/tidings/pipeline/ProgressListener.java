package org.tidings.pipeline;

/** Told how a run goes; called from the one thread that delivers results. */
public interface ProgressListener {

  /** After each result is delivered. */
  void progress(Progress progress);

  /** Once, when the run has ended (normally or not). */
  default void finished(Progress progress) {}

  /** A listener that ignores everything. */
  static ProgressListener none() {
    return p -> {};
  }
}
