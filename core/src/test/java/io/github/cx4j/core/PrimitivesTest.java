/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PrimitivesTest {
  private final ObjectMapper json = CxJson.mapper();

  @Test
  void customerIdRejectsBlankAndPaddedText() {
    assertEquals("c-1", CustomerId.of("c-1").value());
    CxValidationException blank =
        assertThrows(CxValidationException.class, () -> CustomerId.of(" "));
    assertEquals("CustomerId.value must not be blank, was \" \"", blank.getMessage());
    assertEquals("CustomerId.value", blank.field());
    CxValidationException padded =
        assertThrows(CxValidationException.class, () -> CustomerId.of(" a"));
    assertEquals(
        "CustomerId.value must not start or end with white space, was \" a\"", padded.getMessage());
  }

  @Test
  void customerIdIsAPlainJsonString() throws Exception {
    assertEquals("\"42\"", json.writeValueAsString(CustomerId.of("42")));
    assertEquals(CustomerId.of("42"), json.readValue("\"42\"", CustomerId.class));
    assertTrue(CustomerId.of("a").compareTo(CustomerId.of("b")) < 0);
    assertEquals("a", CustomerId.of("a").toString());
  }

  @Test
  void moneyKeepsScaleAndCurrency() throws Exception {
    Money price = Money.of("12.30", "CNY");
    assertEquals(new BigDecimal("12.30"), price.amount());
    assertEquals(Currency.getInstance("CNY"), price.currency());
    assertEquals("{\"amount\":\"12.30\",\"currency\":\"CNY\"}", json.writeValueAsString(price));
    assertEquals(price, json.readValue(json.writeValueAsString(price), Money.class));
    assertEquals(Money.of("13.30", "CNY"), price.plus(Money.of("1", "CNY")));
    assertEquals(Money.of("11.30", "CNY"), price.minus(Money.of("1.00", "CNY")));
    assertTrue(Money.of("-1", "USD").isNegative());
    assertFalse(Money.zero(Currency.getInstance("JPY")).isNegative());
    assertEquals("0", Money.zero(Currency.getInstance("JPY")).amount().toPlainString());
    assertEquals(12.3, price.toDouble(), 0.0);
    assertEquals("12.30 CNY", price.toString());
    assertTrue(price.compareTo(Money.of("12.31", "CNY")) < 0);
  }

  @Test
  void moneyRejectsUnknownCurrencyMixedCurrenciesAndBadAmounts() {
    CxValidationException unknown =
        assertThrows(CxValidationException.class, () -> Money.of("1", "XYZ"));
    assertEquals("Money.currency must be a known ISO 4217 code, was \"XYZ\"", unknown.getMessage());
    CxValidationException mixed =
        assertThrows(
            CxValidationException.class, () -> Money.of("1", "CNY").plus(Money.of("1", "USD")));
    assertEquals("Money.currency must be CNY, was \"USD\"", mixed.getMessage());
    CxValidationException amount =
        assertThrows(CxValidationException.class, () -> Money.of("ten", "CNY"));
    assertEquals("Money.amount must be a decimal number, was \"ten\"", amount.getMessage());
    assertThrows(CxValidationException.class, () -> Money.of(null, "CNY"));
    assertThrows(CxValidationException.class, () -> Money.currency(null));
  }

  @Test
  void moneyJsonNamesTheBadProperty() {
    Exception e =
        assertThrows(
            Exception.class,
            () -> json.readValue("{\"amount\":\"1\",\"currency\":\"ABC\"}", Money.class));
    assertTrue(e.getMessage().contains("Money.currency"), e.getMessage());
    assertThrows(
        UnrecognizedPropertyException.class,
        () -> json.readValue("{\"amount\":\"1\",\"currency\":\"CNY\",\"x\":1}", Money.class));
  }

  @Test
  void ratingScalesCheckAnswers() throws Exception {
    assertEquals(11, RatingScale.ZERO_TO_TEN.points());
    assertEquals(3.0, RatingScale.ONE_TO_FIVE.midpoint(), 0.0);
    assertEquals(0.5, RatingScale.ONE_TO_SEVEN.normalise(4), 1e-12);
    assertEquals(10, RatingScale.ONE_TO_TEN.max());
    assertTrue(RatingScale.ZERO_TO_TEN.contains(0));
    assertFalse(RatingScale.ZERO_TO_TEN.contains(11));
    assertEquals(7, RatingScale.ONE_TO_SEVEN.require(7, "X.y"));
    CxValidationException off =
        assertThrows(
            CxValidationException.class,
            () -> RatingScale.ZERO_TO_TEN.require(11, "SurveyResponse.score"));
    assertEquals("SurveyResponse.score must be within 0..10, was 11", off.getMessage());
    CxValidationException bad =
        assertThrows(CxValidationException.class, () -> RatingScale.of(5, 5));
    assertEquals("RatingScale.max must be greater than min 5, was 5", bad.getMessage());
    assertThrows(CxValidationException.class, () -> RatingScale.ONE_TO_FIVE.normalise(Double.NaN));
    assertThrows(CxValidationException.class, () -> RatingScale.ONE_TO_FIVE.normalise(6));
    assertEquals("{\"max\":5,\"min\":1}", json.writeValueAsString(RatingScale.ONE_TO_FIVE));
    assertEquals(
        RatingScale.of(-3, 3), json.readValue("{\"min\":-3,\"max\":3}", RatingScale.class));
  }

  @Test
  void jsonWritesIsoTimes() throws Exception {
    assertEquals(
        "{\"at\":\"2026-01-02T03:04:05Z\"}",
        json.writeValueAsString(Map.of("at", Instant.parse("2026-01-02T03:04:05Z"))));
    assertTrue(CxJson.mapper() != CxJson.mapper());
  }

  /** A concept for testing bundles; its texts are in the test resources. */
  enum Colour implements Labelled {
    RED,
    UNLABELLED;

    @Override
    public String code() {
      return name();
    }
  }

  @Test
  void labelsComeFromBundlesAndIgnoreTheDefaultLocale() {
    assertEquals("Red", Colour.RED.label(Locale.ENGLISH));
    assertEquals("红色", Colour.RED.label(Locale.CHINESE));
    assertEquals("红色", Colour.RED.label(Locale.SIMPLIFIED_CHINESE));
    assertEquals("Red", Colour.RED.label(Locale.forLanguageTag("tr-TR")));
    assertEquals("The colour of fire", Colour.RED.description(Locale.ENGLISH));
    assertEquals("火的颜色", Colour.RED.description(Locale.CHINESE));
    assertEquals("Red (红色)", Colour.RED.bilingualLabel());
    CxValidationException missing =
        assertThrows(CxValidationException.class, () -> Colour.UNLABELLED.label(Locale.ENGLISH));
    assertEquals(
        "No label for Colour.UNLABELLED in bundle io.github.cx4j.core.messages (en)",
        missing.getMessage());
  }
}
