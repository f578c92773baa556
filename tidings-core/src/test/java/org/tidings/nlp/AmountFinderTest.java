package org.tidings.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;
import org.tidings.pipeline.Annotator;
import org.tidings.pipeline.AnnotatorContract;

class AmountFinderTest extends AnnotatorContract {
  private static final AmountFinder FINDER = AmountFinder.standard();

  @Override
  protected Annotator annotator() {
    return FINDER;
  }

  @Override
  protected List<Annotator> prerequisites() {
    return List.of(Tokenizer.standard());
  }

  /** "text=value unit", with "~" before the value when approximate. */
  private List<String> amounts(String text) {
    return FINDER.annotate(prepared(text)).amounts().stream().map(AmountFinderTest::show).toList();
  }

  private static String show(Amount a) {
    return a.text() + "=" + (a.approximate() ? "~" : "") + a.value() + " " + a.unit();
  }

  @Test
  void moneyWithCurrencyAndMagnitude() {
    assertEquals(
        List.of(
            "around $5 billion=~5.0E9 USD",
            "€1.2bn=1.2E9 EUR",
            "5 million rubles=5000000.0 RUB",
            "$300m=3.0E8 USD",
            "RUB 10 billion=1.0E10 RUB",
            "US$ 2.5 million=2500000.0 USD",
            "£600m=6.0E8 GBP"),
        amounts(
            "Russia sold around $5 billion worth of tanks; €1.2bn, 5 million rubles, $300m,"
                + " RUB 10 billion, US$ 2.5 million and £600m changed hands."));
  }

  @Test
  void indianNumbering() {
    assertEquals(
        List.of(
            "Rs 5.25 lakh crore=5.25E12 INR",
            "Rs. 4,000 crore=4.0E10 INR",
            "₹12 lakh=1200000.0 INR"),
        amounts("Spending rose to Rs 5.25 lakh crore from Rs. 4,000 crore and ₹12 lakh."));
  }

  @Test
  void countsOfThings() {
    assertEquals(
        List.of(
            "100 T-90S tanks=100.0 tanks",
            "two dozen helicopters=24.0 helicopters",
            "At least 12 people=~12.0 people",
            "twenty-five new Russian-made howitzers=25.0" + " howitzers",
            "1,500 soldiers=1500.0 soldiers"),
        amounts(
            "It bought 100 T-90S tanks and two dozen helicopters. At least 12 people were"
                + " killed. It ordered twenty-five new Russian-made howitzers and 1,500 soldiers."));
  }

  @Test
  void percentages() {
    assertEquals(
        List.of("76%=76.0 %", "nearly 8 percent=~8.0 %", "2.5 per cent=2.5 %"),
        amounts("Profits jumped 76% after nearly 8 percent and 2.5 per cent rises."));
  }

  @Test
  void leavesDatesYearsAndDurationsAlone() {
    assertEquals(
        List.of(),
        amounts("On November 24, 2016, in 2009 tanks came; three years later one of them left."));
  }

  @Test
  void sampleSentence() {
    List<Amount> found =
        FINDER
            .annotate(
                prepared(
                    "Russia has already sold around $5 billion worth of tanks, artillery systems"
                        + " and other weapons to Azerbaijan in line with defense contracts signed"
                        + " in 2009-2011."))
            .amounts();
    assertEquals(1, found.size());
    Amount a = found.get(0);
    assertEquals("around $5 billion", a.text());
    assertEquals(5.0e9, a.value());
    assertEquals("USD", a.unit());
    assertEquals(true, a.approximate());
  }
}
