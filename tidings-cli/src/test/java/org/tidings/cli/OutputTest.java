package org.tidings.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.pipeline.Progress;
import picocli.CommandLine;

/** Tables, progress lines and sizes. */
class OutputTest {

  @Test
  void tablesAlignColumnsAndRightAlignNumbers() {
    StringWriter s = new StringWriter();
    new Table("NAME", "MENTIONS")
        .row("Ilham Aliyev", 12)
        .row("RIA Novosti", 3)
        .print(new PrintWriter(s));
    List<String> lines = List.of(s.toString().split("\\R"));
    assertEquals("NAME          MENTIONS", lines.get(0));
    assertEquals("Ilham Aliyev        12", lines.get(1));
    assertEquals("RIA Novosti          3", lines.get(2));
  }

  @Test
  void tablesCutLongCellsAndFoldLines() {
    StringWriter s = new StringWriter();
    new Table("TEXT").row("a\nb " + "x".repeat(100)).print(new PrintWriter(s));
    String row = s.toString().split("\\R")[1];
    assertEquals(60, row.length());
    assertTrue(row.startsWith("a b xx") && row.endsWith("…"), row);
  }

  @Test
  void codesWithLeadingZerosStayText() {
    StringWriter s = new StringWriter();
    new Table("CODE", "N").row("062", 1).row("1823", 10).print(new PrintWriter(s));
    List<String> lines = List.of(s.toString().split("\\R"));
    assertEquals("062    1", lines.get(1));
    assertEquals("1823  10", lines.get(2));
  }

  @Test
  void numbersLoseNeedlessDecimals() {
    assertEquals("5000000000", Table.number(5e9));
    assertEquals("8.3", Table.number(8.3));
    assertEquals("-10", Table.number(-10.0));
  }

  @Test
  void progressLinesShowCountsRateAndEta() {
    long second = 1_000_000_000L;
    assertEquals(
        "[######------------------] 250/1,000  25%  25.0 docs/s  ETA 30s",
        ProgressBar.line(new Progress(250, 1000, 250, 0, 10 * second)));
    assertEquals(
        "1,234 docs  123.4 docs/s  2 given up",
        ProgressBar.line(new Progress(1234, -1, 1232, 2, 10 * second)));
    assertEquals("2m05s", ProgressBar.duration(125));
    assertEquals("1h01m", ProgressBar.duration(3660));
  }

  @Test
  void progressBarRedrawsOnOneLineAndClearsAtTheEnd() {
    StringWriter s = new StringWriter();
    ProgressBar bar = new ProgressBar(new PrintWriter(s));
    bar.progress(new Progress(1, 2, 1, 0, 1_000_000_000L));
    bar.progress(new Progress(2, 2, 2, 0, 2_000_000_000L));
    bar.finished(new Progress(2, 2, 2, 0, 2_000_000_000L));
    String out = s.toString();
    assertTrue(out.startsWith("\r["), out);
    assertTrue(!out.contains("\n"), "never scrolls");
    assertTrue(out.endsWith("\r"), out);
  }

  @Test
  void sizesReadWithUnits() {
    Options.SizeConverter c = new Options.SizeConverter();
    assertEquals(20L * 1024 * 1024, c.convert("20MB"));
    assertEquals(512L * 1024, c.convert("512k"));
    assertEquals(1000L, c.convert("1000"));
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("lots"));
    assertThrows(CommandLine.TypeConversionException.class, () -> c.convert("0"));
  }
}
