package org.tidings.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.tidings.events.EventCoder;
import org.tidings.extract.ArticleExtractor;
import org.tidings.nlp.EntityRecognizer;
import org.tidings.nlp.TimeFinder;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.Extractor;
import org.tidings.pipeline.Pipeline;
import org.tidings.store.Store;

/**
 * The one place where the command line picks its parts: extractor, stages, store, writers, server.
 * Parts not merged yet are stand-ins marked {@code STAND-IN}; replace them here and nowhere else.
 */
public final class Wiring {
  private Wiring() {}

  /** The extractor. */
  public static Extractor extractor() {
    return ArticleExtractor.standard();
  }

  /**
   * The annotators, in order. STAND-IN: only the stages merged so far; add QuoteFinder and
   * AmountFinder (after the entity stage), WeaponTagger and TransferFinder (after EventCoder) as
   * they are merged.
   */
  public static List<Annotator> annotators() {
    return List.of(
        Tokenizer.standard(),
        EntityRecognizer.standard(),
        TimeFinder.standard(),
        EventCoder.standard());
  }

  /** The default pipeline: extractor and every stage. */
  public static Pipeline pipeline() {
    return new Pipeline(extractor(), annotators());
  }

  /** The extractor alone, for {@code tidings extract}. */
  public static Pipeline extractionOnly() {
    return new Pipeline(extractor(), List.of());
  }

  /** Opens (creating if needed) the store in a data directory. STAND-IN until EmbeddedStore. */
  public static Store openStore(Path dataDir) {
    throw new UnsupportedOperationException(
        "the embedded store is not merged into this build yet (data dir " + dataDir + ")");
  }

  /** Writes stored events as GDELT 2.0 event rows. STAND-IN until events.gdelt.GdeltWriter. */
  public static void writeGdelt(Store store, PrintWriter out) {
    throw new UnsupportedOperationException("GDELT export is not merged into this build yet");
  }

  /** Writes transfers as CSV. STAND-IN until arms.TransferCsvWriter: a plain CSV of our own. */
  public static void writeTransfersCsv(List<Store.StoredTransfer> transfers, PrintWriter out) {
    Csv.writeTransfers(transfers, out);
  }

  /** A running web server; closing it stops it. */
  public interface Server extends AutoCloseable {
    /** The address it listens on, e.g. "http://127.0.0.1:8080/". */
    String url();

    @Override
    void close();
  }

  /** Starts the REST API and web UI over a store. STAND-IN until server.TidingsServer. */
  public static Server serve(Store store, Pipeline pipeline, String host, int port) {
    throw new UnsupportedOperationException("the web server is not merged into this build yet");
  }
}
