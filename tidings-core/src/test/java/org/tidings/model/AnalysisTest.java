package org.tidings.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnalysisTest {
  private final Article article =
      Article.of("t", "", Optional.empty(), List.of(), "en", "Aliyev spoke.", SourceMap.none());

  @Test
  void rejectsSpansOutsideTheText() {
    Entity outside = new Entity(new Span(7, 99), "spoke.", EntityType.PERSON, "x");
    assertThrows(
        IllegalArgumentException.class, () -> Analysis.of(article).withEntities(List.of(outside)));
  }

  @Test
  void rejectsBackwardSpans() {
    assertThrows(IllegalArgumentException.class, () -> new Span(5, 4));
  }

  @Test
  void idFollowsTheText() {
    Article same =
        Article.of("u", "T", Optional.empty(), List.of(), "en", "Aliyev spoke.", SourceMap.none());
    Article other =
        Article.of("t", "", Optional.empty(), List.of(), "en", "Aliyev spoke!", SourceMap.none());
    assertEquals(article.id(), same.id());
    assertNotEquals(article.id(), other.id());
    assertEquals(16, article.id().length());
  }

  @Test
  void sourceMapFindsOffsets() {
    SourceMap map = new SourceMap.Builder("byte").add(0, 100, 5).add(7, 200, 3).build();
    assertEquals(102, map.sourceOffset(2));
    assertEquals(200, map.sourceOffset(6)); // an inserted char maps to the next segment
    assertEquals(201, map.sourceOffset(8));
    assertEquals(-1, SourceMap.none().sourceOffset(3));
  }

  @Test
  void eventCodesHaveRootsAndBases() {
    Event e = new Event(new Span(0, 6), new Span(0, 13), "AZE", "RUS", "0312", 3.0, 1, "");
    assertEquals("03", e.rootCode());
    assertEquals("031", e.baseCode());
    assertThrows(
        IllegalArgumentException.class,
        () -> new Event(new Span(0, 1), new Span(0, 1), "A", "B", "4x", 0, 1, ""));
  }
}
