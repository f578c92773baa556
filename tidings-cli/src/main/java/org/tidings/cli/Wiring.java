package org.tidings.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tidings.arms.TransferCsvWriter;
import org.tidings.engine.StandardPipeline;
import org.tidings.events.gdelt.GdeltExport;
import org.tidings.events.gdelt.GdeltWriter;
import org.tidings.extract.ArticleExtractor;
import org.tidings.geo.Gazetteer;
import org.tidings.model.Analysis;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.Extractor;
import org.tidings.pipeline.Pipeline;
import org.tidings.server.TidingsServer;
import org.tidings.store.EmbeddedStore;
import org.tidings.store.Store;

/**
 * The one place where the command line picks its parts: extractor, stages, store, writers, server.
 */
public final class Wiring {
  private static final int EXPORT_BATCH = 1000;

  private Wiring() {}

  /** The extractor. */
  public static Extractor extractor() {
    return ArticleExtractor.standard();
  }

  /** The annotators of the standard pipeline, in order. */
  public static List<Annotator> annotators() {
    return StandardPipeline.annotators();
  }

  /** The default pipeline: extractor and every stage. */
  public static Pipeline pipeline() {
    return StandardPipeline.create();
  }

  /** The extractor alone, for {@code tidings extract}. */
  public static Pipeline extractionOnly() {
    return StandardPipeline.extractionOnly();
  }

  /** Opens (creating if needed) the store in a data directory. */
  public static Store openStore(Path dataDir) {
    return EmbeddedStore.open(dataDir);
  }

  /**
   * Writes the stored events as GDELT 2.0 Events rows to {@code events}, and Mentions rows to
   * {@code mentions} when given. Articles are read in batches of {@value #EXPORT_BATCH}; the same
   * event reported by several articles becomes one row when they fall in one batch.
   *
   * @param dateAdded DATEADDED of every row, YYYYMMDDHHMMSS
   */
  public static void writeGdelt(
      Store store, PrintWriter events, Optional<PrintWriter> mentions, long dateAdded)
      throws IOException {
    Gazetteer gazetteer = Gazetteer.standard();
    long nextId = 1;
    for (int offset = 0; ; offset += EXPORT_BATCH) {
      List<Store.ArticleSummary> page = store.articles(offset, EXPORT_BATCH);
      List<Analysis> analyses = new ArrayList<>();
      for (Store.ArticleSummary s : page) {
        store.article(s.id()).ifPresent(analyses::add);
      }
      GdeltExport export = GdeltExport.of(analyses, nextId, dateAdded, gazetteer);
      GdeltWriter.writeEvents(export.events(), events);
      if (mentions.isPresent()) {
        GdeltWriter.writeMentions(export.mentions(), mentions.get());
      }
      nextId += export.events().size();
      if (page.size() < EXPORT_BATCH) {
        break;
      }
    }
    events.flush();
    mentions.ifPresent(PrintWriter::flush);
  }

  /** Writes transfers as SIPRI-like CSV with the arms module's writer. */
  public static void writeTransfersCsv(
      Store store, List<Store.StoredTransfer> transfers, PrintWriter out) throws IOException {
    TransferCsvWriter csv = TransferCsvWriter.standard();
    csv.writeHeader(out);
    Map<String, String> texts = new HashMap<>();
    for (Store.StoredTransfer st : transfers) {
      String text =
          texts.computeIfAbsent(
              st.articleId(), id -> store.article(id).map(a -> a.article().text()).orElse(null));
      if (text != null) {
        csv.write(out, st.articleId(), text, st.transfer());
      }
    }
    out.flush();
  }

  /** A running web server; closing it stops it. */
  public interface Server extends AutoCloseable {
    /** The address it listens on, e.g. "http://127.0.0.1:8080/". */
    String url();

    @Override
    void close();
  }

  /**
   * Starts the REST API and web UI over a store, analysing posted text with the pipeline; the store
   * stays open when the server stops.
   */
  public static Server serve(Store store, Pipeline pipeline, String host, int port) {
    TidingsServer server = TidingsServer.start(store, pipeline, host, port);
    return new Server() {
      @Override
      public String url() {
        return server.uri().toString();
      }

      @Override
      public void close() {
        server.close();
      }
    };
  }
}
