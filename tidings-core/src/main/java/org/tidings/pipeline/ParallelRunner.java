package org.tidings.pipeline;

import java.util.Iterator;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.tidings.ingest.Ingested;

/**
 * Runs a pipeline over a stream of inputs on several threads and hands the results, in input order,
 * to a sink on the calling thread alone (so a store sees one writer).
 *
 * <p>One reader thread pulls inputs, worker threads process them, and a bounded queue between
 * reader and caller holds at most {@code queueCapacity} inputs in flight, so memory stays bounded
 * however many inputs there are. A stage that throws costs one input (see {@link GuardedPipeline});
 * an {@link Error} in any thread, or an exception from the sink or the input iterator, stops the
 * run and is rethrown by {@link #run}.
 */
public final class ParallelRunner {
  private static final Future<Result> END = CompletableFuture.completedFuture(null);

  private final GuardedPipeline pipeline;
  private final int threads;
  private final int queueCapacity;

  /**
   * @param pipeline the stages to run
   * @param threads worker threads, at least 1
   * @param queueCapacity inputs in flight at most, at least 1
   */
  public ParallelRunner(Pipeline pipeline, int threads, int queueCapacity) {
    if (threads < 1 || queueCapacity < 1) {
      throw new IllegalArgumentException("threads and queue capacity must be positive");
    }
    this.pipeline = new GuardedPipeline(pipeline);
    this.threads = threads;
    this.queueCapacity = queueCapacity;
  }

  /** A runner on {@code threads} workers with four inputs in flight per worker. */
  public ParallelRunner(Pipeline pipeline, int threads) {
    this(pipeline, threads, 4 * threads);
  }

  /** A runner with one worker per available processor. */
  public static ParallelRunner of(Pipeline pipeline) {
    return new ParallelRunner(pipeline, Runtime.getRuntime().availableProcessors());
  }

  public int threads() {
    return threads;
  }

  /** Counts of a finished run. */
  public record Summary(long results, long articles, long givenUp, long elapsedNanos) {}

  /**
   * Processes every input and delivers every result to {@code sink}, in input order, on the calling
   * thread.
   *
   * @param inputs what ingest found; read from one other thread
   * @param total how many inputs are expected, or -1 when unknown (for progress only)
   */
  public Summary run(
      Iterator<Ingested> inputs, long total, Consumer<Result> sink, ProgressListener listener) {
    Objects.requireNonNull(inputs);
    Objects.requireNonNull(sink);
    Objects.requireNonNull(listener);
    long start = System.nanoTime();
    BlockingQueue<Future<Result>> pending = new ArrayBlockingQueue<>(queueCapacity);
    ExecutorService workers = Executors.newFixedThreadPool(threads, daemon("tidings-worker"));
    Reader reader = new Reader(inputs, pending, workers);
    Thread readerThread = daemon("tidings-reader").newThread(reader);
    readerThread.start();
    long done = 0;
    long articles = 0;
    long givenUp = 0;
    try {
      while (true) {
        Future<Result> next = pending.take();
        if (next == END) {
          break;
        }
        Result result = await(next);
        sink.accept(result);
        done++;
        if (result.deadLetter()) {
          givenUp++;
        } else {
          articles++;
        }
        listener.progress(new Progress(done, total, articles, givenUp, System.nanoTime() - start));
      }
      reader.rethrow();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running the pipeline", e);
    } finally {
      readerThread.interrupt();
      workers.shutdownNow();
      listener.finished(new Progress(done, total, articles, givenUp, System.nanoTime() - start));
    }
    return new Summary(done, articles, givenUp, System.nanoTime() - start);
  }

  private static Result await(Future<Result> future) throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Pulls inputs and submits them, blocking while the queue is full. */
  private final class Reader implements Runnable {
    private final Iterator<Ingested> inputs;
    private final BlockingQueue<Future<Result>> pending;
    private final ExecutorService workers;
    private volatile Throwable failure;

    Reader(
        Iterator<Ingested> inputs, BlockingQueue<Future<Result>> pending, ExecutorService workers) {
      this.inputs = inputs;
      this.pending = pending;
      this.workers = workers;
    }

    @Override
    public void run() {
      try {
        while (inputs.hasNext()) {
          Ingested in = inputs.next();
          Future<Result> f =
              in instanceof Ingested.Found
                  ? workers.submit(() -> pipeline.process(in))
                  : CompletableFuture.completedFuture(pipeline.process(in));
          pending.put(f);
        }
        pending.put(END);
      } catch (InterruptedException e) {
        // the caller has stopped listening
      } catch (RuntimeException | Error e) {
        failure = e;
        try {
          pending.put(END);
        } catch (InterruptedException stopped) {
          // the caller has stopped listening
        }
      }
    }

    void rethrow() {
      Throwable t = failure;
      if (t instanceof Error error) {
        throw error;
      }
      if (t instanceof RuntimeException runtime) {
        throw runtime;
      }
    }
  }

  private static ThreadFactory daemon(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }
}
