package org.tidings.events;

import java.util.Objects;
import org.tidings.model.Event;

/**
 * An event with what the coder knows about it beyond the document model.
 *
 * @param event the event as it goes into the analysis
 * @param reporter actor code of who reported it ("RUSGOV" for "Putin argued that Russia ..."), or
 *     the empty string when the text states it directly
 * @param dateSource where {@link Event#date()} came from
 * @param intent whether the event is an intent coded from a wanted or planned act ("wants to buy")
 */
public record CodedEvent(Event event, String reporter, DateSource dateSource, boolean intent) {
  /** Where an event's date came from. */
  public enum DateSource {
    /** A time expression in the event's sentence. */
    SENTENCE,
    /** The article's publication date, for lack of anything better in the sentence. */
    PUBLICATION,
    /** Nowhere: the date is the empty string. */
    NONE
  }

  public CodedEvent {
    Objects.requireNonNull(event);
    Objects.requireNonNull(reporter);
    Objects.requireNonNull(dateSource);
  }
}
