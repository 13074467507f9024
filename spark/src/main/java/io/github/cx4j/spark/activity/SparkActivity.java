/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.activity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.raise_error;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.activity.LaterPurchases;
import io.github.cx4j.core.activity.RepeatSummaries;
import io.github.cx4j.core.activity.RfmSummaries;
import io.github.cx4j.core.activity.SummarySpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Repeat (x, t_x, T, mean repeat value) and RFM summaries of a purchase {@link Dataset}, computed
 * by Spark with the definitions of {@link io.github.cx4j.core.activity.ActivitySummaries}: whole
 * days, purchases after the end date ignored or rejected as {@link SummarySpec#laterPurchases()}
 * says, several purchases in one period (a day, an ISO week or a month) one purchase event, and
 * recency and age in the spec's unit ({@link SummarySpec#daysPerUnit()} days).
 *
 * <p>Each summary is one shuffle. Repeat summaries: the purchases are hash-partitioned by customer
 * once and sorted by customer within the partitions, and each customer's few rows are summarised in
 * primitive buffers, sorted by day, in one walk with the single-JVM rule ({@link RepeatRuns}). RFM
 * summaries: one group-by customer (count, max, sum), which Spark aggregates partially before the
 * shuffle.
 *
 * <p>Output columns, repeat: {@code customer, frequency (int), recency, age, monetary (double)};
 * RFM: {@code customer, recency (double), frequency (int), monetaryTotal, monetaryMean (double)}. A
 * bad row (null customer or date, negative or non-finite amount, a later purchase under {@link
 * LaterPurchases#REJECT}) fails the job with a message naming the column and the value.
 */
public final class SparkActivity {
  private static final String DAY = "_cx_day";
  private static final String AMOUNT = "_cx_amount";
  private static final String CUSTOMER = "customer";

  private SparkActivity() {}

  /**
   * The repeat summaries of every customer with a purchase on or before the end date.
   *
   * @param purchases the purchases
   * @param columns the column names
   * @param spec end date, unit, purchase period and the treatment of later purchases
   * @return one row per customer
   */
  public static Dataset<Row> repeat(
      Dataset<Row> purchases, PurchaseColumns columns, SummarySpec spec) {
    int end = (int) spec.end().toEpochDay();
    Dataset<Row> rows = prepared(purchases, columns, spec, "observation end");
    StructType schema =
        new StructType()
            .add(CUSTOMER, rows.schema().apply(CUSTOMER).dataType(), true)
            .add("frequency", DataTypes.IntegerType, false)
            .add("recency", DataTypes.DoubleType, false)
            .add("age", DataTypes.DoubleType, false)
            .add("monetary", DataTypes.DoubleType, false);
    // one shuffle by customer, each customer's rows made adjacent by a sort on the customer alone;
    // the day-level work runs on the customer's few rows in primitive buffers (RepeatRuns)
    return rows.repartition(col(CUSTOMER))
        .sortWithinPartitions(col(CUSTOMER))
        .mapPartitions(
            new RepeatRuns(end, spec.daysPerUnit(), spec.period()), Encoders.row(schema));
  }

  /**
   * The RFM summaries of every customer with a purchase on or before the analysis date: days since
   * the last purchase in units, the number of purchases (rows), their total and mean.
   *
   * @param purchases the purchases
   * @param columns the column names
   * @param spec the analysis date (its end), unit and treatment of later purchases
   * @return one row per customer
   */
  public static Dataset<Row> rfm(
      Dataset<Row> purchases, PurchaseColumns columns, SummarySpec spec) {
    int date = (int) spec.end().toEpochDay();
    double daysPerUnit = spec.daysPerUnit();
    return prepared(purchases, columns, spec, "analysis date")
        .groupBy(col(CUSTOMER))
        .agg(max(DAY).as("_cx_last"), count(lit(1)).as("_cx_n"), sum(AMOUNT).as("_cx_total"))
        .select(
            col(CUSTOMER),
            lit(date).minus(col("_cx_last")).cast("double").divide(daysPerUnit).as("recency"),
            col("_cx_n").cast("int").as("frequency"),
            col("_cx_total").as("monetaryTotal"),
            col("_cx_total").divide(col("_cx_n")).as("monetaryMean"));
  }

  /**
   * Collects repeat summaries to the driver as the library's type (customers by their string form),
   * for small results and tests.
   *
   * @param summaries rows from {@link #repeat}
   * @param spec the spec they were computed with
   * @return the summaries, sorted by customer
   */
  public static RepeatSummaries collectRepeat(Dataset<Row> summaries, SummarySpec spec) {
    List<Row> rows =
        summaries
            .select(
                col(CUSTOMER).cast("string"),
                col("frequency"),
                col("recency"),
                col("age"),
                col("monetary"))
            .orderBy(col(CUSTOMER))
            .collectAsList();
    int n = rows.size();
    List<CustomerId> customers = new ArrayList<>(n);
    int[] x = new int[n];
    double[] tx = new double[n];
    double[] age = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      Row r = rows.get(i);
      customers.add(CustomerId.of(r.getString(0)));
      x[i] = r.getInt(1);
      tx[i] = r.getDouble(2);
      age[i] = r.getDouble(3);
      m[i] = r.getDouble(4);
    }
    return RepeatSummaries.of(customers, spec.end(), spec.unit(), spec.period(), x, tx, age, m);
  }

  /**
   * Collects RFM summaries to the driver as the library's type, sorted by customer.
   *
   * @param summaries rows from {@link #rfm}
   * @param spec the spec they were computed with
   * @return the summaries
   */
  public static RfmSummaries collectRfm(Dataset<Row> summaries, SummarySpec spec) {
    List<Row> rows =
        summaries
            .select(
                col(CUSTOMER).cast("string"),
                col("recency"),
                col("frequency"),
                col("monetaryTotal"),
                col("monetaryMean"))
            .orderBy(col(CUSTOMER))
            .collectAsList();
    int n = rows.size();
    List<CustomerId> customers = new ArrayList<>(n);
    double[] r = new double[n];
    int[] f = new int[n];
    double[] total = new double[n];
    double[] mean = new double[n];
    for (int i = 0; i < n; i++) {
      Row row = rows.get(i);
      customers.add(CustomerId.of(row.getString(0)));
      r[i] = row.getDouble(1);
      f[i] = row.getInt(2);
      total[i] = row.getDouble(3);
      mean[i] = row.getDouble(4);
    }
    return RfmSummaries.of(customers, spec.end(), spec.unit(), r, f, total, mean);
  }

  /** Customer, epoch day and amount, checked, with later purchases dropped or rejected. */
  private static Dataset<Row> prepared(
      Dataset<Row> purchases, PurchaseColumns columns, SummarySpec spec, String what) {
    for (String name : new String[] {columns.customer(), columns.date(), columns.amount()}) {
      if (!List.of(purchases.columns()).contains(name)) {
        throw CxValidationException.of(
            "PurchaseColumns", "name a column of " + List.of(purchases.columns()), name);
      }
    }
    int end = (int) spec.end().toEpochDay();
    Column customer = col(columns.customer());
    Column date = col(columns.date()).cast("date");
    Column amount = col(columns.amount()).cast("double");
    Column day = datediff(date, lit(LocalDate.EPOCH.toString()).cast("date"));
    Column checkedAmount =
        when(customer.isNull(), fail(columns.customer() + " must not be null", lit("null")))
            .when(
                date.isNull(),
                fail(columns.date() + " must be a date", col(columns.date()).cast("string")))
            .when(
                amount
                    .isNull()
                    .or(amount.isNaN())
                    .or(amount.lt(0))
                    .or(amount.equalTo(Double.POSITIVE_INFINITY)),
                fail(
                    columns.amount() + " must be finite and not negative",
                    col(columns.amount()).cast("string")))
            .otherwise(amount);
    Dataset<Row> rows =
        purchases.select(customer.as(CUSTOMER), day.as(DAY), checkedAmount.as(AMOUNT));
    if (spec.laterPurchases() == LaterPurchases.REJECT) {
      return rows.withColumn(
          DAY,
          when(
                  col(DAY).gt(end),
                  fail(
                      "Transaction.date must be on or before the " + what + " " + spec.end(),
                      org.apache.spark.sql.functions.date_add(
                          lit(LocalDate.EPOCH.toString()).cast("date"), col(DAY))))
              .otherwise(col(DAY)));
    }
    return rows.where(col(DAY).leq(end));
  }

  private static Column fail(String message, Column value) {
    return raise_error(concat(lit(message + ", was "), value.cast("string")));
  }
}
