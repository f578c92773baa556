package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class NodeWalkTest {
  private static final String PAGE =
      "<html><body><div id=a><p id=b>one<i id=c>two</i></p></div><nav id=d><a id=e>x</a></nav>"
          + "<p id=f>three</p></body></html>";

  @Test
  void visitsEnteredNodesInDocumentOrderWithTheirDepth() {
    Document doc = HtmlParser.parse(PAGE, "");
    NodeWalk walk = new NodeWalk(doc.body());
    List<String> seen = new ArrayList<>();
    for (Node n = walk.next(); n != null; n = walk.next()) {
      seen.add(name(n) + "@" + walk.depth());
      if (n instanceof Element e) {
        walk.enter(e);
      }
    }
    assertEquals(
        List.of("a@1", "b@2", "one@3", "c@3", "two@4", "d@1", "e@2", "x@3", "f@1", "three@2"),
        seen);
  }

  @Test
  void findsTheFirstElementAtOrUnderTheRootInDocumentOrder() {
    Document doc = HtmlParser.parse(PAGE, "");
    assertEquals("c", NodeWalk.first(doc.body(), e -> e.nameIs("i")).id());
    assertEquals("b", NodeWalk.first(doc.body(), e -> e.nameIs("p")).id()); // not f
    Element d = doc.getElementById("d");
    assertEquals(d, NodeWalk.first(d, e -> e.nameIs("nav"))); // the root itself first
    assertEquals(null, NodeWalk.first(d, e -> e.nameIs("p")));
  }

  @Test
  void skipsTheChildrenOfElementsNotEntered() {
    Document doc = HtmlParser.parse(PAGE, "");
    NodeWalk walk = new NodeWalk(doc.body());
    List<String> seen = new ArrayList<>();
    for (Node n = walk.next(); n != null; n = walk.next()) {
      seen.add(name(n));
      if (n instanceof Element e && !e.normalName().equals("nav")) {
        walk.enter(e);
      }
    }
    assertEquals(List.of("a", "b", "one", "c", "two", "d", "f", "three"), seen);
  }

  private static String name(Node n) {
    return n instanceof TextNode t ? t.text() : n.attr("id");
  }
}
