package org.tidings.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tidings.model.Article;
import org.tidings.model.Diagnostic;
import org.tidings.model.Entity;
import org.tidings.model.EntityType;
import org.tidings.model.SourceMap;
import org.tidings.model.Span;
import org.tidings.pipeline.Extraction;
import org.tidings.pipeline.Pipeline;
import org.tidings.store.EmbeddedStore;

class AnalyzeApiTest {
  @TempDir Path dir;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper mapper = new ObjectMapper();

  /** A toy pipeline: the text as it is, and every "Aliyev" a person. */
  static Pipeline toyPipeline() {
    return new Pipeline(
        source -> {
          String text = new String(source.bytes(), StandardCharsets.UTF_8).strip();
          if (text.equals("EMPTY")) {
            return Extraction.failed(Diagnostic.error("extract.empty", "no text", "pasted"));
          }
          return Extraction.of(
              Article.of(
                  source.location(),
                  "t",
                  Optional.empty(),
                  List.of(),
                  "en",
                  text,
                  SourceMap.none()),
              List.of());
        },
        List.of(
            a -> {
              int i = a.article().text().indexOf("Aliyev");
              return i < 0
                  ? a
                  : a.withEntities(
                      List.of(
                          new Entity(
                              new Span(i, i + 6), "Aliyev", EntityType.PERSON, "Ilham Aliyev")));
            }));
  }

  HttpResponse<String> post(TidingsServer server, String contentType, String body)
      throws Exception {
    HttpRequest req =
        HttpRequest.newBuilder(server.uri().resolve("/api/analyze"))
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(req, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void analysesPastedTextWithoutStoringIt() throws Exception {
    try (EmbeddedStore store = EmbeddedStore.open(dir);
        TidingsServer server = TidingsServer.start(store, toyPipeline(), "127.0.0.1", 0)) {
      HttpResponse<String> res =
          post(
              server,
              "application/json",
              "{\"text\": \"Aliyev spoke.\", \"type\": \"text/plain\"}");
      assertEquals(200, res.statusCode(), res.body());
      JsonNode a = mapper.readTree(res.body());
      assertEquals("Aliyev spoke.", a.path("text").asText());
      assertEquals("PERSON", a.path("entities").get(0).path("type").asText());
      assertEquals(0, store.stats().articles());

      HttpResponse<String> empty = post(server, "application/json", "{\"text\": \"EMPTY\"}");
      assertEquals(422, empty.statusCode());
      assertEquals(
          "extract.empty",
          mapper.readTree(empty.body()).path("diagnostics").get(0).path("code").asText());

      assertEquals(400, post(server, "text/plain", "Aliyev spoke.").statusCode());
      assertEquals(400, post(server, "application/json", "{\"text\": \"\"}").statusCode());
      assertEquals(400, post(server, "application/json", "{not json").statusCode());
      assertEquals(
          400,
          post(server, "application/json", "{\"text\": \"x\", \"type\": \"pdf\"}").statusCode());
      JsonNode health =
          mapper.readTree(
              http.send(
                      HttpRequest.newBuilder(server.uri().resolve("/api/health")).build(),
                      HttpResponse.BodyHandlers.ofString())
                  .body());
      assertTrue(health.path("analyze").asBoolean());
    }
  }

  @Test
  void isOffWithoutAPipeline() throws Exception {
    try (EmbeddedStore store = EmbeddedStore.open(dir);
        TidingsServer server = TidingsServer.start(store, "127.0.0.1", 0)) {
      assertEquals(404, post(server, "application/json", "{\"text\": \"x\"}").statusCode());
    }
  }
}
