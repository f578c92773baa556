package org.tidings.arms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.tidings.model.Amount;

class ValueParserTest {
  private static Amount value(String text) {
    return ValueParser.find(text, 0, text.length()).orElseThrow(() -> new AssertionError(text));
  }

  private static void check(String text, double value, String currency) {
    Amount a = value(text);
    assertEquals(value, a.value(), value * 1e-9, text);
    assertEquals(currency, a.unit(), text);
  }

  @Test
  void symbolForms() {
    check("a $5 billion deal", 5e9, "USD");
    check("a $5bn deal", 5e9, "USD");
    check("worth US$1.2 billion", 1.2e9, "USD");
    check("for €300 million", 3e8, "EUR");
    check("a £2.5bn order", 2.5e9, "GBP");
    check("some $500m", 5e8, "USD");
    check("paid $750,000,000", 7.5e8, "USD");
  }

  @Test
  void wordForms() {
    check("1.5 billion euros", 1.5e9, "EUR");
    check("500 million dollars", 5e8, "USD");
    check("40 billion roubles", 4e10, "RUB");
    check("2 billion yuan", 2e9, "CNY");
  }

  @Test
  void hedgesMakeItApproximate() {
    assertTrue(value("around $5 billion").approximate());
    assertTrue(value("about 2 billion dollars").approximate());
    assertFalse(value("$5 billion").approximate());
    assertEquals("around $5 billion", value("sold around $5 billion worth").text());
  }

  @Test
  void noMoneyNoValue() {
    assertTrue(ValueParser.find("24 tanks in 2009", 0, 16).isEmpty());
  }
}
