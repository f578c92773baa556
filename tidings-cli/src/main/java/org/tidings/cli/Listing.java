package org.tidings.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;

/** How listing commands print: an aligned table for people or JSON Lines for programs. */
enum Listing {
  TABLE,
  JSONL;

  static final ObjectMapper MAPPER = new ObjectMapper();

  static void line(PrintWriter out, ObjectNode node) {
    try {
      out.println(MAPPER.writeValueAsString(node));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree always serialises", e);
    }
  }
}
