/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;

import io.github.cx4j.core.CxValidationException;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** The sub-status code rule, checked without a regular expression, against the regular one. */
class SubStatusCodeTest {
  private static final String ALPHABET = "az09-_A. ";

  private static Gen<String> codes() {
    return SourceDSL.lists()
        .of(SourceDSL.integers().between(0, ALPHABET.length() - 1))
        .ofSizeBetween(1, 7)
        .map(
            picks -> {
              StringBuilder b = new StringBuilder();
              for (int i : picks) {
                b.append(ALPHABET.charAt(i));
              }
              return b.toString();
            });
  }

  @Test
  void aCodeIsAcceptedExactlyWhenItMatchesThePattern() {
    qt().withExamples(2000)
        .withFixedSeed(20261203L)
        .forAll(codes())
        .checkAssert(
            code -> {
              boolean pattern = code.matches("[a-z0-9]+(-[a-z0-9]+)*");
              boolean accepted;
              try {
                SubStatus.of(code, StatusCategory.OPEN);
                accepted = true;
              } catch (CxValidationException e) {
                accepted = false;
              }
              assertEquals(pattern, accepted, "code \"" + code + "\"");
            });
  }

  @Test
  void aBadCodeIsNamed() {
    CxValidationException e =
        assertThrows(
            CxValidationException.class,
            () -> SubStatus.of("awaiting--parts", StatusCategory.OPEN));
    assertEquals(
        CxValidationException.of(
                "SubStatus.code",
                "be lower-case letters, digits and single dashes",
                "awaiting--parts")
            .getMessage(),
        e.getMessage());
  }
}
