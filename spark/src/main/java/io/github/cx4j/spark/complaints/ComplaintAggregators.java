/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Complaint KPIs (ISO 10002:2018 clause 9.3; the same counts and Wilson rates as {@link
 * io.github.cx4j.complaints.kpi.ComplaintKpis}) as a Spark {@link Aggregator}. The rates, means and
 * sums are exact; the duration median and 90th percentile come from KLL sketches and carry their
 * rank error. Distinct customers, first-contact resolution and recurrence by root cause need more
 * than one row at a time and are computed by {@link CustomerKpis}.
 *
 * <p>Input rows follow {@link #INPUT}: {@code receivedAt, acknowledgedAt, firstResponseAt,
 * resolvedAt} (timestamps, null where absent), {@code reopens, bounces, escalationLevel} (int),
 * {@code outcome} (a {@link ClosureOutcome} code or null), {@code redress} (double) and {@code
 * satisfactionAfter} (0..1 or null).
 */
public final class ComplaintAggregators {
  /** The input schema of {@link #kpis()}. */
  public static final StructType INPUT =
      new StructType()
          .add("receivedAt", DataTypes.TimestampType)
          .add("acknowledgedAt", DataTypes.TimestampType)
          .add("firstResponseAt", DataTypes.TimestampType)
          .add("resolvedAt", DataTypes.TimestampType)
          .add("reopens", DataTypes.IntegerType)
          .add("bounces", DataTypes.IntegerType)
          .add("escalationLevel", DataTypes.IntegerType)
          .add("outcome", DataTypes.StringType)
          .add("redress", DataTypes.DoubleType)
          .add("satisfactionAfter", DataTypes.DoubleType);

  private static final String[] STAGES = {"acknowledgedAt", "firstResponseAt", "resolvedAt"};

  private ComplaintAggregators() {}

  /**
   * The KPI aggregator with sketches of size {@code 200}.
   *
   * @return the aggregator over rows of {@link #INPUT}
   */
  public static Aggregator<Row, ?, KpiRow> kpis() {
    return new KpiAggregator(200);
  }

  private static final class KpiAggregator extends Aggregator<Row, KpiBuffer, KpiRow> {
    private static final long serialVersionUID = 1L;
    private final int k;

    KpiAggregator(int k) {
      this.k = k;
    }

    @Override
    public KpiBuffer zero() {
      return new KpiBuffer(k);
    }

    @Override
    public KpiBuffer reduce(KpiBuffer b, Row row) {
      if (row.isNullAt(0)) {
        throw CxValidationException.of("ComplaintKpis.receivedAt", "not be null", "null");
      }
      long received = seconds(row.get(0));
      for (int s = 0; s < 3; s++) {
        if (!row.isNullAt(s + 1)) {
          long d = seconds(row.get(s + 1)) - received;
          if (d < 0) {
            throw CxValidationException.of(
                "ComplaintKpis." + STAGES[s],
                "not precede receivedAt " + row.get(0),
                row.get(s + 1));
          }
          b.durations[s].update(d);
        }
      }
      long[] c = b.counts;
      c[KpiBuffer.COMPLAINTS]++;
      if (count(row, 4) > 0) {
        c[KpiBuffer.REOPENED]++;
      }
      int bounces = count(row, 5);
      if (bounces > 0) {
        c[KpiBuffer.BOUNCED]++;
        c[KpiBuffer.BOUNCES] += bounces;
      }
      if (count(row, 6) > 0) {
        c[KpiBuffer.ESCALATED]++;
      }
      if (!row.isNullAt(7)) {
        ClosureOutcome o = outcome(row.getString(7));
        if (o == ClosureOutcome.UPHELD) {
          c[KpiBuffer.UPHELD]++;
          c[KpiBuffer.DECIDED]++;
        } else if (o == ClosureOutcome.NOT_UPHELD) {
          c[KpiBuffer.DECIDED]++;
        }
      }
      if (!row.isNullAt(8)) {
        double r = row.getDouble(8);
        if (!Double.isFinite(r) || r < 0) {
          throw CxValidationException.of("ComplaintKpis.redress", "be finite and at least 0", r);
        }
        b.sums[0] += r;
      }
      if (!row.isNullAt(9)) {
        double s = row.getDouble(9);
        if (!(s >= 0 && s <= 1)) {
          throw CxValidationException.of("ComplaintKpis.satisfactionAfter", "be within 0..1", s);
        }
        c[KpiBuffer.SATISFACTION_N]++;
        b.sums[1] += s;
        b.sums[2] += s * s;
      }
      return b;
    }

    private static ClosureOutcome outcome(String code) {
      for (ClosureOutcome o : ClosureOutcome.values()) {
        if (o.code().equals(code)) {
          return o;
        }
      }
      throw CxValidationException.of("ComplaintKpis.outcome", "be a ClosureOutcome code", code);
    }

    private static int count(Row row, int i) {
      if (row.isNullAt(i)) {
        return 0;
      }
      int v = row.getInt(i);
      if (v < 0) {
        throw CxValidationException.of(
            "ComplaintKpis." + INPUT.fieldNames()[i], "be at least 0", v);
      }
      return v;
    }

    private static long seconds(Object time) {
      if (time instanceof java.sql.Timestamp t) {
        return t.toInstant().getEpochSecond();
      }
      return ((Instant) time).getEpochSecond();
    }

    @Override
    public KpiBuffer merge(KpiBuffer a, KpiBuffer b) {
      for (int i = 0; i < a.counts.length; i++) {
        a.counts[i] += b.counts[i];
      }
      for (int i = 0; i < a.sums.length; i++) {
        a.sums[i] += b.sums[i];
      }
      for (int i = 0; i < 3; i++) {
        a.durations[i].merge(b.durations[i]);
      }
      return a;
    }

    @Override
    public KpiRow finish(KpiBuffer b) {
      long[] c = b.counts;
      long n = c[KpiBuffer.COMPLAINTS];
      KpiRow row = new KpiRow();
      row.setComplaints(n);
      Rate reopen = Rate.of(c[KpiBuffer.REOPENED], n);
      row.setReopenRate(reopen.value());
      row.setReopenLow(reopen.interval().low());
      row.setReopenHigh(reopen.interval().high());
      row.setBounceRate(Rate.of(c[KpiBuffer.BOUNCED], n).value());
      row.setMeanBounces(n == 0 ? 0 : c[KpiBuffer.BOUNCES] / (double) n);
      Rate esc = Rate.of(c[KpiBuffer.ESCALATED], n);
      row.setEscalationRate(esc.value());
      row.setEscalationLow(esc.interval().low());
      row.setEscalationHigh(esc.interval().high());
      Rate upheld = Rate.of(c[KpiBuffer.UPHELD], c[KpiBuffer.DECIDED]);
      row.setDecided(c[KpiBuffer.DECIDED]);
      row.setUpheldRate(upheld.value());
      row.setUpheldLow(upheld.interval().low());
      row.setUpheldHigh(upheld.interval().high());
      row.setRedress(b.sums[0]);
      long sn = c[KpiBuffer.SATISFACTION_N];
      row.setSatisfactionN(sn);
      if (sn > 0) {
        double mean = b.sums[1] / sn;
        double var = sn > 1 ? Math.max(0, (b.sums[2] - sn * mean * mean) / (sn - 1)) : 0;
        row.setSatisfactionMean(mean);
        row.setSatisfactionSe(Math.sqrt(var / sn));
      }
      double error = 0;
      KllDoublesSketch[] d = b.durations;
      row.setAcknowledged(d[0].getN());
      row.setAnswered(d[1].getN());
      row.setResolved(d[2].getN());
      for (int s = 0; s < 3; s++) {
        if (d[s].isEmpty()) {
          continue;
        }
        double median = d[s].getQuantile(0.5, QuantileSearchCriteria.INCLUSIVE);
        double p90 = d[s].getQuantile(0.9, QuantileSearchCriteria.INCLUSIVE);
        if (s == 0) {
          row.setAcknowledgeMedianSeconds(median);
          row.setAcknowledgeP90Seconds(p90);
        } else if (s == 1) {
          row.setFirstResponseMedianSeconds(median);
          row.setFirstResponseP90Seconds(p90);
        } else {
          row.setResolutionMedianSeconds(median);
          row.setResolutionP90Seconds(p90);
        }
        if (d[s].isEstimationMode()) {
          error = Math.max(error, d[s].getNormalizedRankError(false));
        }
      }
      row.setRankError(error);
      return row;
    }

    @Override
    public Encoder<KpiBuffer> bufferEncoder() {
      return Encoders.javaSerialization(KpiBuffer.class);
    }

    @Override
    public Encoder<KpiRow> outputEncoder() {
      return Encoders.bean(KpiRow.class);
    }
  }
}
