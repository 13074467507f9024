/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.Interval;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.Transaction;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.BgNbdModel;
import io.github.cx4j.scoring.value.ValueFit;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's short example, kept compiling and checked against its published numbers. */
class ReadmeExampleTest {

  @Test
  void theReadmeExampleRunsAndGivesThePublishedNumbers() {
    NpsResult nps = Nps.of(9, 10, 7, 3, 9, 8, 10, 6);
    // 4 promoters, 2 passives, 2 detractors of 8: (4 - 2) / 8 = 25 points
    assertEquals(25.0, nps.points(), 1e-12);
    Interval interval = nps.scoreInterval(0.95);
    assertTrue(interval.low() < 0.25 && 0.25 < interval.high(), interval.toString());
    // the README prints the score and its interval in the same units, points on -100..100
    Interval ci = nps.scoreInterval(0.95);
    String printed =
        String.format(
            java.util.Locale.ROOT,
            "NPS %.1f points (-100..100), 95%% score interval [%.1f, %.1f] points%n",
            nps.points(),
            100 * ci.low(),
            100 * ci.high());
    assertTrue(
        printed.matches(
            "NPS 25\\.0 points \\(-100\\.\\.100\\), 95% score interval \\[-?\\d+\\.\\d,"
                + " \\d+\\.\\d\\] points\\R"),
        printed);
    assertTrue(100 * ci.low() >= -100 && 100 * ci.high() <= 100, printed);

    List<Transaction> purchases = CdnowSample.load().toList();
    TransactionLog log = TransactionLog.of(purchases);
    RepeatSummaries summaries =
        ActivitySummaries.repeat(log, LocalDate.of(1997, 9, 30), Duration.ofDays(7));
    ValueFit fit = BgNbd.fit(summaries.frequency(), summaries.recency(), summaries.age());
    BgNbdModel model = fit.as(BgNbdModel.class);
    assertTrue(fit.converged());
    // Fader, Hardie & Lee (2005): r 0.243, alpha 4.414, a 0.793, b 2.426, LL -9582.4
    assertEquals(0.243, model.r(), 0.0005);
    assertEquals(4.414, model.alpha(), 0.0005);
    assertEquals(0.793, model.a(), 0.0005);
    assertEquals(2.426, model.b(), 0.0005);
    assertEquals(-9582.4, fit.logLikelihood(), 0.05);
    double alive = model.probabilityAlive(2, 30.43, 38.86);
    assertTrue(alive > 0 && alive < 1, "P(alive) " + alive);
  }

  /**
   * Issue 21, item 5: the README's build line shows Maven's progress (a {@code -q} build printed
   * nothing for two minutes) and is the one that builds the jar the tour runs from.
   */
  @Test
  void theReadmeBuildLineShowsProgress() throws java.io.IOException {
    List<String> lines =
        java.nio.file.Files.readAllLines(java.nio.file.Path.of("../README.md")).stream()
            .filter(l -> l.startsWith("./mvnw "))
            .toList();
    assertEquals(
        "./mvnw -B -ntp package -DskipTests && java -jar examples/target/cx4j.jar tour",
        lines.get(0));
    assertTrue(lines.stream().noneMatch(l -> l.contains(" -q")), lines.toString());
  }
}
