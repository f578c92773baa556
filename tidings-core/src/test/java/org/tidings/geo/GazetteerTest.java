package org.tidings.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerTest {
  private static final Gazetteer GAZETTEER = Gazetteer.standard();

  @Test
  void holdsEveryUnMemberAndTheStatesNewsNamesBesides() {
    Set<String> codes = new HashSet<>();
    GAZETTEER.countries().forEach(c -> codes.add(c.iso3()));
    assertTrue(codes.size() >= 198, "193 members, 2 observers, Taiwan, Kosovo, Western Sahara");
    for (String code : new String[] {"AZE", "ARM", "RUS", "TWN", "KSV", "PSE", "VAT", "SSD"}) {
      assertTrue(codes.contains(code), code);
    }
    for (Country c : GAZETTEER.countries()) {
      assertEquals(3, c.iso3().length(), c.name());
      assertTrue(!c.demonyms().isEmpty() && !c.capital().isEmpty(), c.name());
    }
  }

  @Test
  void findsNamesDemonymsCapitalsAndPlaces() {
    assertEquals(Gazetteer.Kind.DEMONYM, GAZETTEER.find("Azerbaijani").orElseThrow().kind());
    assertEquals("AZE", GAZETTEER.find("Nagorno-Karabakh").orElseThrow().country().iso3());
    assertEquals(Gazetteer.Kind.CAPITAL, GAZETTEER.find("Yerevan").orElseThrow().kind());
    assertEquals("USA", GAZETTEER.find("U.S.").orElseThrow().country().iso3());
    assertEquals("RUS", GAZETTEER.find("St. Petersburg").orElseThrow().country().iso3());
    assertEquals("CIV", GAZETTEER.find("Côte d’Ivoire").orElseThrow().country().iso3());
  }

  @Test
  void caseMustFitInRunningText() {
    assertTrue(GAZETTEER.findCased("us").isEmpty());
    assertTrue(GAZETTEER.findCased("US").isPresent());
    assertTrue(GAZETTEER.findCased("russia").isEmpty());
    assertTrue(GAZETTEER.findCased("Russia").isPresent());
  }
}
