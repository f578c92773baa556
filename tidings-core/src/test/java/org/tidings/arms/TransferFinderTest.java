package org.tidings.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;
import org.tidings.model.Analysis;
import org.tidings.model.ArmsTransfer;
import org.tidings.model.Span;
import org.tidings.model.TimeExpression;
import org.tidings.model.TransferStage;
import org.tidings.nlp.Tokenizer;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class TransferFinderTest extends AnnotatorContract {
  private static final TransferFinder FINDER = TransferFinder.standard();
  private static final WeaponTagger TAGGER = WeaponTagger.standard();

  /** A paraphrase of the reference story, written for this test. */
  private static final String STORY =
      "Baku Looks For More Russian Weapons\n\n"
          + "Azerbaijan plans to buy more Russian weapons and is currently negotiating with Russia"
          + " about it, the Azerbaijani leader said on Friday.\n\n"
          + "“We are holding negotiations on fresh [arms] purchases,” he told a Moscow paper."
          + " “We know how strong the Russian arms industry is.”\n\n"
          + "“Above all we want the latest equipment,” he added. “This includes helicopters and"
          + " defense systems.”\n\n"
          + "Russia has already sold about $5 billion worth of tanks, artillery systems and other"
          + " arms to Azerbaijan under contracts signed in 2009-2011.\n\n"
          + "Moscow says it delivers weapons to both Armenia and Azerbaijan.\n\n"
          + "Armenia showed off new weapons recently acquired from Russia at a parade in Yerevan."
          + " They included Iskander ballistic missiles.\n\n"
          + "Share on Facebook";

  @Override
  protected Annotator annotator() {
    return FINDER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(Tokenizer.standard(), TAGGER);
  }

  private List<ArmsTransfer> transfers(String text) {
    return FINDER.annotate(prepared(text)).transfers();
  }

  private ArmsTransfer only(String text) {
    List<ArmsTransfer> found = transfers(text);
    assertEquals(1, found.size(), () -> "want one transfer in '" + text + "', got " + found);
    return found.get(0);
  }

  @Test
  void findsTheThreeTransfersOfTheStory() {
    Analysis a = FINDER.annotate(prepared(STORY));
    List<ArmsTransfer> t = a.transfers();
    assertEquals(3, t.size(), t::toString);

    ArmsTransfer talks = t.get(0);
    assertEquals("RUS", talks.supplier());
    assertEquals("AZE", talks.recipient());
    assertEquals(List.of("helicopters", "air-defence systems"), talks.items());
    assertEquals(TransferStage.NEGOTIATING, talks.stage());
    assertEquals("holding negotiations", a.textOf(talks));
    assertTrue(talks.sentence().of(STORY).startsWith("“We are holding negotiations"));

    ArmsTransfer sold = t.get(1);
    assertEquals("RUS", sold.supplier());
    assertEquals("AZE", sold.recipient());
    assertEquals(List.of("tanks", "artillery systems"), sold.items());
    assertEquals(TransferStage.DELIVERED, sold.stage());
    assertEquals(5e9, sold.value().value());
    assertEquals("USD", sold.value().unit());
    assertTrue(sold.value().approximate());
    assertEquals("2009/2011", sold.years());

    ArmsTransfer parade = t.get(2);
    assertEquals("RUS", parade.supplier());
    assertEquals("ARM", parade.recipient());
    assertEquals(List.of("9K720 Iskander"), parade.items());
    assertEquals(TransferStage.DELIVERED, parade.stage());
  }

  @Test
  void intent() {
    ArmsTransfer t = only("Azerbaijan wants to buy T-90S tanks from Russia.");
    assertEquals(TransferStage.INTENT, t.stage());
    assertEquals(List.of("T-90S"), t.items());
    assertEquals(
        TransferStage.INTENT, only("Georgia plans to acquire Bayraktar TB2 drones.").stage());
  }

  @Test
  void agreedToBuy() {
    ArmsTransfer t = only("Iran agreed to buy 24 Mi-17 helicopters from Russia.");
    assertEquals(TransferStage.ORDERED, t.stage());
    assertEquals("RUS", t.supplier());
    assertEquals("IRN", t.recipient());
    assertEquals(24, t.quantity());
  }

  @Test
  void signedAContractFor() {
    ArmsTransfer t = only("Georgia signed a contract for 14 Mi-17 helicopters with Russia.");
    assertEquals(TransferStage.ORDERED, t.stage());
    assertEquals("RUS", t.supplier());
    assertEquals("GEO", t.recipient());
    assertEquals(14, t.quantity());
  }

  @Test
  void tookDeliveryOf() {
    ArmsTransfer t = only("Ukraine took delivery of six Bayraktar TB2 drones from Turkey.");
    assertEquals(TransferStage.DELIVERED, t.stage());
    assertEquals("TUR", t.supplier());
    assertEquals("UKR", t.recipient());
    assertEquals(6, t.quantity());
    assertEquals(List.of("Bayraktar TB2"), t.items());
  }

  @Test
  void isInTalksToAcquire() {
    ArmsTransfer t = only("Iran is in talks to acquire S-400 systems from Russia.");
    assertEquals(TransferStage.NEGOTIATING, t.stage());
    assertEquals("RUS", t.supplier());
    assertEquals("IRN", t.recipient());
    assertEquals(List.of("S-400 Triumf"), t.items());
  }

  @Test
  void cancelledTheOrder() {
    ArmsTransfer t = only("Turkey cancelled the order for Chinese air-defence systems.");
    assertEquals(TransferStage.CANCELLED, t.stage());
    assertEquals("CHN", t.supplier());
    assertEquals("TUR", t.recipient());
  }

  @Test
  void hasSoldAndDeliveredNameTheSupplierAsSubject() {
    ArmsTransfer t = only("Israel has sold drones to Azerbaijan.");
    assertEquals(TransferStage.DELIVERED, t.stage());
    assertEquals("ISR", t.supplier());
    assertEquals("AZE", t.recipient());
    List<ArmsTransfer> both = transfers("Russia delivered tanks to both Armenia and Azerbaijan.");
    assertEquals(List.of("ARM", "AZE"), both.stream().map(ArmsTransfer::recipient).toList());
  }

  @Test
  void passiveVoice() {
    ArmsTransfer t =
        only("Twelve Mi-17 helicopters were delivered to Azerbaijan by Russia in 2010.");
    assertEquals(TransferStage.DELIVERED, t.stage());
    assertEquals("RUS", t.supplier());
    assertEquals("AZE", t.recipient());
    assertEquals(12, t.quantity());
    assertEquals("2010", t.years());
    ArmsTransfer bought = only("The drones were bought by Ukraine from Turkey.");
    assertEquals("TUR", bought.supplier());
    assertEquals("UKR", bought.recipient());
  }

  @Test
  void demonymsAndProducersNameTheSupplier() {
    assertEquals("RUS", only("Armenia received Russian-made tanks.").supplier());
    assertEquals("RUS", only("Armenia took delivery of Iskander missiles.").supplier());
  }

  @Test
  void negationAndCounterfactualsVoidATrigger() {
    assertTrue(transfers("Russia has not sold tanks to Georgia.").isEmpty());
    assertTrue(transfers("Azerbaijan could have purchased offensive weapons from Iran.").isEmpty());
  }

  @Test
  void noTransferWithoutTrigger() {
    assertTrue(
        transfers("Aliyev inspects a Russian-made Smerch deployed in Nakhichevan.").isEmpty());
    assertTrue(transfers("Share on Facebook\nXS\nSM").isEmpty());
  }

  @Test
  void valueAndYearsFromTheLanguageStagesWin() {
    String text = "Russia sold tanks to Armenia for a sum of 300 million in those years.";
    Analysis in = prepared(text);
    Amount amount = new Amount(new Span(41, 52), "300 million", 3e8, "RUB", false);
    TimeExpression years = new TimeExpression(new Span(56, 67), "those years", "2012/2014", true);
    Analysis out =
        FINDER.annotate(
            new Analysis(
                in.article(),
                in.tokens(),
                in.sentences(),
                in.entities(),
                in.quotes(),
                List.of(years),
                List.of(amount),
                in.events(),
                in.transfers(),
                in.diagnostics()));
    ArmsTransfer t = out.transfers().get(0);
    assertEquals(amount, t.value());
    assertEquals("2012/2014", t.years());
  }

  @Test
  void quantityForms() {
    assertEquals(24, only("Iran ordered 24 T-90S tanks from Russia.").quantity());
    assertEquals(12, only("Iran ordered twelve new Mi-17 helicopters from Russia.").quantity());
    assertEquals(24, only("Iran ordered two dozen tanks from Russia.").quantity());
    assertEquals(12, only("Ukraine ordered a dozen drones from Turkey.").quantity());
    assertEquals(1200, only("Iran ordered 1,200 armoured vehicles from Russia.").quantity());
    assertEquals(24, only("Iran ordered twenty-four T-90S tanks from Russia.").quantity());
    assertEquals(36, only("Iran ordered 36 units of S-400 from Russia.").quantity());
    assertEquals(0, only("Iran ordered tanks from Russia in 2010.").quantity());
    assertEquals(0, only("In 2010 Iran ordered T-90S from Russia.").quantity());
  }

  @Test
  void standaloneFinderFindsWeaponsWithoutTheTagger() {
    Analysis in =
        Tokenizer.standard().annotate(prepared("Armenia took delivery of Iskander missiles."));
    assertTrue(FINDER.annotate(in).transfers().isEmpty() || !in.entities().isEmpty());
    ArmsTransfer t = TransferFinder.standalone().annotate(in).transfers().get(0);
    assertEquals(List.of("9K720 Iskander"), t.items());
    assertEquals("RUS", t.supplier());
  }

  @Test
  void valueIsNullWhenNotStated() {
    assertNull(only("Iran ordered tanks from Russia.").value());
  }
}
