/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udaf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.kpi.ComplaintColumns;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.spark.Spark;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;

class ComplaintAggregatorsTest {
  private static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

  @Test
  void ratesAndSatisfactionEqualComplaintKpisAndDurationsAreWithinTheRankError() {
    int n = 1500;
    SplittableRandom rng = new SplittableRandom(9);
    long[] received = new long[n];
    long[] ack = new long[n];
    long[] first = new long[n];
    long[] resolved = new long[n];
    int[] reopens = new int[n];
    int[] bounces = new int[n];
    int[] escalation = new int[n];
    byte[] outcome = new byte[n];
    double[] redress = new double[n];
    double[] satisfaction = new double[n];
    List<Row> rows = new ArrayList<>();
    ClosureOutcome[] outcomes = ClosureOutcome.values();
    for (int i = 0; i < n; i++) {
      received[i] = START + rng.nextInt(86_400 * 60);
      ack[i] = rng.nextInt(10) == 0 ? ComplaintColumns.NONE : received[i] + rng.nextInt(7200);
      first[i] = received[i] + 60 + rng.nextInt(86_400);
      resolved[i] =
          rng.nextInt(4) == 0 ? ComplaintColumns.NONE : first[i] + rng.nextInt(86_400 * 5);
      reopens[i] = rng.nextInt(8) == 0 ? 1 : 0;
      bounces[i] = rng.nextInt(5) == 0 ? 1 + rng.nextInt(3) : 0;
      escalation[i] = rng.nextInt(6) == 0 ? 1 : 0;
      outcome[i] = (byte) (rng.nextInt(3) == 0 ? -1 : rng.nextInt(outcomes.length));
      redress[i] = rng.nextInt(10) == 0 ? 25.0 : 0.0;
      satisfaction[i] = rng.nextInt(2) == 0 ? -1 : rng.nextInt(5) / 4.0;
      rows.add(
          RowFactory.create(
              ts(received[i]),
              ts(ack[i]),
              ts(first[i]),
              ts(resolved[i]),
              reopens[i],
              bounces[i],
              escalation[i],
              outcome[i] < 0 ? null : outcomes[outcome[i]].code(),
              redress[i],
              satisfaction[i] < 0 ? null : satisfaction[i]));
    }
    int[] customer = new int[n];
    byte[] none = new byte[n];
    Arrays.fill(none, (byte) -1);
    ComplaintColumns columns =
        new ComplaintColumns(
            customer,
            new int[n],
            List.of("all"),
            received,
            ack,
            first,
            resolved,
            reopens,
            bounces,
            escalation,
            outcome,
            none,
            none,
            redress,
            satisfaction);
    KpiReport expected = ComplaintKpis.of(columns, KpiOptions.defaults());
    Dataset<Row> table =
        Spark.session().createDataFrame(rows, ComplaintAggregators.INPUT).repartition(3);
    KpiRow got =
        table.select(ComplaintAggregators.kpis().toColumn()).as(Encoders.bean(KpiRow.class)).head();
    assertEquals(expected.complaints(), got.getComplaints());
    assertEquals(expected.reopenRate().value(), got.getReopenRate(), 1e-12);
    assertEquals(expected.reopenRate().interval().low(), got.getReopenLow(), 1e-12);
    assertEquals(expected.bounceRate().value(), got.getBounceRate(), 1e-12);
    assertEquals(expected.meanBounces(), got.getMeanBounces(), 1e-12);
    assertEquals(expected.escalationRate().interval().high(), got.getEscalationHigh(), 1e-12);
    assertEquals(expected.upheldRate().value(), got.getUpheldRate(), 1e-12);
    assertEquals(expected.upheldRate().n(), got.getDecided());
    assertEquals(expected.satisfactionAfterResolution().n(), got.getSatisfactionN());
    assertEquals(expected.satisfactionAfterResolution().mean(), got.getSatisfactionMean(), 1e-12);
    assertEquals(
        expected.satisfactionAfterResolution().standardError(), got.getSatisfactionSe(), 1e-12);
    assertEquals(expected.timeToResolution().n(), got.getResolved());
    assertEquals(expected.timeToAcknowledge().n(), got.getAcknowledged());
    double err = got.getRankError();
    assertTrue(err > 0 && err < 0.02);
    long[] durations = new long[n];
    int m = 0;
    for (int i = 0; i < n; i++) {
      if (resolved[i] != ComplaintColumns.NONE) {
        durations[m++] = resolved[i] - received[i];
      }
    }
    long[] sorted = Arrays.copyOf(durations, m);
    Arrays.sort(sorted);
    assertTrue(Math.abs(rank(sorted, got.getResolutionMedianSeconds()) - 0.5) <= err);
    assertTrue(Math.abs(rank(sorted, got.getResolutionP90Seconds()) - 0.9) <= err);
    double libraryMedian = expected.timeToResolution().median().getSeconds();
    assertTrue(
        Math.abs(rank(sorted, libraryMedian) - rank(sorted, got.getResolutionMedianSeconds()))
            <= err + 1e-3);
    Row sql =
        table
            .agg(
                udaf(ComplaintAggregators.kpis(), Encoders.row(ComplaintAggregators.INPUT))
                    .apply(
                        Arrays.stream(ComplaintAggregators.INPUT.fieldNames())
                            .map(org.apache.spark.sql.functions::col)
                            .toArray(org.apache.spark.sql.Column[]::new)))
            .head()
            .getStruct(0);
    assertEquals(got.getReopenRate(), (double) sql.getAs("reopenRate"), 0.0);
  }

  private static double rank(long[] sorted, double q) {
    int below = 0;
    while (below < sorted.length && sorted[below] <= q) {
      below++;
    }
    return below / (double) sorted.length;
  }

  private static Timestamp ts(long seconds) {
    return seconds == ComplaintColumns.NONE ? null : Timestamp.from(Instant.ofEpochSecond(seconds));
  }

  @Test
  void aTimeBeforeReceiptOrAnUnknownOutcomeFailsNamingTheField() {
    Row early = RowFactory.create(ts(START), ts(START - 10), null, null, 0, 0, 0, null, 0.0, null);
    Dataset<Row> t = Spark.session().createDataFrame(List.of(early), ComplaintAggregators.INPUT);
    Exception e =
        assertThrows(
            Exception.class, () -> t.select(ComplaintAggregators.kpis().toColumn()).head());
    assertTrue(
        String.valueOf(e.getMessage())
            .contains("ComplaintKpis.acknowledgedAt must not precede receivedAt"),
        e.getMessage());
    Row odd = RowFactory.create(ts(START), null, null, null, 0, 0, 0, "MAYBE", 0.0, null);
    Dataset<Row> u = Spark.session().createDataFrame(List.of(odd), ComplaintAggregators.INPUT);
    Exception f =
        assertThrows(
            Exception.class, () -> u.select(ComplaintAggregators.kpis().toColumn()).head());
    assertTrue(
        String.valueOf(f.getMessage())
            .contains("ComplaintKpis.outcome must be a ClosureOutcome code, was \"MAYBE\""),
        f.getMessage());
    assertTrue(col("x") != null);
  }
}
