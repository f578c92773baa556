package org.tidings.events.gdelt;

import java.util.List;
import java.util.Objects;

/**
 * One row of the GDELT 2.0 Mentions table: one article mentioning one event.
 *
 * @param globalEventId GLOBALEVENTID of the event mentioned
 * @param eventTimeDate EventTimeDate, DATEADDED of the event, YYYYMMDDHHMMSS
 * @param mentionTimeDate MentionTimeDate, when the mentioning article was processed
 * @param mentionType MentionType: 1 web, 2 citation-only, 3 core, 4 DTIC, 5 JSTOR, 6 non-textual
 * @param sourceName MentionSourceName, the article's domain ("azatutyun.am")
 * @param identifier MentionIdentifier, the article's URL or citation
 * @param sentenceId SentenceID, 1-based number of the sentence the event was coded from
 * @param actor1CharOffset Actor1CharOffset, -1 when not known
 * @param actor2CharOffset Actor2CharOffset, -1 when not known
 * @param actionCharOffset ActionCharOffset, where the event's trigger starts
 * @param inRawText InRawText: whether the event was found in the raw text without reprocessing
 * @param confidence Confidence, 10 to 100
 * @param docLength MentionDocLen in characters
 * @param docTone MentionDocTone
 * @param translationInfo MentionDocTranslationInfo, the empty string for English
 * @param extras Extras
 */
public record GdeltMention(
    long globalEventId,
    long eventTimeDate,
    long mentionTimeDate,
    int mentionType,
    String sourceName,
    String identifier,
    int sentenceId,
    int actor1CharOffset,
    int actor2CharOffset,
    int actionCharOffset,
    boolean inRawText,
    int confidence,
    int docLength,
    double docTone,
    String translationInfo,
    String extras) {

  /** Columns in a row. */
  public static final int COLUMNS = 16;

  public GdeltMention {
    Objects.requireNonNull(sourceName);
    Objects.requireNonNull(identifier);
    Objects.requireNonNull(translationInfo);
    Objects.requireNonNull(extras);
  }

  /** The row's column values as GDELT writes them. */
  public List<String> columns() {
    return List.of(
        Long.toString(globalEventId),
        Long.toString(eventTimeDate),
        Long.toString(mentionTimeDate),
        Integer.toString(mentionType),
        sourceName,
        identifier,
        Integer.toString(sentenceId),
        Integer.toString(actor1CharOffset),
        Integer.toString(actor2CharOffset),
        Integer.toString(actionCharOffset),
        inRawText ? "1" : "0",
        Integer.toString(confidence),
        Integer.toString(docLength),
        Columns.number(docTone),
        translationInfo,
        extras);
  }

  /** A row from its 16 column values; fails on a wrong count or a bad number. */
  public static GdeltMention of(List<String> f) {
    if (f.size() != COLUMNS) {
      throw new IllegalArgumentException("want " + COLUMNS + " columns, got " + f.size());
    }
    return new GdeltMention(
        Long.parseLong(f.get(0)),
        Columns.whole(f.get(1)),
        Columns.whole(f.get(2)),
        Columns.integer(f.get(3)),
        f.get(4),
        f.get(5),
        Columns.integer(f.get(6)),
        Columns.integer(f.get(7)),
        Columns.integer(f.get(8)),
        Columns.integer(f.get(9)),
        f.get(10).equals("1"),
        Columns.integer(f.get(11)),
        Columns.integer(f.get(12)),
        Columns.decimal(f.get(13)),
        f.get(14),
        f.get(15));
  }
}
