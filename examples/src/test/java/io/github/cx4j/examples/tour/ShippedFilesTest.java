/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.cx4j.core.activity.ActivitySummaries;
import io.github.cx4j.core.activity.CalibrationHoldout;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import io.github.cx4j.examples.activity.CdnowSample;
import io.github.cx4j.examples.activity.TimeUnits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The derived files that the repository ships for the tour's commands equal what the library
 * computes from the bundled data, so they cannot drift from it. Rewrite them with {@code ./mvnw -B
 * -o -q -pl examples -am test -Dtest=ShippedFilesTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dcx4j.writeShipped=true}.
 */
class ShippedFilesTest {
  static final Path HOLDOUT = Path.of("src/main/resources/examples/cdnow-holdout.csv");

  /**
   * The CDNOW calibration summaries in weeks to 1997-09-30 with each customer's purchase days in
   * the 39-week holdout, as {@code clv compare --holdout-column holdout --holdout-length 39} reads
   * them.
   */
  static String cdnowHoldout() {
    CalibrationHoldout split =
        ActivitySummaries.calibrationHoldout(
            CdnowSample.load(),
            SummarySpec.of(CdnowSample.CALIBRATION_END, SummarySpec.WEEKS),
            CdnowSample.DATA_END);
    RepeatSummaries s = split.calibration();
    StringBuilder csv =
        new StringBuilder(TimeUnits.SUMMARY_COMMENT)
            .append(" convention=repeat unit=P7D end=")
            .append(CdnowSample.CALIBRATION_END)
            .append('\n')
            .append("customer,frequency,recency,T,holdout\n");
    for (int i = 0; i < s.size(); i++) {
      csv.append(s.customer(i).value())
          .append(',')
          .append(s.frequency(i))
          .append(',')
          .append(s.recency(i))
          .append(',')
          .append(s.age(i))
          .append(',')
          .append(split.holdoutFrequency()[i])
          .append('\n');
    }
    return csv.toString();
  }

  @Test
  void theCdnowHoldoutSummaryIsTheLibrarysSplit() throws IOException {
    String expected = cdnowHoldout();
    if (Boolean.getBoolean("cx4j.writeShipped")) {
      Files.writeString(HOLDOUT, expected, StandardCharsets.UTF_8);
    }
    assertEquals(expected, Files.readString(HOLDOUT, StandardCharsets.UTF_8));
  }
}
