package org.tidings.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Span;
import org.tidings.model.TransferStage;

class TransferCsvWriterTest {
  private static final TransferCsvWriter WRITER = TransferCsvWriter.standard();

  @Test
  void writesOneRowPerItemWithContractYearsAsOrderYears() throws IOException {
    String text = "Russia sold about $5 billion of tanks and T-90S, under contracts of 2009-2011.";
    Amount value = new Amount(new Span(12, 28), "about $5 billion", 5e9, "USD", true);
    ArmsTransfer t =
        new ArmsTransfer(
            new Span(7, 11),
            new Span(0, text.length()),
            "RUS",
            "AZE",
            List.of("tanks", "T-90S"),
            0,
            value,
            "2009/2011",
            TransferStage.DELIVERED);
    StringBuilder out = new StringBuilder();
    WRITER.writeHeader(out);
    WRITER.write(out, "a1", text, t);
    String[] lines = out.toString().split("\r\n");
    assertEquals(
        "supplier,recipient,designation,category,number,order_years,delivery_years,stage,value,"
            + "currency,comments,article_id",
        lines[0]);
    assertEquals(
        "RUS,AZE,tanks,armoured vehicles,,2009/2011,,delivered,5000000000,USD,"
            + "\"value approximate; "
            + text.replace("\"", "\"\"")
            + "\",a1",
        lines[1]);
    assertEquals(3, lines.length);
    assertEquals("T-90S", lines[2].split(",")[2]);
  }

  @Test
  void deliveriesWithoutContractWordsGoToDeliveryYears() throws IOException {
    String text = "Russia delivered 12 Mi-17 to Armenia in 2016.";
    ArmsTransfer t =
        new ArmsTransfer(
            new Span(7, 16),
            new Span(0, text.length()),
            "RUS",
            "ARM",
            List.of("Mi-17"),
            12,
            null,
            "2016",
            TransferStage.DELIVERED);
    StringBuilder out = new StringBuilder();
    WRITER.write(out, "a2", text, t);
    assertEquals(
        "RUS,ARM,Mi-17,helicopters,12,,2016,delivered,,," + text + ",a2\r\n", out.toString());
  }

  @Test
  void quotesFieldsThatNeedIt() {
    assertEquals("plain", TransferCsvWriter.quote("plain"));
    assertEquals("\"a, b\"", TransferCsvWriter.quote("a, b"));
    assertEquals("\"say \"\"hi\"\"\"", TransferCsvWriter.quote("say \"hi\""));
  }
}
