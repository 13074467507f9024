/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.core.activity.TransactionLog;
import io.github.cx4j.report.segmentation.SegmentationCharts;
import io.github.cx4j.report.value.ClvReport;
import io.github.cx4j.scoring.value.ValueModelKind;
import io.github.cx4j.segmentation.rfm.RfmSegmentation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Reports aggregate before they draw: the page of a large customer base is as large as that of a
 * small one. The million-customer run (with {@code -Dcx4j.large=true}) writes the pages whose size
 * and load time docs/benchmarks.md records; no time is asserted.
 */
class LargeReportTest {
  static final ReportText EN = ReportText.of(Locale.ENGLISH);

  static Report rfm(TransactionLog log) {
    return SegmentationCharts.report(
        ActivitySummaries.rfm(log, SummarySpec.of(Fixtures.HOLDOUT_END, SummarySpec.DAYS)),
        5,
        false,
        RfmSegmentation.rfm(),
        "simulated",
        EN);
  }

  static Report clv(TransactionLog log) {
    return ClvReport.build(
        log,
        Fixtures.CALIBRATION_END,
        Fixtures.HOLDOUT_END,
        ValueModelKind.BGNBD,
        List.of(ValueModelKind.BGNBD, ValueModelKind.MBGNBD),
        "simulated",
        EN);
  }

  static int bytes(Report r) {
    return r.toHtml().getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void pageSizeDoesNotGrowWithTheCustomers() {
    TransactionLog small = Fixtures.purchases(2_000, 21);
    TransactionLog large = Fixtures.purchases(60_000, 22);
    int rfmSmall = bytes(rfm(small));
    int rfmLarge = bytes(rfm(large));
    int clvSmall = bytes(clv(small));
    int clvLarge = bytes(clv(large));
    assertTrue(rfmLarge < 1.25 * rfmSmall, rfmSmall + " -> " + rfmLarge);
    assertTrue(clvLarge < 1.25 * clvSmall, clvSmall + " -> " + clvLarge);
    assertEquals(rfm(small).blocks().size(), rfm(large).blocks().size());
  }

  @Test
  @EnabledIfSystemProperty(named = "cx4j.large", matches = "true")
  void millionCustomers() throws Exception {
    long t0 = System.nanoTime();
    TransactionLog log = Fixtures.purchases(1_000_000, 23);
    long t1 = System.nanoTime();
    Report clv = clv(log);
    long t2 = System.nanoTime();
    Report rfm = rfm(log);
    long t3 = System.nanoTime();
    Path clvFile = clv.write(ReportPagesTest.OUT.resolve("large-clv.html"), false);
    Path rfmFile = rfm.write(ReportPagesTest.OUT.resolve("large-rfm.html"), false);
    System.out.printf(
        Locale.ROOT,
        "1M customers, %,d purchases: generate %.1f s, CLV report %.1f s (%,d bytes), RFM report"
            + " %.1f s (%,d bytes)%n",
        log.size(),
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        Files.size(clvFile),
        (t3 - t2) / 1e9,
        Files.size(rfmFile));
    assertTrue(Files.size(clvFile) < 5_000_000);
    assertTrue(Files.size(rfmFile) < 5_000_000);
    if (Chromium.available()) {
      try (Chromium browser = new Chromium()) {
        for (Path f : List.of(clvFile, rfmFile, clvFile, rfmFile)) {
          Chromium.Load load = browser.open(f, 1280);
          assertEquals(List.of(), load.errors());
          System.out.printf(
              Locale.ROOT,
              "%s: load event after %d ms (navigation to load), page script at %d ms%n",
              f.getFileName(),
              load.loadMillis(),
              load.status().path("ms").asLong());
        }
      }
    }
  }
}
