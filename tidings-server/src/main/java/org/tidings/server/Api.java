package org.tidings.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.NotFoundResponse;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.tidings.json.AnalysisJson;
import org.tidings.model.Analysis;
import org.tidings.model.Entity;
import org.tidings.model.Source;
import org.tidings.pipeline.Pipeline;
import org.tidings.pipeline.Result;
import org.tidings.store.Store;
import org.tidings.store.Store.ArticleSummary;
import org.tidings.store.Store.EntityCount;
import org.tidings.store.Store.EventQuery;
import org.tidings.store.Store.SearchHit;
import org.tidings.store.Store.Stats;
import org.tidings.store.Store.StoredEvent;
import org.tidings.store.Store.StoredQuote;
import org.tidings.store.Store.StoredTransfer;
import org.tidings.store.Store.TransferQuery;

/**
 * The JSON REST API. Bad parameters give 400 and an unknown article 404, both with a body {@code
 * {"error": "...", "status": n}}.
 */
final class Api {
  private static final System.Logger LOG = System.getLogger(Api.class.getName());
  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 1000;
  static final String SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
          + " object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

  /** Largest pasted input {@code POST /api/analyze} takes. */
  static final long MAX_ANALYZE_BYTES = 2_000_000;

  private final Store store;
  private final Pipeline pipeline;
  private final CameoLabels labels;
  private final ObjectMapper mapper = new ObjectMapper();
  private final AnalysisJson json = new AnalysisJson(mapper);

  Api(Store store, Pipeline pipeline, CameoLabels labels) {
    this.store = store;
    this.pipeline = pipeline;
    this.labels = labels;
  }

  void routes(Javalin app) {
    app.before(
        ctx -> {
          ctx.header("X-Content-Type-Options", "nosniff");
          ctx.header("Content-Security-Policy", SECURITY_POLICY);
          ctx.header("Referrer-Policy", "no-referrer");
        });
    app.get(
        "/api/health",
        ctx ->
            send(
                ctx,
                mapper.createObjectNode().put("status", "ok").put("analyze", pipeline != null)));
    app.get("/api/stats", this::stats);
    app.get("/api/articles", this::articles);
    app.get("/api/articles/{id}", this::article);
    app.get("/api/search", this::search);
    app.get("/api/events", this::events);
    app.get("/api/entities", this::entities);
    app.get("/api/quotes", this::quotes);
    app.get("/api/transfers", this::transfers);
    app.post("/api/analyze", this::analyze);
    app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
    app.exception(
        HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
    app.exception(
        Exception.class,
        (e, ctx) -> {
          LOG.log(Level.ERROR, "request " + ctx.path() + " failed", e);
          error(ctx, 500, "internal error");
        });
    app.error(
        404,
        ctx -> {
          if (ctx.path().startsWith("/api/") && ctx.resultInputStream() == null) {
            error(ctx, 404, "no such endpoint: " + ctx.path());
          }
        });
  }

  private void error(Context ctx, int status, String message) {
    ObjectNode body = mapper.createObjectNode();
    body.put("error", message == null ? "error" : message);
    body.put("status", status);
    ctx.status(status);
    send(ctx, body);
  }

  private void send(Context ctx, JsonNode body) {
    try {
      ctx.contentType("application/json; charset=utf-8");
      ctx.result(mapper.writeValueAsString(body));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  // ---------------------------------------------------------------- parameters

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    int n;
    try {
      n = Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(name + " must be a whole number, not '" + v + "'", e);
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException(name + " must be between " + min + " and " + max);
    }
    return n;
  }

  static int limit(Context ctx) {
    return intParam(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
  }

  static Optional<String> textParam(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
  }

  static Optional<LocalDate> dateParam(Context ctx, String name) {
    Optional<String> v = textParam(ctx, name);
    try {
      return v.map(LocalDate::parse);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          name + " must be a date like 2011-04-07, not '" + v.get() + "'", e);
    }
  }

  // ---------------------------------------------------------------- handlers

  private void stats(Context ctx) {
    Stats s = store.stats();
    ObjectNode o = mapper.createObjectNode();
    o.put("articles", s.articles());
    o.put("entities", s.entities());
    o.put("quotes", s.quotes());
    o.put("events", s.events());
    o.put("transfers", s.transfers());
    o.put("deadLetters", s.deadLetters());
    send(ctx, o);
  }

  private void articles(Context ctx) {
    int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
    int limit = limit(ctx);
    ArrayNode arr = mapper.createArrayNode();
    store.articles(offset, limit).forEach(a -> arr.add(summary(a)));
    ObjectNode o = mapper.createObjectNode();
    o.put("offset", offset);
    o.put("limit", limit);
    o.set("articles", arr);
    send(ctx, o);
  }

  private void article(Context ctx) {
    String id = ctx.pathParam("id");
    Analysis a =
        store.article(id).orElseThrow(() -> new NotFoundResponse("no article with id " + id));
    send(ctx, labelled(a));
  }

  /** The JSON of an analysis with a label on each event. */
  private ObjectNode labelled(Analysis a) {
    ObjectNode o = json.toJson(a);
    for (JsonNode e : o.withArray("events")) {
      ((ObjectNode) e).put("label", labels.label(e.path("code").asText()));
    }
    return o;
  }

  /**
   * Analyses {@code {"text": "...", "type": "text/plain" | "text/html"}} without storing it. A JSON
   * body (not a form) keeps other web sites from posting here through a visitor's browser.
   */
  private void analyze(Context ctx) throws JsonProcessingException {
    if (pipeline == null) {
      throw new NotFoundResponse("analysis is not enabled on this server");
    }
    if (!String.valueOf(ctx.contentType()).startsWith("application/json")) {
      throw new IllegalArgumentException("send a JSON body {\"text\": ..., \"type\": ...}");
    }
    JsonNode body;
    try {
      body = mapper.readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("bad JSON: " + e.getOriginalMessage(), e);
    }
    String text = body.path("text").asText("");
    if (text.isBlank()) {
      throw new IllegalArgumentException("text is required");
    }
    String type = body.path("type").asText("text/plain");
    if (!type.equals("text/plain") && !type.equals("text/html")) {
      throw new IllegalArgumentException("type must be text/plain or text/html");
    }
    String name = type.equals("text/html") ? "pasted.html" : "pasted.txt";
    Result result =
        pipeline.process(Source.ofFile(name, type, text.getBytes(StandardCharsets.UTF_8)));
    if (result.analysis().isEmpty()) {
      ObjectNode o = mapper.createObjectNode();
      o.put("error", "nothing to analyse in the input");
      o.put("status", 422);
      ArrayNode diags = o.putArray("diagnostics");
      result.diagnostics().forEach(d -> diags.add(json.diagnostic(d)));
      ctx.status(422);
      send(ctx, o);
      return;
    }
    send(ctx, labelled(result.analysis().get()));
  }

  private void search(Context ctx) {
    String q = textParam(ctx, "q").orElseThrow(() -> new IllegalArgumentException("q is required"));
    int limit = intParam(ctx, "limit", 20, 1, 100);
    ArrayNode arr = mapper.createArrayNode();
    for (SearchHit h : store.search(q, limit)) {
      ObjectNode o = mapper.createObjectNode();
      o.set("article", summary(h.article()));
      o.put("score", h.score());
      o.put("snippet", h.snippet());
      arr.add(o);
    }
    ObjectNode o = mapper.createObjectNode();
    o.put("query", q);
    o.set("hits", arr);
    send(ctx, o);
  }

  private void events(Context ctx) {
    Optional<String> code = textParam(ctx, "code");
    if (code.isPresent() && !code.get().chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException("code must be CAMEO digits like 04 or 046");
    }
    Optional<LocalDate> from = dateParam(ctx, "from");
    Optional<LocalDate> to = dateParam(ctx, "to");
    if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
      throw new IllegalArgumentException("from must not be after to");
    }
    EventQuery query = new EventQuery(textParam(ctx, "actor"), code, from, to, limit(ctx));
    ArrayNode arr = mapper.createArrayNode();
    for (StoredEvent e : store.events(query)) {
      ObjectNode o = json.event(e.event());
      o.put("label", labels.label(e.event().code()));
      o.put("articleId", e.articleId());
      o.put("sentence", e.sentence());
      arr.add(o);
    }
    send(ctx, wrap("events", arr));
  }

  private void entities(Context ctx) {
    ArrayNode arr = mapper.createArrayNode();
    for (EntityCount c : store.entities(textParam(ctx, "type"), limit(ctx))) {
      Entity e = c.example();
      ObjectNode o = mapper.createObjectNode();
      o.put("name", e.canonical());
      o.put("type", e.type().name());
      o.put("text", e.text());
      o.put("country", e.country());
      o.put("role", e.role());
      o.put("mentions", c.mentions());
      o.put("articles", c.articles());
      arr.add(o);
    }
    send(ctx, wrap("entities", arr));
  }

  private void quotes(Context ctx) {
    ArrayNode arr = mapper.createArrayNode();
    for (StoredQuote q : store.quotes(textParam(ctx, "speaker"), limit(ctx))) {
      ObjectNode o = json.quote(q.quote());
      o.put("articleId", q.articleId());
      arr.add(o);
    }
    send(ctx, wrap("quotes", arr));
  }

  private void transfers(Context ctx) {
    TransferQuery query =
        new TransferQuery(
            textParam(ctx, "supplier"),
            textParam(ctx, "recipient"),
            textParam(ctx, "system"),
            limit(ctx));
    ArrayNode arr = mapper.createArrayNode();
    for (StoredTransfer t : store.transfers(query)) {
      ObjectNode o = json.transfer(t.transfer());
      o.put("articleId", t.articleId());
      o.put("sentence", t.sentence());
      arr.add(o);
    }
    send(ctx, wrap("transfers", arr));
  }

  private ObjectNode wrap(String key, ArrayNode arr) {
    ObjectNode o = mapper.createObjectNode();
    o.set(key, arr);
    return o;
  }

  private ObjectNode summary(ArticleSummary a) {
    ObjectNode o = mapper.createObjectNode();
    o.put("id", a.id());
    o.put("source", a.source());
    o.put("title", a.title());
    if (a.published().isPresent()) {
      o.put("published", a.published().get().toString());
    } else {
      o.putNull("published");
    }
    o.put("language", a.language());
    return o;
  }
}
