package org.tidings.events.gdelt;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes GDELT 2.0 Events and Mentions files: tab-separated, no header, one row a line. */
public final class GdeltWriter {
  private GdeltWriter() {}

  /** Writes event rows, 61 columns each. */
  public static void writeEvents(List<GdeltEvent> events, Writer out) throws IOException {
    for (GdeltEvent e : events) {
      line(e.columns(), out);
    }
  }

  /** Writes mention rows, 16 columns each. */
  public static void writeMentions(List<GdeltMention> mentions, Writer out) throws IOException {
    for (GdeltMention m : mentions) {
      line(m.columns(), out);
    }
  }

  /** Writes both files of an export. */
  public static void write(GdeltExport export, Writer events, Writer mentions) throws IOException {
    writeEvents(export.events(), events);
    writeMentions(export.mentions(), mentions);
  }

  private static void line(List<String> columns, Writer out) throws IOException {
    for (int i = 0; i < columns.size(); i++) {
      if (i > 0) {
        out.write('\t');
      }
      out.write(clean(columns.get(i)));
    }
    out.write('\n');
  }

  /** Tabs and line breaks inside a value would break the row; they become spaces. */
  private static String clean(String value) {
    return value.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }
}
