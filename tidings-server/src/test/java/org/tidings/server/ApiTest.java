package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Analysis;
import org.tidings.model.Diagnostic;
import org.tidings.store.EmbeddedStore;
import org.tidings.store.Samples;

class ApiTest {
  @TempDir static Path dir;
  static EmbeddedStore store;
  static TidingsServer server;
  static final HttpClient http = HttpClient.newHttpClient();
  static final ObjectMapper mapper = new ObjectMapper();
  static final Analysis arms = Samples.arms("arms.html", Optional.empty());

  @BeforeAll
  static void start() {
    store = EmbeddedStore.open(dir);
    store.put(arms);
    store.put(Samples.arms("b.html", Optional.of(LocalDate.of(2012, 5, 1)), " More news."));
    store.put(Samples.small(1, "en"));
    store.putDeadLetter("x.html", List.of(Diagnostic.error("extract.empty", "no text", "x.html")));
    server = TidingsServer.start(store, "127.0.0.1", 0);
  }

  @AfterAll
  static void stop() {
    server.close();
    store.close();
  }

  record Reply(int status, String contentType, JsonNode body, HttpResponse<String> raw) {}

  static Reply get(String pathAndQuery) throws IOException, InterruptedException {
    HttpRequest req = HttpRequest.newBuilder(server.uri().resolve(pathAndQuery)).GET().build();
    HttpResponse<String> res =
        http.send(req, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    String type = res.headers().firstValue("Content-Type").orElse("");
    JsonNode body = type.startsWith("application/json") ? mapper.readTree(res.body()) : null;
    return new Reply(res.statusCode(), type, body, res);
  }

  static void assertBadRequest(String path) throws Exception {
    Reply r = get(path);
    assertEquals(400, r.status(), path);
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
    assertFalse(r.body().path("error").asText().isEmpty(), path);
  }

  @Test
  void bindsAnEphemeralPortOnLoopback() {
    assertTrue(server.port() > 0);
    assertEquals("127.0.0.1", server.host());
    assertEquals("http://127.0.0.1:" + server.port() + "/", server.uri().toString());
  }

  @Test
  void health() throws Exception {
    Reply r = get("/api/health");
    assertEquals(200, r.status());
    assertEquals("ok", r.body().path("status").asText());
  }

  @Test
  void stats() throws Exception {
    JsonNode s = get("/api/stats").body();
    assertEquals(3, s.path("articles").asInt());
    assertEquals(7 + 7 + 1, s.path("entities").asInt());
    assertEquals(6, s.path("events").asInt());
    assertEquals(1, s.path("deadLetters").asInt());
  }

  @Test
  void listsArticlesNewestFirst() throws Exception {
    JsonNode body = get("/api/articles?offset=0&limit=2").body();
    JsonNode list = body.path("articles");
    assertEquals(2, list.size());
    assertEquals("2020-01-02", list.get(0).path("published").asText());
    assertEquals("2012-05-01", list.get(1).path("published").asText());
    JsonNode rest = get("/api/articles?offset=2&limit=10").body().path("articles");
    assertEquals(1, rest.size());
    assertTrue(rest.get(0).path("published").isNull());
    assertBadRequest("/api/articles?limit=0");
    assertBadRequest("/api/articles?limit=abc");
    assertBadRequest("/api/articles?offset=-1");
  }

  @Test
  void servesAnArticleAsAnalysisJson() throws Exception {
    String id = arms.article().id();
    Reply r = get("/api/articles/" + id);
    assertEquals(200, r.status());
    JsonNode a = r.body();
    assertEquals(id, a.path("id").asText());
    assertEquals(Samples.ARMS_TEXT, a.path("text").asText());
    assertEquals(7, a.path("entities").size());
    assertEquals("Criticize or denounce", a.path("events").get(0).path("label").asText());
    assertEquals(2, a.path("transfers").size());
    assertTrue(a.path("published").isNull());
    Reply missing = get("/api/articles/nosuchid");
    assertEquals(404, missing.status());
    assertTrue(missing.body().path("error").asText().contains("nosuchid"));
  }

  @Test
  void searches() throws Exception {
    JsonNode body = get("/api/search?q=Iskander&limit=10").body();
    JsonNode hits = body.path("hits");
    assertEquals(2, hits.size());
    assertTrue(hits.get(0).path("snippet").asText().contains("<b>Iskander</b>"));
    assertEquals("Russia arms Azerbaijan", hits.get(0).path("article").path("title").asText());
    assertEquals(0, get("/api/search?q=zebra").body().path("hits").size());
    assertBadRequest("/api/search");
    assertBadRequest("/api/search?q=");
    assertBadRequest("/api/search?q=%22unclosed");
    assertBadRequest("/api/search?q=x&limit=1001");
  }

  @Test
  void filtersEvents() throws Exception {
    JsonNode all = get("/api/events").body().path("events");
    assertEquals(6, all.size());
    JsonNode visits = get("/api/events?actor=RUSGOV&code=04").body().path("events");
    assertEquals(2, visits.size());
    JsonNode v = visits.get(0);
    assertEquals("042", v.path("code").asText());
    assertEquals("Make a visit", v.path("label").asText());
    assertEquals("RUSGOV", v.path("source").asText());
    assertTrue(v.path("sentence").asText().contains("visited Yerevan"));
    assertFalse(v.path("articleId").asText().isEmpty());
    JsonNode in2012 =
        get("/api/events?from=2012-01-01&to=2012-12-31&limit=10").body().path("events");
    assertEquals(2, in2012.size());
    assertEquals(1, get("/api/events?limit=1").body().path("events").size());
    assertBadRequest("/api/events?from=yesterday");
    assertBadRequest("/api/events?code=04x");
    assertBadRequest("/api/events?from=2012-01-02&to=2012-01-01");
  }

  @Test
  void listsEntitiesQuotesAndTransfers() throws Exception {
    JsonNode people = get("/api/entities?type=PERSON").body().path("entities");
    assertEquals(2, people.size());
    assertEquals(2, people.get(0).path("articles").asInt());
    assertEquals("PERSON", people.get(0).path("type").asText());
    assertBadRequest("/api/entities?type=ALIEN");
    JsonNode quotes = get("/api/quotes?speaker=ilham%20aliyev").body().path("quotes");
    assertEquals(2, quotes.size());
    assertEquals("We buy what we need.", quotes.get(0).path("text").asText());
    assertEquals(0, get("/api/quotes?speaker=nobody").body().path("quotes").size());
    JsonNode iskander =
        get("/api/transfers?supplier=RUS&recipient=ARM&system=iskander").body().path("transfers");
    assertEquals(2, iskander.size());
    assertEquals("DELIVERED", iskander.get(0).path("stage").asText());
    assertTrue(iskander.get(0).path("sentence").asText().startsWith("Russia delivered"));
    assertEquals(4, get("/api/transfers").body().path("transfers").size());
    assertEquals(0, get("/api/transfers?supplier=USA").body().path("transfers").size());
  }

  @Test
  void unknownApiPathsAreJson404s() throws Exception {
    Reply r = get("/api/nothing");
    assertEquals(404, r.status());
    assertTrue(r.contentType().startsWith("application/json"), r.contentType());
  }

  @Test
  void servesTheWebUiWithAStrictContentPolicy() throws Exception {
    Reply index = get("/");
    assertEquals(200, index.status());
    assertTrue(index.contentType().startsWith("text/html"), index.contentType());
    assertTrue(index.raw().body().contains("<title>Tidings</title>"));
    assertTrue(
        index
            .raw()
            .headers()
            .firstValue("Content-Security-Policy")
            .orElse("")
            .contains("script-src 'self'"));
    assertEquals(200, get("/app.js").status());
    assertEquals(200, get("/app.css").status());
  }

  @Test
  void stopsAndFreesThePort() throws Exception {
    TidingsServer other = TidingsServer.start(store, "127.0.0.1", 0);
    int port = other.port();
    assertTrue(port > 0 && port != server.port());
    Thread joiner =
        new Thread(
            () -> {
              try {
                other.join();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    joiner.start();
    other.stop();
    joiner.join(10_000);
    assertFalse(joiner.isAlive());
    HttpRequest req =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/health")).build();
    try {
      http.send(req, HttpResponse.BodyHandlers.ofString());
      throw new AssertionError("server still answers after stop");
    } catch (IOException expected) {
      // connection refused
    }
    assertEquals(200, get("/api/health").status()); // the store stays open
  }
}
