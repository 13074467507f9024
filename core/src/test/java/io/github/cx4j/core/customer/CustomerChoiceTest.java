/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.customer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Best and worst customers, cost awareness and the value/price ratio as numbers. */
class CustomerChoiceTest {

  private static CustomerChoice.Served s(String id, double revenue, double cost) {
    return new CustomerChoice.Served(id, revenue, cost);
  }

  private static final List<CustomerChoice.Served> SIX =
      List.of(
          s("A", 5200, 900),
          s("B", 310, 420),
          s("C", 2400, 300),
          s("D", 180, 60),
          s("E", 95, 240),
          s("F", 760, 100));

  private static List<String> ids(List<CustomerChoice.Served> list) {
    return list.stream().map(CustomerChoice.Served::id).toList();
  }

  @Test
  void bestWorstAndUnprofitableByProfitAfterTheCostOfService() {
    CustomerChoice choice = CustomerChoice.of(SIX);
    assertEquals(List.of("A", "C", "F", "D", "B", "E"), ids(choice.byProfit()));
    assertEquals(List.of("A", "C"), ids(choice.best(2)));
    assertEquals(List.of("E", "B"), ids(choice.worst(2)));
    assertEquals(List.of("E", "B"), ids(choice.unprofitable()));
    assertEquals(-145.0, choice.worst(1).get(0).profit());
    assertEquals(145.0 + 110.0, choice.lossFromUnprofitable());
    double revenue = 5200 + 310 + 2400 + 180 + 95 + 760;
    double cost = 900 + 420 + 300 + 60 + 240 + 100;
    assertEquals(revenue - cost, choice.profit(), 1e-9);
    assertEquals(cost / revenue, choice.costShare(), 1e-15);
    assertEquals(List.of(), ids(CustomerChoice.of(List.of(s("X", 10, 10))).unprofitable()));
  }

  @Test
  void badCustomersAndCountsAreRejectedWithTheFieldAndTheValue() {
    assertEquals(
        "CustomerChoice.Served.revenue must be finite and at least 0 (customer A), was -1.0",
        assertThrows(CxValidationException.class, () -> s("A", -1, 0)).getMessage());
    assertEquals(
        "CustomerChoice.Served.costToServe must be finite and at least 0 (customer A), was NaN",
        assertThrows(CxValidationException.class, () -> s("A", 1, Double.NaN)).getMessage());
    assertEquals(
        "CustomerChoice.Served.id must not be blank, was \" \"",
        assertThrows(CxValidationException.class, () -> s(" ", 1, 0)).getMessage());
    assertEquals(
        "CustomerChoice.customers must have unique ids, was \"A\"",
        assertThrows(
                CxValidationException.class,
                () -> CustomerChoice.of(List.of(s("A", 1, 0), s("A", 2, 0))))
            .getMessage());
    assertEquals(
        "CustomerChoice.customers must bring some revenue (the sum of revenue), was 0.0",
        assertThrows(CxValidationException.class, () -> CustomerChoice.of(List.of(s("A", 0, 5))))
            .getMessage());
    assertEquals(
        "CustomerChoice.customers must not be empty, was \"[]\"",
        assertThrows(CxValidationException.class, () -> CustomerChoice.of(List.of())).getMessage());
    CustomerChoice choice = CustomerChoice.of(SIX);
    assertEquals(
        "CustomerChoice.n must be within 1..6 (the customers), was 7",
        assertThrows(CxValidationException.class, () -> choice.best(7)).getMessage());
    assertEquals(
        "CustomerChoice.n must be within 1..6 (the customers), was 0",
        assertThrows(CxValidationException.class, () -> choice.worst(0)).getMessage());
  }

  @Test
  void theBestAreNeverLessProfitableThanTheRestAndTheWorstNeverMore() {
    qt().forAll(
            lists().of(integers().between(0, 10_000)).ofSizeBetween(1, 30),
            lists().of(integers().between(0, 10_000)).ofSizeBetween(30, 30),
            integers().between(1, 30))
        .checkAssert(
            (revenues, costs, k) -> {
              List<CustomerChoice.Served> list = new ArrayList<>();
              for (int i = 0; i < revenues.size(); i++) {
                // the first customer always brings something, so the total revenue is positive
                list.add(s("c" + i, revenues.get(i) + (i == 0 ? 1 : 0), costs.get(i)));
              }
              CustomerChoice choice = CustomerChoice.of(list);
              int n = 1 + (k - 1) % list.size();
              double leastOfBest = choice.best(n).get(n - 1).profit();
              double mostOfWorst = choice.worst(n).get(n - 1).profit();
              double loss = 0;
              for (CustomerChoice.Served c : list) {
                if (!choice.best(n).contains(c)) {
                  assertTrue(c.profit() <= leastOfBest);
                }
                if (!choice.worst(n).contains(c)) {
                  assertTrue(c.profit() >= mostOfWorst);
                }
                loss += Math.max(0, -c.profit());
                assertEquals(c.profit() < 0, choice.unprofitable().contains(c));
              }
              assertEquals(loss, choice.lossFromUnprofitable(), 1e-6);
              assertTrue(choice.costShare() >= 0);
            });
  }

  @Test
  void theValuePriceRatioReadsAndPointsTheTwoDirections() {
    ValuePriceRatio ours = ValuePriceRatio.of(90, 100);
    assertEquals(0.9, ours.ratio(), 1e-15);
    assertEquals(ValueForMoney.BELOW_PRICE, ours.reading());
    assertEquals(ValueForMoney.AT_PRICE, ValuePriceRatio.of(100, 100).reading());
    assertEquals(ValueForMoney.ABOVE_PRICE, ValuePriceRatio.of(120, 100).reading());
    ValuePriceRatio rival = ValuePriceRatio.of(120, 100);
    // a lower price: 90 / 1.2 = 75; a higher value: 100 * 1.2 = 120
    assertEquals(75.0, ours.priceToMatch(rival), 1e-12);
    assertEquals(120.0, ours.valueToMatch(rival), 1e-12);
    assertEquals(rival.ratio(), ValuePriceRatio.of(90, ours.priceToMatch(rival)).ratio(), 1e-12);
    assertEquals(rival.ratio(), ValuePriceRatio.of(ours.valueToMatch(rival), 100).ratio(), 1e-12);
    assertEquals("物非所值", ours.reading().label(Locale.CHINESE));
    assertEquals(
        "ValuePriceRatio.price must be finite and more than 0, was 0.0",
        assertThrows(CxValidationException.class, () -> ValuePriceRatio.of(10, 0)).getMessage());
    assertEquals(
        "ValuePriceRatio.perceivedValue must be finite and at least 0, was Infinity",
        assertThrows(
                CxValidationException.class, () -> ValuePriceRatio.of(Double.POSITIVE_INFINITY, 10))
            .getMessage());
    assertEquals(
        "ValuePriceRatio.competitor.perceivedValue must be more than 0 to match its ratio, was 0.0",
        assertThrows(
                CxValidationException.class, () -> ours.priceToMatch(ValuePriceRatio.of(0, 10)))
            .getMessage());
  }
}
