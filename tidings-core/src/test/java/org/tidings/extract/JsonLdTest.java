package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLdTest {
  /** How the scripts were read before: Jackson's tree, with the same lenient features. */
  private static final ObjectMapper TREE =
      JsonMapper.builder()
          .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
          .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
          .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
          .enable(JsonReadFeature.ALLOW_SINGLE_QUOTES)
          .enable(JsonParser.Feature.IGNORE_UNDEFINED)
          .build();

  @Test
  void keepsOnlyTheKeysTheRulesRead() throws Exception {
    Object tree =
        JsonLd.tree(
            "{\"@type\":\"NewsArticle\",\"headline\":\"A\",\"image\":{\"url\":\"x\"},"
                + "\"author\":[{\"@id\":\"#a\",\"name\":\"Ann\",\"url\":\"u\"}]}");
    assertEquals(
        Map.of(
            "@type",
            "NewsArticle",
            "headline",
            "A",
            "author",
            List.of(Map.of("@id", "#a", "name", "Ann"))),
        tree);
  }

  @Test
  void givesValuesTheTextJacksonsTreeGives() throws Exception {
    String json =
        "{'name':-0,'text':1e2,'@id':1.50,'headline':123456789012345678901234567890,"
            + "'@value':true,'author':[false,1E400,-12.5e-3,'it\\'s'],'@type':\"a\",'@type':\"b\"}";
    var node = TREE.readTree(json);
    Map<?, ?> tree = (Map<?, ?>) JsonLd.tree(json);
    for (String key : List.of("name", "text", "@id", "headline", "@value", "@type")) {
      assertEquals(node.get(key).asText(), tree.get(key), key);
    }
    List<?> authors = (List<?>) tree.get("author");
    for (int i = 0; i < authors.size(); i++) {
      assertEquals(node.get("author").get(i).asText(), authors.get(i));
    }
  }

  @Test
  void findsEachStringsEndAndEscapesWhereverTheBackslashesAre() throws Exception {
    for (String json :
        List.of(
            "{\"name\":\"plain\",\"headline\":\"a\\\"b\",\"text\":\"c\\\\\",\"@id\":\"d\"}",
            "{/* \\ */\"name\":\"x\",\"skip\":\"\\/\",\"headline\":\"y\\u00e9\"}",
            "{'name':'say \"hi\"','headline':'it\\'s','text':\"'\"}",
            "{\"name\":\"" + "long ".repeat(500) + "\\n\",\"headline\":\"z\"}")) {
      var node = TREE.readTree(json);
      Map<?, ?> tree = (Map<?, ?>) JsonLd.tree(json);
      for (String key : List.of("name", "headline", "text", "@id")) {
        if (node.has(key)) {
          assertEquals(node.get(key).asText(), tree.get(key), key + " of " + json);
        }
      }
    }
    for (String bad : List.of("{\"name\":\"never closed}", "{\"name\":\"esc\\\"}")) {
      assertThrows(Exception.class, () -> TREE.readTree(bad), bad);
      assertThrows(JsonTreeReader.Malformed.class, () -> JsonLd.tree(bad), bad);
    }
  }

  @Test
  void findsAKeptKeyByItsCharsInPlace() throws Exception {
    JsonTreeReader.Keys keys = new JsonTreeReader.Keys(java.util.Set.of("name", "@id", "headline"));
    String text = "x\"name\":\"@id\",\"names\",\"headline\"";
    assertEquals("name", keys.find(text, 2, 6));
    assertEquals("@id", keys.find(text, 9, 12));
    assertEquals(null, keys.find(text, 15, 20)); // "names"
    assertEquals("headline", keys.find(text, 23, 31));
    assertEquals(null, keys.find(text, 0, 30)); // longer than any key
    assertEquals(null, keys.find("Name", 0, 4)); // case counts
    assertEquals(null, keys.find("", 0, 0));
    // Escaped keys are unescaped first: "n\u0061me" is "name", kept.
    assertEquals(Map.of("name", "a"), JsonLd.tree("{\"n\\u0061me\":\"a\",\"na\\u006de2\":1}"));
  }

  @Test
  void rejectsWhatJacksonsTreeRejects() throws Exception {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    for (String bad :
        List.of(
            "{\"x\":01}",
            "{\"x\":-}",
            "{\"x\":1.}",
            "{\"x\":1e+}",
            "{\"x\":.5}",
            "{\"x\":+1}",
            "{\"x\":\"\\q\"}",
            "{\"x\":\"\\u12G4\"}",
            "{\"x\":[1,,2]}",
            "{\"x\":[,]}",
            "{,}",
            "{\"x\":[1 2]}",
            "{\"x\":{\"y\":1]}",
            "{\"x\":NaN}",
            "{\"x\":truex}",
            "{\"x\":nul}",
            "{x:1}",
            "{\"x\":1\u0001}",
            "{\"x\":1 /* \u0002 */}",
            "{\"x\":1 # c\n}",
            "{\"x\":1 / }",
            "{\"x\":1 /* open",
            "{\"x\":\u00a01}",
            "{\"x\":" + "9".repeat(1001) + "}",
            "{\"x\":1." + "9".repeat(1000) + "}",
            deep,
            "{\"headline\":\"a\"")) {
      assertThrows(Exception.class, () -> TREE.readTree(bad), bad);
      assertThrows(JsonTreeReader.Malformed.class, () -> JsonLd.tree(bad), bad);
    }
    for (String good :
        List.of(
            "{\"x\":-0.5e-3,\"y\":[true,false,null,],}",
            "{\"x\":[true]}",
            "{\"x\":\"\\'\\/\\u00e9\"}",
            "{\"x\":" + "9".repeat(1000) + "}",
            "[".repeat(1000) + "]".repeat(1000),
            "{\"x\":1} // c\u0001",
            "{\"x\":1 // c\n}")) {
      TREE.readTree(good);
      JsonLd.tree(good);
    }
    // Lenient as the tree was: comments, trailing commas, single quotes, control chars, and what
    // follows the first value is not read.
    String lenient = "{'headline':'a\u0001' /* c */, // x\n \"author\":[\"b\",],} {";
    TREE.readTree(lenient);
    assertEquals(Map.of("headline", "a\u0001", "author", List.of("b")), JsonLd.tree(lenient));
  }

  @Test
  void readsArticleFieldsAndResolvesAuthors() {
    JsonLd ld =
        JsonLd.read(
            List.of(
                "{\"@graph\":[{\"@type\":\"Person\",\"@id\":\"#a\",\"name\":\"Ann Lee\"},"
                    + "{\"@type\":[\"X\",\"BlogPosting\"],\"headline\":{\"@value\":\" H \"},"
                    + "\"datePublished\":\"2024-05-05\",\"author\":{\"@id\":\"#a\"},"
                    + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Pub\"}}]}",
                "not json"));
    assertEquals("H", ld.headline);
    assertEquals("2024-05-05", ld.published);
    assertEquals("Pub", ld.publisher);
    assertEquals(List.of("Ann Lee"), ld.authors());
  }
}
