/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.scoring.logging.CapturingProvider;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A fit records its start, each phase's iterations and its convergence at debug level. */
class FitLoggingTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void aFitLogsStartIterationsAndConvergenceAtDebug() {
    CapturingProvider.start();
    ValueFit fit = BgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    List<String> records = CapturingProvider.stop();
    String logger = "DEBUG io.github.cx4j.scoring.value.MleFitter ";
    assertTrue(
        records.get(0).startsWith(logger + "bgnbd fit: " + fit.patterns() + " patterns, 2357.0"),
        records.toString());
    assertTrue(
        records.stream().anyMatch(r -> r.startsWith(logger + "explore: ")), records.toString());
    assertTrue(
        records.stream().anyMatch(r -> r.startsWith(logger + "polish (Newton): ")),
        records.toString());
    String last = records.get(records.size() - 1);
    assertTrue(
        last.startsWith(
            logger
                + "bgnbd fit converged after "
                + fit.iterations()
                + " iterations: log-likelihood "),
        last);
    assertTrue(records.stream().allMatch(r -> r.startsWith("DEBUG ")), records.toString());
    assertEquals(List.of(), CapturingProvider.stop());
  }
}
