/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.io.CategoryColumn;
import io.github.cx4j.io.ColumnSpec;
import io.github.cx4j.io.DelimitedReader;
import io.github.cx4j.io.Table;
import io.github.cx4j.scoring.survey.InputPolicy;
import io.github.cx4j.scoring.survey.Nps;
import io.github.cx4j.scoring.survey.NpsResult;
import io.github.cx4j.scoring.survey.NpsScale;
import io.github.cx4j.scoring.survey.SurveyAccumulator;
import io.github.cx4j.scoring.value.BgNbd;
import io.github.cx4j.scoring.value.ValueFit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The batch job of the README: load a purchase file through cx4j-io and score it. */
class BatchJobExampleTest {
  @TempDir Path dir;

  @Test
  void loadsPurchasesAndFitsBgNbd() throws IOException {
    Path file = dir.resolve("purchases.csv");
    StringBuilder csv = new StringBuilder("customer,date,amount\n");
    SplittableRandom random = new SplittableRandom(7);
    for (int i = 0; i < 20_000; i++) {
      int c = i < 2000 ? i : random.nextInt(2000);
      csv.append('C')
          .append(c)
          .append(',')
          .append(LocalDate.of(1997, 1, 1).plusDays(random.nextInt(540)))
          .append(',')
          .append(random.nextInt(100, 5000) / 100.0)
          .append('\n');
    }
    Files.writeString(file, csv);

    // --- README snippet ---
    Table t =
        DelimitedReader.builder()
            .columns(
                ColumnSpec.category("customer"),
                ColumnSpec.date("date"),
                ColumnSpec.decimal("amount"))
            .build()
            .read(file);
    CategoryColumn ids = t.categories("customer");
    TransactionLog log =
        TransactionLog.ofColumns(
            ids.values().stream().map(CustomerId::of).toList(),
            ids.codes(),
            t.epochDays("date"),
            t.doubles("amount"));
    RepeatSummaries s =
        ActivitySummaries.repeat(log, SummarySpec.of(LocalDate.of(1998, 6, 30), SummarySpec.WEEKS));
    ValueFit fit = BgNbd.fit(s.frequency(), s.recency(), s.age());
    // --- end of snippet ---

    assertEquals(20_000, log.size());
    assertEquals(2000, s.size());
    assertTrue(fit.converged(), fit.toString());
    assertTrue(fit.param("r") > 0, fit.toString());
  }

  @Test
  void streamsScoresIntoOneAccumulator() throws IOException {
    Path file = dir.resolve("scores.csv");
    StringBuilder csv = new StringBuilder("score\n");
    for (int i = 0; i < 10_000; i++) {
      csv.append(i % 11).append('\n');
    }
    Files.writeString(file, csv);

    // --- README snippet (streaming) ---
    SurveyAccumulator<NpsResult> acc =
        Nps.accumulator(NpsScale.STANDARD, InputPolicy.REJECT_INVALID);
    DelimitedReader.builder()
        .column(ColumnSpec.integer("score").range(0, 10, "expected a score within 0..10"))
        .build()
        .stream(
            file.toString(),
            chunk -> {
              for (int score : chunk.ints("score")) {
                acc.add(score);
              }
            });
    NpsResult nps = acc.result();
    // --- end of snippet ---

    assertEquals(10_000, nps.n());
    assertEquals(Nps.of(scores()).promoters(), nps.promoters());
  }

  private static int[] scores() {
    int[] s = new int[10_000];
    for (int i = 0; i < s.length; i++) {
      s[i] = i % 11;
    }
    return s;
  }
}
