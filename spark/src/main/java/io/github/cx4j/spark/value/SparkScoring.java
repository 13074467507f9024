/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.value;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.scoring.value.Clv;
import io.github.cx4j.scoring.value.ClvHorizon;
import io.github.cx4j.scoring.value.GammaGammaModel;
import io.github.cx4j.scoring.value.PurchaseModel;
import io.github.cx4j.scoring.value.ValueModel;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jspecify.annotations.Nullable;

/**
 * Scores customers held in Spark with a fitted model: P(alive), the conditional expected number of
 * purchases in a future period and, given a Gamma-Gamma spend model, the CLV, appended as columns
 * {@code pAlive}, {@code expectedPurchases} and {@code clv}. The model travels to the executors as
 * a broadcast {@link ModelParameters} (kind and parameters as doubles); each partition is scored in
 * chunks through the library's column path ({@link Clv#probabilityAlive}, {@link
 * Clv#conditionalExpectedPurchases}, {@link Clv#of}), so the numbers are those of the single-JVM
 * API.
 *
 * <p>Input columns: {@code frequency} (int), {@code recency} and {@code age} (double), and for CLV
 * {@code monetary} (double); other columns are kept.
 */
public final class SparkScoring {
  private static final int CHUNK = 8192;

  private SparkScoring() {}

  /**
   * P(alive) and expected purchases over {@code t} units.
   *
   * @param summaries repeat summaries
   * @param purchases the purchase model
   * @param t the future period, in the model's unit
   * @return the summaries with {@code pAlive} and {@code expectedPurchases}
   */
  public static Dataset<Row> score(Dataset<Row> summaries, PurchaseModel purchases, double t) {
    return run(summaries, new Spec(purchases, null, t, null, 0));
  }

  /**
   * P(alive), expected purchases over {@code t} units and the CLV.
   *
   * @param summaries repeat summaries
   * @param purchases the purchase model
   * @param spend the spend model
   * @param t the future period for the expected purchases
   * @param horizon the CLV horizon, period and discount rate
   * @param margin the share of spend that is margin
   * @return the summaries with {@code pAlive}, {@code expectedPurchases} and {@code clv}
   */
  public static Dataset<Row> score(
      Dataset<Row> summaries,
      PurchaseModel purchases,
      GammaGammaModel spend,
      double t,
      ClvHorizon horizon,
      double margin) {
    if (!Double.isFinite(margin)) {
      throw CxValidationException.of("SparkScoring.margin", "be finite", margin);
    }
    return run(summaries, new Spec(purchases, spend, t, horizon, margin));
  }

  private static Dataset<Row> run(Dataset<Row> summaries, Spec spec) {
    StructType in = summaries.schema();
    List<String> names = List.of(in.fieldNames());
    List<String> needed =
        spec.spend == null
            ? List.of("frequency", "recency", "age")
            : List.of("frequency", "recency", "age", "monetary");
    for (String n : needed) {
      if (!names.contains(n)) {
        throw CxValidationException.of("SparkScoring.columns", "include " + needed, names);
      }
    }
    StructType out =
        in.add("pAlive", DataTypes.DoubleType, false)
            .add("expectedPurchases", DataTypes.DoubleType, false);
    if (spec.spend != null) {
      out = out.add("clv", DataTypes.DoubleType, false);
    }
    int[] idx = new int[needed.size()];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = names.indexOf(needed.get(i));
    }
    Broadcast<Spec> model =
        JavaSparkContext.fromSparkContext(summaries.sparkSession().sparkContext()).broadcast(spec);
    MapPartitionsFunction<Row, Row> f = rows -> new Scored(rows, model.value(), idx);
    return summaries.mapPartitions(f, Encoders.row(out));
  }

  /** What a partition needs: parameters as doubles, nothing else. */
  static final class Spec implements Serializable {
    private static final long serialVersionUID = 1L;
    final ModelParameters purchases;
    final @Nullable ModelParameters spend;
    final double t;
    final double horizon;
    final double period;
    final double rate;
    final double margin;

    Spec(
        PurchaseModel purchases,
        @Nullable GammaGammaModel spend,
        double t,
        @Nullable ClvHorizon horizon,
        double margin) {
      if (!(t >= 0) || !Double.isFinite(t)) {
        throw CxValidationException.of("SparkScoring.t", "be finite and at least 0", t);
      }
      this.purchases = ModelParameters.of(purchases);
      this.spend = spend == null ? null : ModelParameters.of(spend);
      this.t = t;
      this.horizon = horizon == null ? 0 : horizon.horizon();
      this.period = horizon == null ? 0 : horizon.period();
      this.rate = horizon == null ? 0 : horizon.discountRate();
      this.margin = margin;
    }
  }

  /** Scores a partition in chunks. */
  private static final class Scored implements Iterator<Row> {
    private final Iterator<Row> rows;
    private final PurchaseModel purchases;
    private final @Nullable GammaGammaModel spend;
    private final Spec spec;
    private final int[] idx;
    private final List<Row> chunk = new ArrayList<>(CHUNK);
    private double[] alive = new double[0];
    private double[] expected = new double[0];
    private double[] clv = new double[0];
    private int next;

    Scored(Iterator<Row> rows, Spec spec, int[] idx) {
      this.rows = rows;
      this.spec = spec;
      this.idx = idx;
      this.purchases = (PurchaseModel) spec.purchases.toModel();
      ModelParameters s = spec.spend;
      ValueModel m = s == null ? null : s.toModel();
      this.spend = m == null ? null : (GammaGammaModel) m;
    }

    @Override
    public boolean hasNext() {
      if (next < chunk.size()) {
        return true;
      }
      fill();
      return !chunk.isEmpty();
    }

    private void fill() {
      chunk.clear();
      next = 0;
      while (chunk.size() < CHUNK && rows.hasNext()) {
        chunk.add(rows.next());
      }
      int n = chunk.size();
      if (n == 0) {
        return;
      }
      int[] x = new int[n];
      double[] tx = new double[n];
      double[] age = new double[n];
      double[] m = new double[n];
      for (int i = 0; i < n; i++) {
        Row r = chunk.get(i);
        x[i] = r.getInt(idx[0]);
        tx[i] = r.getDouble(idx[1]);
        age[i] = r.getDouble(idx[2]);
        if (spend != null) {
          m[i] = r.getDouble(idx[3]);
        }
      }
      alive = Clv.probabilityAlive(purchases, x, tx, age);
      expected = Clv.conditionalExpectedPurchases(purchases, spec.t, x, tx, age);
      if (spend != null) {
        clv =
            Clv.of(
                purchases,
                spend,
                x,
                tx,
                age,
                m,
                new ClvHorizon(spec.horizon, spec.period, spec.rate),
                spec.margin);
      }
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row r = chunk.get(next);
      int width = r.size();
      Object[] values = new Object[width + (spend == null ? 2 : 3)];
      for (int j = 0; j < width; j++) {
        values[j] = r.get(j);
      }
      values[width] = alive[next];
      values[width + 1] = expected[next];
      if (spend != null) {
        values[width + 2] = clv[next];
      }
      next++;
      return RowFactory.create(values);
    }
  }
}
