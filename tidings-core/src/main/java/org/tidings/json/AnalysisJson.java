package org.tidings.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tidings.events.CameoCode;
import org.tidings.events.Codebook;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.Annotation;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.Event;
import org.tidings.model.Quote;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.TransferStage;

/**
 * Writes an analysis as JSON and reads it back. Tokens, sentences and the source map are not
 * written: they are re-derivable and would dwarf the facts. Events are written with their CAMEO
 * label and PLOVER category from the codebook, for readers; reading ignores both.
 */
public final class AnalysisJson {
  private final ObjectMapper mapper;
  private final Codebook codebook;

  public AnalysisJson(ObjectMapper mapper, Codebook codebook) {
    this.mapper = mapper;
    this.codebook = codebook;
  }

  /** With the bundled CAMEO codebook. */
  public AnalysisJson(ObjectMapper mapper) {
    this(mapper, Codebook.standard());
  }

  public AnalysisJson() {
    this(new ObjectMapper());
  }

  /** One line of JSON Lines. */
  public String line(Analysis analysis) {
    try {
      return mapper.writeValueAsString(toJson(analysis));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }

  public ObjectNode toJson(Analysis a) {
    Article art = a.article();
    ObjectNode o = mapper.createObjectNode();
    o.put("id", art.id());
    o.put("source", art.source());
    o.put("title", art.title());
    if (art.published().isPresent()) {
      o.put("published", art.published().get().toString());
    } else {
      o.putNull("published");
    }
    ArrayNode authors = o.putArray("authors");
    art.authors().forEach(authors::add);
    o.put("language", art.language());
    o.put("text", art.text());
    o.set("entities", array(a.entities(), this::entity));
    o.set("quotes", array(a.quotes(), this::quote));
    o.set("times", array(a.times(), this::time));
    o.set("amounts", array(a.amounts(), this::amount));
    o.set("events", array(a.events(), this::event));
    o.set("transfers", array(a.transfers(), this::transfer));
    ArrayNode diags = o.putArray("diagnostics");
    for (Diagnostic d : a.diagnostics()) {
      diags.add(diagnostic(d));
    }
    return o;
  }

  public ObjectNode diagnostic(Diagnostic d) {
    ObjectNode n = mapper.createObjectNode();
    n.put("code", d.code());
    n.put("message", d.message());
    n.put("location", d.location());
    n.put("severity", d.severity().name());
    return n;
  }

  private <T extends Annotation> ArrayNode array(List<T> items, Function<T, ObjectNode> f) {
    ArrayNode arr = mapper.createArrayNode();
    for (T t : items) {
      arr.add(f.apply(t));
    }
    return arr;
  }

  private ObjectNode spanned(Annotation a) {
    ObjectNode n = mapper.createObjectNode();
    n.put("start", a.span().start());
    n.put("end", a.span().end());
    return n;
  }

  public ObjectNode entity(Entity e) {
    ObjectNode n = spanned(e);
    n.put("text", e.text());
    n.put("type", e.type().name());
    n.put("canonical", e.canonical());
    n.put("country", e.country());
    n.put("role", e.role());
    return n;
  }

  public ObjectNode quote(Quote q) {
    ObjectNode n = spanned(q);
    n.put("text", q.text());
    n.put("speaker", q.speaker());
    if (q.speakerSpan() != null) {
      n.put("speakerStart", q.speakerSpan().start());
      n.put("speakerEnd", q.speakerSpan().end());
    }
    n.put("indirect", q.indirect());
    return n;
  }

  public ObjectNode time(TimeExpression t) {
    ObjectNode n = spanned(t);
    n.put("text", t.text());
    n.put("value", t.value());
    n.put("resolved", t.resolved());
    return n;
  }

  public ObjectNode amount(Amount m) {
    ObjectNode n = spanned(m);
    n.put("text", m.text());
    n.put("value", m.value());
    n.put("unit", m.unit());
    n.put("approximate", m.approximate());
    return n;
  }

  public ObjectNode event(Event e) {
    ObjectNode n = spanned(e);
    n.put("source", e.source());
    n.put("target", e.target());
    n.put("code", e.code());
    n.put("rootCode", e.rootCode());
    n.put("goldstein", e.goldstein());
    n.put("quadClass", e.quadClass());
    Optional<CameoCode> cameo = codebook.findOrBroader(e.code());
    n.put("label", cameo.map(CameoCode::label).orElse(""));
    n.put("plover", cameo.map(CameoCode::plover).orElse(""));
    n.put("date", e.date());
    n.put("dateFrom", e.provenance().dateFrom());
    n.put("reporter", e.provenance().reporter());
    n.put("intent", e.provenance().intent());
    n.put("sentenceStart", e.sentence().start());
    n.put("sentenceEnd", e.sentence().end());
    return n;
  }

  public ObjectNode transfer(ArmsTransfer t) {
    ObjectNode n = spanned(t);
    n.put("supplier", t.supplier());
    n.put("recipient", t.recipient());
    ArrayNode items = n.putArray("items");
    t.items().forEach(items::add);
    n.put("quantity", t.quantity());
    if (t.value() == null) {
      n.putNull("value");
    } else {
      ObjectNode v = amount(t.value());
      n.set("value", v);
    }
    n.put("years", t.years());
    n.put("stage", t.stage().name());
    n.put("sentenceStart", t.sentence().start());
    n.put("sentenceEnd", t.sentence().end());
    return n;
  }

  /** Reads back what {@link #toJson} wrote (without tokens, sentences and source map). */
  public Analysis fromJson(JsonNode o) {
    Optional<LocalDate> published =
        o.path("published").isTextual()
            ? Optional.of(LocalDate.parse(o.get("published").asText()))
            : Optional.empty();
    List<String> authors = new ArrayList<>();
    o.path("authors").forEach(n -> authors.add(n.asText()));
    Article article =
        new Article(
            o.get("id").asText(),
            o.path("source").asText(),
            o.path("title").asText(),
            published,
            authors,
            o.path("language").asText("und"),
            o.get("text").asText(),
            SourceMap.none());
    return Analysis.of(article)
        .withEntities(list(o.path("entities"), this::readEntity))
        .withQuotes(list(o.path("quotes"), this::readQuote))
        .withTimes(list(o.path("times"), this::readTime))
        .withAmounts(list(o.path("amounts"), this::readAmount))
        .withEvents(list(o.path("events"), this::readEvent))
        .withTransfers(list(o.path("transfers"), this::readTransfer))
        .plusDiagnostics(list(o.path("diagnostics"), this::readDiagnostic));
  }

  public Analysis fromJson(String json) {
    try {
      return fromJson(mapper.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not an analysis: " + e.getOriginalMessage(), e);
    }
  }

  private static <T> List<T> list(JsonNode arr, Function<JsonNode, T> f) {
    List<T> out = new ArrayList<>();
    arr.forEach(n -> out.add(f.apply(n)));
    return out;
  }

  private static Span span(JsonNode n) {
    return new Span(n.get("start").asInt(), n.get("end").asInt());
  }

  private Entity readEntity(JsonNode n) {
    return new Entity(
        span(n),
        n.get("text").asText(),
        EntityType.valueOf(n.get("type").asText()),
        n.path("canonical").asText(),
        n.path("country").asText(),
        n.path("role").asText());
  }

  private Quote readQuote(JsonNode n) {
    Span speaker =
        n.has("speakerStart")
            ? new Span(n.get("speakerStart").asInt(), n.get("speakerEnd").asInt())
            : null;
    return new Quote(
        span(n),
        n.get("text").asText(),
        n.path("speaker").asText(),
        speaker,
        n.path("indirect").asBoolean());
  }

  private TimeExpression readTime(JsonNode n) {
    return new TimeExpression(
        span(n), n.get("text").asText(), n.path("value").asText(), n.path("resolved").asBoolean());
  }

  private Amount readAmount(JsonNode n) {
    return new Amount(
        span(n),
        n.get("text").asText(),
        n.path("value").asDouble(),
        n.path("unit").asText(),
        n.path("approximate").asBoolean());
  }

  private Event readEvent(JsonNode n) {
    return new Event(
        span(n),
        new Span(n.get("sentenceStart").asInt(), n.get("sentenceEnd").asInt()),
        n.path("source").asText(),
        n.path("target").asText(),
        n.get("code").asText(),
        n.path("goldstein").asDouble(),
        n.path("quadClass").asInt(),
        n.path("date").asText(),
        new Event.Provenance(
            n.path("reporter").asText(),
            n.path("dateFrom").asText(),
            n.path("intent").asBoolean()));
  }

  private ArmsTransfer readTransfer(JsonNode n) {
    List<String> items = new ArrayList<>();
    n.path("items").forEach(i -> items.add(i.asText()));
    return new ArmsTransfer(
        span(n),
        new Span(n.get("sentenceStart").asInt(), n.get("sentenceEnd").asInt()),
        n.path("supplier").asText(),
        n.path("recipient").asText(),
        items,
        n.path("quantity").asInt(),
        n.path("value").isObject() ? readAmount(n.get("value")) : null,
        n.path("years").asText(),
        TransferStage.valueOf(n.path("stage").asText("UNKNOWN")));
  }

  private Diagnostic readDiagnostic(JsonNode n) {
    return new Diagnostic(
        n.path("code").asText(),
        n.path("message").asText(),
        n.path("location").asText(),
        Diagnostic.Severity.valueOf(n.path("severity").asText("WARNING")));
  }
}
