/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecoveryParadoxTest {
  // Student's sleep data (Cushny and Peebles 1905), as shipped with R: extra sleep in hours.
  private static final double[] DRUG1 = {0.7, -1.6, -0.2, -1.2, -0.1, 3.4, 3.7, 0.8, 0.0, 2.0};
  private static final double[] DRUG2 = {1.9, 0.8, 1.1, 0.1, -0.1, 4.4, 5.5, 1.6, 4.6, 3.4};

  @Test
  void welchMatchesRsTTestOnTheSleepData() {
    // R: t.test(extra ~ group, data = sleep): t = -1.8608, df = 17.776, p-value = 0.07939,
    // 95 percent CI -3.3654832 0.2054832
    MeanDifference d = RecoveryParadox.welch(DRUG1, DRUG2, 0.95);
    assertEquals(-1.58, d.estimate(), 1e-12);
    assertEquals(-1.8608, d.t(), 5e-5);
    assertEquals(17.776, d.degreesOfFreedom(), 5e-4);
    assertEquals(0.07939, d.pValue(), 5e-6);
    assertEquals(-3.3654832, d.interval().low(), 1e-6);
    assertEquals(0.2054832, d.interval().high(), 1e-6);
  }

  @Test
  void pairedChangeMatchesRsPairedTTest() {
    // R: t.test(sleep$extra[1:10], sleep$extra[11:20], paired = TRUE): t = -4.0621, df = 9,
    // p-value = 0.002833, 95 percent CI -2.4598858 -0.7001142
    MeanDifference d = RecoveryParadox.pairedChange(DRUG2, DRUG1, 0.95);
    assertEquals(-1.58, d.estimate(), 1e-12);
    assertEquals(-4.0621, d.t(), 5e-5);
    assertEquals(9, d.degreesOfFreedom(), 1e-12);
    assertEquals(0.002833, d.pValue(), 5e-7);
    assertEquals(-2.4598858, d.interval().low(), 1e-6);
    assertEquals(-0.7001142, d.interval().high(), 1e-6);
  }

  @Test
  void simulatedParadoxIsFoundAndItsSizeCovered() {
    Random rnd = new Random(42);
    List<RecoveryCase> cases = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      cases.add(new RecoveryCase(RecoveryGroup.RECOVERED, 0.80 + 0.10 * rnd.nextGaussian()));
      cases.add(new RecoveryCase(RecoveryGroup.NO_FAILURE, 0.70 + 0.15 * rnd.nextGaussian()));
      cases.add(new RecoveryCase(RecoveryGroup.NOT_RECOVERED, 0.40 + 0.20 * rnd.nextGaussian()));
    }
    RecoveryParadoxResult r = RecoveryParadox.analyse(cases);
    assertEquals(ParadoxVerdict.SUPPORTED, r.verdict());
    assertTrue(
        r.paradox().interval().low() < 0.10 && 0.10 < r.paradox().interval().high(),
        r.paradox().toString());
    assertEquals(400, r.recovered().n());
    MeanDifference effect = r.recoveryEffect().orElseThrow();
    assertTrue(effect.interval().low() < 0.40 && 0.40 < effect.interval().high());

    List<RecoveryCase> none = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      none.add(new RecoveryCase(RecoveryGroup.RECOVERED, 0.70 + 0.10 * rnd.nextGaussian()));
      none.add(new RecoveryCase(RecoveryGroup.NO_FAILURE, 0.70 + 0.10 * rnd.nextGaussian()));
    }
    RecoveryParadoxResult flat = RecoveryParadox.analyse(none);
    assertEquals(ParadoxVerdict.INCONCLUSIVE, flat.verdict());
    assertTrue(flat.notRecovered().isEmpty());
    RecoveryParadoxResult worse =
        RecoveryParadox.analyse(
            new double[] {0.1, 0.2, 0.15}, new double[] {0.9, 0.8, 0.85}, new double[0], 0.9);
    assertEquals(ParadoxVerdict.CONTRADICTED, worse.verdict());
  }

  @Test
  void badInputNamesFieldAndValue() {
    assertEquals(
        "RecoveryParadox.recovered must have at least 2 customers, was 1",
        assertThrows(
                CxValidationException.class,
                () -> RecoveryParadox.analyse(new double[] {1}, DRUG1, new double[0], 0.95))
            .getMessage());
    assertEquals(
        "RecoveryParadox.confidence must be strictly between 0 and 1, was 1.0",
        assertThrows(
                CxValidationException.class,
                () -> RecoveryParadox.analyse(DRUG1, DRUG2, new double[0], 1.0))
            .getMessage());
    assertEquals(
        "RecoveryParadox.satisfaction must vary within at least one group, was 1.0",
        assertThrows(
                CxValidationException.class,
                () -> RecoveryParadox.welch(new double[] {1, 1}, new double[] {1, 1}, 0.95))
            .getMessage());
    assertEquals(
        "RecoveryParadox.noFailure must hold finite values, was NaN",
        assertThrows(
                CxValidationException.class,
                () ->
                    RecoveryParadox.analyse(
                        DRUG1, new double[] {1, Double.NaN}, new double[0], 0.95))
            .getMessage());
    assertEquals(
        "RecoveryParadox.after must have 10 values like before, was 2",
        assertThrows(
                CxValidationException.class,
                () -> RecoveryParadox.pairedChange(DRUG1, new double[] {1, 2}, 0.95))
            .getMessage());
    assertThrows(
        CxValidationException.class,
        () -> RecoveryParadox.pairedChange(new double[] {1, 2}, new double[] {2, 3}, 0.95));
    assertEquals(
        "RecoveryCase.satisfaction must be finite, was Infinity",
        assertThrows(
                CxValidationException.class,
                () -> new RecoveryCase(RecoveryGroup.RECOVERED, Double.POSITIVE_INFINITY))
            .getMessage());
  }

  @Test
  void summaryTotalsValueAndJustice() {
    RecoverySummary s =
        RecoverySummary.of(
            List.of(
                Remedy.of(RemedyKind.APOLOGY, "sorry"),
                Remedy.of(RemedyKind.REFUND, Money.of("20.00", "CNY"), "refund"),
                Remedy.of(RemedyKind.COMPENSATION, Money.of("10.50", "CNY"), "voucher"),
                Remedy.of(RemedyKind.REFUND, Money.of("3", "USD"), "refund")));
    assertEquals(4, s.count());
    assertEquals(Money.of("30.50", "CNY"), s.valueByCurrency().get("CNY"));
    assertEquals(3, s.justice().get(JusticeDimension.DISTRIBUTIVE));
    assertEquals(
        List.of(JusticeDimension.PROCEDURAL, JusticeDimension.INFORMATIONAL), s.missingJustice());
    assertEquals(2, s.byKind().get(RemedyKind.REFUND));
  }
}
