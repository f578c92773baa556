package org.tidings.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final String STORY =
      "The port authority said on Tuesday that container traffic rose by a fifth in the third"
          + " quarter, helped by new shipping lines to Asia and a deeper channel that lets larger"
          + " vessels call. Officials expect volumes to keep growing next year as a second terminal"
          + " opens, though unions warned that staffing has not kept pace with the work. The"
          + " authority plans to spend more on cranes and on a rail link to the inland depot,"
          + " which should take lorries off the coast road. Shipping firms welcomed the plans"
          + " but said fees were already among the highest in the region, and asked for a"
          + " freeze until the new terminal is running at full speed. Local residents have"
          + " complained about noise from night shifts, and the council will hold a hearing on"
          + " the matter next month, when the port will present its figures in detail.";
  private static final String COPY =
      "PORT CITY (Wire) - "
          + STORY.replace("on Tuesday", "on Tuesday,").replace("  ", " ")
          + " Reporting by a staff writer.";
  private static final String OTHER =
      "A heatwave pushed power demand to a record on Wednesday and the grid operator asked"
          + " factories to cut their use in the afternoon. Prices on the spot market tripled"
          + " before falling back in the evening as temperatures eased and wind output rose.";

  @Test
  void syndicatedCopiesShareACluster() {
    List<Integer> clusters = NearDuplicates.standard().clusters(List.of(STORY, OTHER, COPY));
    assertEquals(List.of(0, 1, 0), clusters);
  }

  @Test
  void fingerprintsIgnoreCaseAndSpacing() {
    assertEquals(
        SimHash.of(STORY), SimHash.of(STORY.toUpperCase(java.util.Locale.ROOT).replace(" ", "  ")));
    assertTrue(SimHash.distance(SimHash.of(STORY), SimHash.of(COPY)) <= 6);
    assertTrue(SimHash.distance(SimHash.of(STORY), SimHash.of(OTHER)) > 10);
  }

  @Test
  void differentStoriesStayApart() {
    List<Integer> clusters = new NearDuplicates(0).clusters(List.of(STORY, OTHER));
    assertNotEquals(clusters.get(0), clusters.get(1));
  }

  @Test
  void rejectsDistancesTheBandsCannotFind() {
    assertThrows(IllegalArgumentException.class, () -> new NearDuplicates(8));
  }
}
