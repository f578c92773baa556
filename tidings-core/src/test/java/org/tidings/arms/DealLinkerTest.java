package org.tidings.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Span;
import org.tidings.model.TransferStage;

class DealLinkerTest {
  private static final Span S = new Span(0, 1);

  private static ArmsTransfer transfer(
      String supplier, String recipient, List<String> items, TransferStage stage, String years) {
    return new ArmsTransfer(S, S, supplier, recipient, items, 0, null, years, stage);
  }

  private static DealLinker.Report report(String id, String date, ArmsTransfer t) {
    return new DealLinker.Report(
        id, date == null ? Optional.empty() : Optional.of(LocalDate.parse(date)), t);
  }

  @Test
  void linksReportsOfOneDealIntoATimeline() {
    List<DealLinker.Deal> deals =
        new DealLinker()
            .link(
                List.of(
                    report(
                        "c",
                        "2018-03-01",
                        transfer(
                            "RUS",
                            "TUR",
                            List.of("S-400 Triumf"),
                            TransferStage.DELIVERED,
                            "2019")),
                    report(
                        "a",
                        "2016-11-01",
                        transfer(
                            "RUS", "TUR", List.of("S-400 Triumf"), TransferStage.NEGOTIATING, "")),
                    report(
                        "b",
                        "2017-09-12",
                        transfer(
                            "RUS", "TUR", List.of("S-400 Triumf"), TransferStage.ORDERED, "2017")),
                    report(
                        "d",
                        null,
                        transfer(
                            "USA",
                            "TUR",
                            List.of("F-35 Lightning II"),
                            TransferStage.CANCELLED,
                            ""))));
    assertEquals(2, deals.size());
    DealLinker.Deal s400 = deals.get(0);
    assertEquals("S-400 Triumf", s400.item());
    assertEquals(TransferStage.DELIVERED, s400.stage());
    assertEquals(List.of("a", "b", "c"), s400.sources());
    assertEquals(
        List.of(TransferStage.NEGOTIATING, TransferStage.ORDERED, TransferStage.DELIVERED),
        s400.timeline().stream().map(DealLinker.Step::stage).toList());
    assertEquals("2017/2019", s400.years());
    assertEquals(TransferStage.CANCELLED, deals.get(1).stage());
  }

  @Test
  void splitsTransfersOfSeveralItemsAndKeepsValues() {
    Amount five = new Amount(S, "$5 billion", 5e9, "USD", true);
    ArmsTransfer t =
        new ArmsTransfer(
            S,
            S,
            "RUS",
            "AZE",
            List.of("tanks", "artillery systems"),
            0,
            five,
            "2009/2011",
            TransferStage.DELIVERED);
    List<DealLinker.Deal> deals = new DealLinker().link(List.of(report("x", null, t)));
    assertEquals(List.of("tanks", "artillery systems"), deals.stream().map(d -> d.item()).toList());
    assertEquals(five, deals.get(0).value());
  }

  @Test
  void aReportWithoutSupplierJoinsTheOnlyMatchingDeal() {
    List<DealLinker.Deal> deals =
        new DealLinker()
            .link(
                List.of(
                    report(
                        "a",
                        "2016-01-01",
                        transfer(
                            "RUS", "ARM", List.of("9K720 Iskander"), TransferStage.ORDERED, "")),
                    report(
                        "b",
                        "2016-09-21",
                        transfer(
                            "", "ARM", List.of("9K720 Iskander"), TransferStage.DELIVERED, ""))));
    assertEquals(1, deals.size());
    assertEquals(TransferStage.DELIVERED, deals.get(0).stage());
    assertEquals(List.of("a", "b"), deals.get(0).sources());
  }
}
