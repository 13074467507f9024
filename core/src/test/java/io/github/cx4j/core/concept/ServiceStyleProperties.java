/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.concept;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.customer.Level;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ServiceStyleProperties {

  @Test
  void theFourCellsOfTheMatrix() {
    assertEquals(ServiceStyle.INDIFFERENT, ServiceStyle.classify(0.2, 0.3));
    assertEquals(ServiceStyle.BY_THE_BOOK, ServiceStyle.classify(0.8, 0.3));
    assertEquals(ServiceStyle.FRIENDLY_BUT_DISORGANISED, ServiceStyle.classify(0.2, 0.9));
    assertEquals(ServiceStyle.QUALITY_SERVICE, ServiceStyle.classify(0.5, 0.5));
    assertEquals(ServiceStyle.BY_THE_BOOK, ServiceStyle.classify(70, 60, 60, 75));
    assertEquals(Level.HIGH, ServiceStyle.BY_THE_BOOK.procedural());
    assertEquals(Level.LOW, ServiceStyle.BY_THE_BOOK.personal());
    assertEquals("按部就班型", ServiceStyle.BY_THE_BOOK.label(Locale.CHINESE));
    for (ServiceStyle s : ServiceStyle.values()) {
      assertEquals(s, ServiceStyle.of(s.procedural(), s.personal()));
    }
  }

  @Test
  void badInputNamesTheField() {
    CxValidationException e =
        assertThrows(CxValidationException.class, () -> ServiceStyle.classify(1.2, 0.5));
    assertEquals(
        "ServiceStyle.procedural must be a finite number within 0..1, was 1.2", e.getMessage());
    CxValidationException n =
        assertThrows(CxValidationException.class, () -> ServiceStyle.classify(0.5, Double.NaN));
    assertEquals(
        "ServiceStyle.personal must be a finite number within 0..1, was NaN", n.getMessage());
    CxValidationException t =
        assertThrows(
            CxValidationException.class,
            () -> ServiceStyle.classify(1, 1, Double.POSITIVE_INFINITY, 1));
    assertEquals(
        "ServiceStyle.proceduralThreshold must be a finite number, was Infinity", t.getMessage());
  }

  @Test
  void classificationIsMonotoneInBothSubScores() {
    qt().forAll(doubles().between(0, 1), doubles().between(0, 1), doubles().between(0, 1))
        .checkAssert(
            (procedural, personal, raise) -> {
              ServiceStyle before = ServiceStyle.classify(procedural, personal);
              double p2 = Math.min(1, procedural + raise);
              double q2 = Math.min(1, personal + raise);
              ServiceStyle up = ServiceStyle.classify(p2, q2);
              assertTrue(up.procedural().compareTo(before.procedural()) >= 0);
              assertTrue(up.personal().compareTo(before.personal()) >= 0);
              ServiceStyle upOne = ServiceStyle.classify(p2, personal);
              assertEquals(before.personal(), upOne.personal());
              assertTrue(upOne.procedural().compareTo(before.procedural()) >= 0);
            });
  }
}
