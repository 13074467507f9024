/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.survey;

import io.github.cx4j.scoring.quality.Kano;
import io.github.cx4j.scoring.quality.KanoFeatureResult;
import io.github.cx4j.scoring.survey.InputPolicy;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Kano counts of (functional, dysfunctional) rows, each answer 1-5, null if unanswered; the buffer
 * holds the six category counts (A, O, M, I, R, Q) and the skipped counts, the same rules as {@link
 * io.github.cx4j.scoring.quality.KanoAccumulator}.
 */
final class KanoAggregator extends Aggregator<Row, ScoreHistogram, KanoRow> {
  private static final long serialVersionUID = 1L;
  private final InputPolicy policy;

  KanoAggregator(InputPolicy policy) {
    this.policy = policy;
  }

  @Override
  public ScoreHistogram zero() {
    return new ScoreHistogram(6);
  }

  @Override
  public ScoreHistogram reduce(ScoreHistogram b, Row row) {
    boolean fNull = row.isNullAt(0);
    boolean dNull = row.isNullAt(1);
    int f = fNull ? 0 : ((Number) row.get(0)).intValue();
    int d = dNull ? 0 : ((Number) row.get(1)).intValue();
    boolean fOk = !fNull && f >= 1 && f <= 5;
    boolean dOk = !dNull && d >= 1 && d <= 5;
    if (fOk && dOk) {
      b.counts[Kano.classify(f, d).ordinal()]++;
    } else if ((fNull || fOk) && (dNull || dOk)) {
      if (policy == InputPolicy.REJECT) {
        throw io.github.cx4j.core.CxValidationException.withMessage(
            "Kano.answers", "Kano.answers must be answered under policy REJECT, was unanswered");
      }
      b.missing++;
    } else {
      if (policy != InputPolicy.SKIP) {
        Kano.classify(fNull ? 1 : f, dNull ? 1 : d); // throws, naming the bad answer
      }
      b.invalid++;
    }
    return b;
  }

  @Override
  public ScoreHistogram merge(ScoreHistogram a, ScoreHistogram b) {
    return a.merge(b);
  }

  @Override
  public KanoRow finish(ScoreHistogram b) {
    KanoRow row = new KanoRow();
    long[] c = b.counts;
    row.setAttractive(c[0]);
    row.setOneDimensional(c[1]);
    row.setMustBe(c[2]);
    row.setIndifferent(c[3]);
    row.setReverse(c[4]);
    row.setQuestionable(c[5]);
    row.setMissing(b.missing);
    row.setInvalid(b.invalid);
    long n = b.n();
    row.setN(n);
    if (n == 0) {
      return row;
    }
    KanoFeatureResult r = Kano.evaluate("feature", c);
    row.setDominant(r.dominant().code());
    row.setBetter(r.better());
    row.setWorse(r.worse());
    return row;
  }

  @Override
  public Encoder<ScoreHistogram> bufferEncoder() {
    return Encoders.javaSerialization(ScoreHistogram.class);
  }

  @Override
  public Encoder<KanoRow> outputEncoder() {
    return Encoders.bean(KanoRow.class);
  }
}
