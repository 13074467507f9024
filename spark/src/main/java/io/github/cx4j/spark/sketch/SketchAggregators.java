/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.sketch;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.segmentation.rfm.CutPointMethod;
import io.github.cx4j.segmentation.rfm.RfmCutPoints;
import io.github.cx4j.segmentation.rfm.RfmSketch;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Aggregator;

/**
 * Quantiles and RFM cut points through KLL sketches (Karnin, Lang and Liberty 2016, "Optimal
 * quantile approximation in streams", FOCS; Apache DataSketches), as Spark {@link Aggregator}s
 * whose buffers are the sketches' compact byte form. Results carry the sketch's normalised rank
 * error: a returned quantile's rank in the data is within that error of the requested rank (with
 * 99% confidence); while a sketch holds every value (fewer than about {@code k} values) it is exact
 * and the error is 0.
 */
public final class SketchAggregators {
  /** The default sketch size, as {@link RfmSketch#DEFAULT_K}. */
  public static final int DEFAULT_K = RfmSketch.DEFAULT_K;

  private SketchAggregators() {}

  /**
   * Quantiles of a double column at the given ranks.
   *
   * @param k the sketch size (8..65535): the rank error is about 1.65 / k
   * @param ranks the ranks in [0, 1], for example 0.5 and 0.9
   * @return the aggregator; null inputs are skipped, NaN and infinities rejected
   */
  public static Aggregator<Double, ?, QuantilesRow> quantiles(int k, double... ranks) {
    checkK("SketchAggregators.k", k);
    if (ranks.length == 0) {
      throw CxValidationException.of("SketchAggregators.ranks", "not be empty", 0);
    }
    for (int i = 0; i < ranks.length; i++) {
      if (!(ranks[i] >= 0 && ranks[i] <= 1)) {
        throw CxValidationException.of(
            "SketchAggregators.ranks[" + i + "]", "be within 0..1", ranks[i]);
      }
    }
    return new QuantileAggregator(k, ranks.clone());
  }

  /**
   * RFM cut points of rows {@code (recency, frequency, monetary)}: the {@code bins - 1} inner
   * quantiles of each column, as {@link RfmSketch#cutPoints(int)} gives them.
   *
   * @param bins the number of bins (2..9)
   * @param k the sketch size
   * @return the aggregator
   */
  public static Aggregator<Row, ?, CutPointsRow> rfmCutPoints(int bins, int k) {
    if (bins < 2 || bins > RfmCutPoints.MAX_BINS) {
      throw CxValidationException.of(
          "SketchAggregators.bins", "be within 2.." + RfmCutPoints.MAX_BINS, bins);
    }
    checkK("SketchAggregators.k", k);
    return new CutPointAggregator(bins, k);
  }

  /**
   * The library's cut points from an aggregated row, method {@link CutPointMethod#SKETCH}.
   *
   * @param row the row from {@link #rfmCutPoints}
   * @return the cut points
   * @throws CxValidationException if the row's group had no customer
   */
  public static RfmCutPoints cutPoints(CutPointsRow row) {
    if (row.getN() == 0) {
      throw CxValidationException.of("CutPointsRow.n", "be at least 1", 0);
    }
    return RfmCutPoints.builder()
        .from(
            RfmCutPoints.of(row.getBins(), row.getRecency(), row.getFrequency(), row.getMonetary()))
        .method(CutPointMethod.SKETCH)
        .rankError(row.getRankError())
        .n(row.getN())
        .build();
  }

  private static void checkK(String field, int k) {
    if (k < 8 || k > KllSketch.MAX_K) {
      throw CxValidationException.of(field, "be within 8.." + KllSketch.MAX_K, k);
    }
  }

  private static final class QuantileAggregator
      extends Aggregator<Double, KllBuffer, QuantilesRow> {
    private static final long serialVersionUID = 1L;
    private final int k;
    private final double[] ranks;

    QuantileAggregator(int k, double[] ranks) {
      this.k = k;
      this.ranks = ranks;
    }

    @Override
    public KllBuffer zero() {
      return new KllBuffer(KllDoublesSketch.newHeapInstance(k));
    }

    @Override
    public KllBuffer reduce(KllBuffer b, Double value) {
      if (value != null) {
        if (!Double.isFinite(value)) {
          throw CxValidationException.of("SketchAggregators.value", "be finite", value);
        }
        b.sketch.update(value == 0.0 ? 0.0 : value);
      }
      return b;
    }

    @Override
    public KllBuffer merge(KllBuffer a, KllBuffer b) {
      a.sketch.merge(b.sketch);
      return a;
    }

    @Override
    public QuantilesRow finish(KllBuffer b) {
      KllDoublesSketch s = b.sketch;
      QuantilesRow row = new QuantilesRow();
      row.setRanks(ranks.clone());
      row.setN(s.getN());
      if (s.isEmpty()) {
        return row;
      }
      row.setValues(s.getQuantiles(ranks, QuantileSearchCriteria.INCLUSIVE));
      row.setRankError(s.isEstimationMode() ? s.getNormalizedRankError(false) : 0.0);
      row.setMin(s.getMinItem());
      row.setMax(s.getMaxItem());
      return row;
    }

    @Override
    public Encoder<KllBuffer> bufferEncoder() {
      return Encoders.javaSerialization(KllBuffer.class);
    }

    @Override
    public Encoder<QuantilesRow> outputEncoder() {
      return Encoders.bean(QuantilesRow.class);
    }
  }

  private static final class CutPointAggregator extends Aggregator<Row, RfmBuffer, CutPointsRow> {
    private static final long serialVersionUID = 1L;
    private final int bins;
    private final int k;

    CutPointAggregator(int bins, int k) {
      this.bins = bins;
      this.k = k;
    }

    @Override
    public RfmBuffer zero() {
      return new RfmBuffer(RfmSketch.create(k));
    }

    @Override
    public RfmBuffer reduce(RfmBuffer b, Row row) {
      for (int j = 0; j < 3; j++) {
        if (row.isNullAt(j)) {
          throw CxValidationException.of(
              "SketchAggregators.rfm." + new String[] {"recency", "frequency", "monetary"}[j],
              "not be null",
              "null");
        }
      }
      b.sketch.update(
          ((Number) row.get(0)).doubleValue(),
          ((Number) row.get(1)).intValue(),
          ((Number) row.get(2)).doubleValue());
      return b;
    }

    @Override
    public RfmBuffer merge(RfmBuffer a, RfmBuffer b) {
      a.sketch.merge(b.sketch);
      return a;
    }

    @Override
    public CutPointsRow finish(RfmBuffer b) {
      CutPointsRow row = new CutPointsRow();
      row.setBins(bins);
      row.setN(b.sketch.n());
      if (b.sketch.n() == 0) {
        return row;
      }
      RfmCutPoints cuts = b.sketch.cutPoints(bins);
      row.setRecency(unboxed(cuts.recency()));
      row.setFrequency(unboxed(cuts.frequency()));
      row.setMonetary(unboxed(cuts.monetary()));
      row.setRankError(cuts.rankError());
      return row;
    }

    private static double[] unboxed(java.util.List<Double> values) {
      return values.stream().mapToDouble(Double::doubleValue).toArray();
    }

    @Override
    public Encoder<RfmBuffer> bufferEncoder() {
      return Encoders.javaSerialization(RfmBuffer.class);
    }

    @Override
    public Encoder<CutPointsRow> outputEncoder() {
      return Encoders.bean(CutPointsRow.class);
    }
  }
}
