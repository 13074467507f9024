/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.segmentation.rfm;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.RfmSummary;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.stream.Collector;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllSketch;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.quantilescommon.QuantileSearchCriteria;

/**
 * A mergeable summary of the recency, frequency and monetary distributions of a customer base, for
 * data that arrives in parts or lives in a distributed engine: three KLL quantile sketches (Karnin,
 * Lang and Liberty 2016, "Optimal quantile approximation in streams", as implemented by Apache
 * DataSketches 6.2). Each part builds its own sketch, the parts are {@link #merge merged} in any
 * order and grouping, and {@link #cutPoints(int)} gives cut points whose ranks are within {@link
 * #rankError()} of the targets {@code k / bins} with 99% confidence.
 *
 * <p>Memory is {@code O(k log(n/k))} per dimension, a few kilobytes, whatever the number of
 * customers. Sketches serialise with {@link #toByteArray()} for shipping between workers. The
 * sketch compacts its buffers with DataSketches' internal random coin flips, which cannot be
 * seeded: two runs may differ in the last digits of a cut point, always within the stated rank
 * error. Use exact cut points ({@link Rfm#cutPoints}) where bit-for-bit reproducibility matters.
 *
 * <p>Not thread-safe: give each thread its own sketch and merge them.
 */
public final class RfmSketch {
  /** The default accuracy parameter k: a normalised rank error of about 1.3%. */
  public static final int DEFAULT_K = 200;

  private static final int CHUNK = 4096;
  private static final int COUNTED_MIN = 1 << 16;
  private static final int COUNTED_RANGE = 1 << 16;
  private static final int MAGIC = 0x52464d31; // "RFM1"

  private final KllDoublesSketch recency;
  private final KllDoublesSketch frequency;
  private final KllDoublesSketch monetary;

  private RfmSketch(
      KllDoublesSketch recency, KllDoublesSketch frequency, KllDoublesSketch monetary) {
    this.recency = recency;
    this.frequency = frequency;
    this.monetary = monetary;
  }

  /**
   * An empty sketch with {@link #DEFAULT_K}.
   *
   * @return the sketch
   */
  public static RfmSketch create() {
    return create(DEFAULT_K);
  }

  /**
   * An empty sketch with accuracy parameter {@code k}: the rank error falls roughly as {@code 1.65
   * / k^0.99} (Apache DataSketches' table).
   *
   * @param k the accuracy parameter, {@code 8..65535}
   * @return the sketch
   * @throws CxValidationException if k is out of range
   */
  public static RfmSketch create(int k) {
    if (k < 8 || k > KllSketch.MAX_K) {
      throw CxValidationException.of("RfmSketch.k", "be within 8.." + KllSketch.MAX_K, k);
    }
    return new RfmSketch(
        KllDoublesSketch.newHeapInstance(k),
        KllDoublesSketch.newHeapInstance(k),
        KllDoublesSketch.newHeapInstance(k));
  }

  /**
   * Adds one customer.
   *
   * @param recencyDays days since the last purchase, {@code >= 0}
   * @param purchases number of purchases, {@code >= 0}
   * @param value monetary value, finite
   * @return this sketch
   * @throws CxValidationException if a value is outside its domain
   */
  public RfmSketch update(double recencyDays, int purchases, double value) {
    Rfm.checkColumns(new double[] {recencyDays}, new int[] {purchases}, new double[] {value});
    recency.update(recencyDays == 0.0 ? 0.0 : recencyDays);
    frequency.update(purchases);
    monetary.update(value == 0.0 ? 0.0 : value);
    return this;
  }

  /**
   * Adds the customers of a part, given as columns.
   *
   * @param recencyDays days since the last purchase per customer
   * @param purchases purchases per customer
   * @param values monetary value per customer
   * @return this sketch
   * @throws CxValidationException if the columns differ in length or hold a value outside its
   *     domain (nothing is added then)
   */
  public RfmSketch update(double[] recencyDays, int[] purchases, double[] values) {
    Rfm.checkColumns(recencyDays, purchases, values);
    int n = recencyDays.length;
    if (!updateCounted(recency, recencyDays)) {
      recency.update(recencyDays, 0, n);
    }
    if (!updateCounted(monetary, values)) {
      monetary.update(values, 0, n);
    }
    if (!updateCounted(frequency, purchases)) {
      double[] buffer = new double[CHUNK];
      for (int start = 0; start < n; start += CHUNK) {
        int len = Math.min(CHUNK, n - start);
        for (int j = 0; j < len; j++) {
          buffer[j] = purchases[start + j];
        }
        frequency.update(buffer, 0, len);
      }
    }
    return this;
  }

  private static boolean updateCounted(KllDoublesSketch sketch, int[] column) {
    if (column.length < COUNTED_MIN) {
      return false;
    }
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (int v : column) {
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    if ((long) max - min >= COUNTED_RANGE) {
      return false;
    }
    long[] counts = new long[max - min + 1];
    for (int v : column) {
      counts[v - min]++;
    }
    for (int j = 0; j < counts.length; j++) {
      if (counts[j] > 0) {
        sketch.update((double) min + j, counts[j]);
      }
    }
    return true;
  }

  /**
   * Feeds a column of whole numbers from a narrow range (days, purchase counts) as weighted updates
   * of its distinct values, which describes the same multiset to the sketch at a fraction of the
   * cost.
   *
   * @return false, having added nothing, if the column is not such a column
   */
  private static boolean updateCounted(KllDoublesSketch sketch, double[] column) {
    if (column.length < COUNTED_MIN) {
      return false;
    }
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double v : column) {
      if (v != Math.rint(v)) {
        return false;
      }
      min = Math.min(min, v);
      max = Math.max(max, v);
      if (max - min >= COUNTED_RANGE) {
        return false;
      }
    }
    long[] counts = new long[(int) (max - min) + 1];
    long base = (long) min;
    for (double v : column) {
      counts[(int) ((long) v - base)]++;
    }
    for (int j = 0; j < counts.length; j++) {
      if (counts[j] > 0) {
        sketch.update((double) (base + j), counts[j]);
      }
    }
    return true;
  }

  /**
   * Adds the customers of a part given as the RFM summaries of {@code core.activity}.
   *
   * @param summaries per-customer recency, frequency and monetary values
   * @param measure total or mean monetary value
   * @return this sketch
   */
  public RfmSketch update(RfmSummaries summaries, MonetaryMeasure measure) {
    return update(summaries.recency(), summaries.frequency(), Rfm.monetary(summaries, measure));
  }

  /**
   * A collector that sketches a stream of per-customer summaries; it runs sequentially, in a
   * parallel stream (partial sketches are merged) or as the reduction of a distributed engine.
   *
   * @param measure total or mean monetary value
   * @return the collector, giving a sketch with {@link #DEFAULT_K}
   */
  public static Collector<RfmSummary, RfmSketch, RfmSketch> collector(MonetaryMeasure measure) {
    return Collector.of(
        RfmSketch::create,
        (sketch, row) ->
            sketch.update(
                row.recency(),
                row.frequency(),
                measure == MonetaryMeasure.TOTAL ? row.monetaryTotal() : row.monetaryMean()),
        RfmSketch::merge);
  }

  /**
   * Merges another sketch (for example another part's) into this one. Merging in any order and
   * grouping describes the same customers, within the rank error.
   *
   * @param other the other sketch; unchanged
   * @return this sketch
   */
  public RfmSketch merge(RfmSketch other) {
    recency.merge(other.recency);
    frequency.merge(other.frequency);
    monetary.merge(other.monetary);
    return this;
  }

  /**
   * The number of customers added, over all merged parts.
   *
   * @return the count
   */
  public long n() {
    return recency.getN();
  }

  /**
   * The normalised rank error of one quantile of this sketch, at 99% confidence: the true rank of a
   * cut point for target {@code p} lies within {@code p +- rankError()}. Zero while the sketch
   * still holds every value.
   *
   * @return a fraction, for example 0.0133 for k = 200
   */
  public double rankError() {
    if (!recency.isEstimationMode()
        && !frequency.isEstimationMode()
        && !monetary.isEstimationMode()) {
      return 0.0;
    }
    return recency.getNormalizedRankError(false);
  }

  /**
   * Cut points from the sketch: for each dimension the sketch's quantiles at normalised rank {@code
   * k / bins} (inclusive search), with {@link #rankError()}.
   *
   * @param bins score levels, {@code 2..9}
   * @return the cut points, method {@link CutPointMethod#SKETCH}
   * @throws CxValidationException if the sketch is empty or bins is out of range
   */
  public RfmCutPoints cutPoints(int bins) {
    Rfm.checkBins(bins);
    if (recency.isEmpty()) {
      throw CxValidationException.of("RfmSketch.n", "be at least 1", 0);
    }
    double[] ranks = new double[bins - 1];
    for (int k = 1; k < bins; k++) {
      ranks[k - 1] = k / (double) bins;
    }
    QuantileSearchCriteria inclusive = QuantileSearchCriteria.INCLUSIVE;
    return RfmCutPoints.builder()
        .bins(bins)
        .recency(RfmCutPoints.boxed(recency.getQuantiles(ranks, inclusive)))
        .frequency(RfmCutPoints.boxed(frequency.getQuantiles(ranks, inclusive)))
        .monetary(RfmCutPoints.boxed(monetary.getQuantiles(ranks, inclusive)))
        .method(CutPointMethod.SKETCH)
        .rankError(rankError())
        .n(n())
        .build();
  }

  /**
   * The serialised sketch, to ship between workers; read back with {@link #fromByteArray}.
   *
   * @return the bytes
   */
  public byte[] toByteArray() {
    byte[] r = recency.toByteArray();
    byte[] f = frequency.toByteArray();
    byte[] m = monetary.toByteArray();
    ByteBuffer buf =
        ByteBuffer.allocate(16 + r.length + f.length + m.length).order(ByteOrder.BIG_ENDIAN);
    buf.putInt(MAGIC).putInt(r.length).put(r).putInt(f.length).put(f).putInt(m.length).put(m);
    return buf.array();
  }

  /**
   * Reads a sketch written by {@link #toByteArray()}.
   *
   * @param bytes the serialised sketch
   * @return an updatable sketch
   * @throws CxValidationException if the bytes are not a serialised RFM sketch
   */
  public static RfmSketch fromByteArray(byte[] bytes) {
    try {
      ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
      if (buf.getInt() != MAGIC) {
        throw CxValidationException.of(
            "RfmSketch.bytes", "start with the RFM sketch marker", bytes.length + " bytes");
      }
      KllDoublesSketch r = read(buf);
      KllDoublesSketch f = read(buf);
      KllDoublesSketch m = read(buf);
      return new RfmSketch(r, f, m);
    } catch (RuntimeException e) {
      if (e instanceof CxValidationException cx) {
        throw cx;
      }
      throw CxValidationException.of(
          "RfmSketch.bytes", "be a serialised RFM sketch", bytes.length + " bytes");
    }
  }

  private static KllDoublesSketch read(ByteBuffer buf) {
    int len = buf.getInt();
    byte[] part = new byte[len];
    buf.get(part);
    return KllDoublesSketch.heapify(Memory.wrap(part));
  }
}
