/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lead;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintCause;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;

/**
 * The complaint KPIs that need more than one row at a time: distinct customers, first-contact
 * resolution, and recurrence by root cause (ISO 10002:2018 clause 9.3 and the course's "投诉的根本原因"
 * analysis), with the definitions of {@link io.github.cx4j.complaints.kpi.ComplaintKpis}:
 *
 * <ul>
 *   <li>a complaint is <em>not</em> resolved at first contact when the same customer complains
 *       again in the same category within {@code repeatWindowDays} whole days of its receipt (time
 *       in epoch seconds, {@code later - earlier <= days * 86,400}); ties in time count once per
 *       later complaint, as in the single-JVM ordering;
 *   <li>the recurring share of a root cause is (recurring + systemic) / assessed, with a Wilson 95%
 *       interval; complaints without both a root cause and a recurrence are counted as unassessed.
 * </ul>
 *
 * <p>Both run as Spark plans (a window function and group-bys); only the Wilson interval is a UDF.
 * Per group they equal the single-JVM report over the group's complaints exactly.
 */
public final class CustomerKpis {
  private CustomerKpis() {}

  /**
   * Distinct customers and first-contact resolution per group.
   *
   * @param complaints the complaints, one row each
   * @param customer the customer column (any type, not null)
   * @param category the category column (any type, not null)
   * @param receivedAt the receipt timestamp column (not null)
   * @param repeatWindowDays the repeat window in days, at least 1
   * @param groupBy the grouping columns (none for one row over the whole table)
   * @return the group columns, then {@code complaints, distinctCustomers, repeats,
   *     firstContactResolution, firstContactLow, firstContactHigh}
   * @throws CxValidationException if the window is below 1, a column is missing, or the table is
   *     empty (when the job runs: a null customer, category or time)
   */
  public static Dataset<Row> firstContact(
      Dataset<Row> complaints,
      String customer,
      String category,
      String receivedAt,
      int repeatWindowDays,
      String... groupBy) {
    if (repeatWindowDays < 1) {
      throw CxValidationException.of(
          "CustomerKpis.repeatWindowDays", "be at least 1", repeatWindowDays);
    }
    requireColumns(complaints, concat(groupBy, customer, category, receivedAt));
    List<Column> partition = new ArrayList<>();
    for (String g : groupBy) {
      partition.add(col(g));
    }
    partition.add(col("__cx_c"));
    partition.add(col("__cx_k"));
    WindowSpec byCustomer =
        Window.partitionBy(partition.toArray(Column[]::new)).orderBy(col("__cx_t"));
    long window = repeatWindowDays * 86_400L;
    Dataset<Row> timed =
        complaints
            .withColumn(
                "__cx_t",
                functions
                    .when(col(receivedAt).isNull(), failNull("receivedAt", receivedAt))
                    .otherwise(expr("unix_seconds(`" + receivedAt + "`)")))
            .withColumn(
                "__cx_c",
                when(col(customer).isNull(), failNull("customer", customer))
                    .otherwise(col(customer)))
            .withColumn(
                "__cx_k",
                when(col(category).isNull(), failNull("category", category))
                    .otherwise(col(category)));
    Dataset<Row> flagged =
        timed.withColumn(
            "__cx_repeat",
            when(lead(col("__cx_t"), 1).over(byCustomer).minus(col("__cx_t")).leq(window), 1)
                .otherwise(0));
    Column[] keys = Arrays.stream(groupBy).map(functions::col).toArray(Column[]::new);
    Dataset<Row> counts =
        flagged
            .groupBy(keys)
            .agg(
                count(lit(1)).as("complaints"),
                count_distinct(col("__cx_c")).as("distinctCustomers"),
                functions
                    .coalesce(sum(col("__cx_repeat")).cast(DataTypes.LongType), lit(0L))
                    .as("repeats"));
    UserDefinedFunction wilson = wilson();
    Column fcr = wilson.apply(col("complaints").minus(col("repeats")), col("complaints"));
    List<Column> out = new ArrayList<>();
    for (String g : groupBy) {
      out.add(col(g));
    }
    out.add(col("complaints"));
    out.add(col("distinctCustomers"));
    out.add(col("repeats"));
    out.add(col("__cx_fcr").getItem(0).as("firstContactResolution"));
    out.add(col("__cx_fcr").getItem(1).as("firstContactLow"));
    out.add(col("__cx_fcr").getItem(2).as("firstContactHigh"));
    return counts.withColumn("__cx_fcr", fcr).select(out.toArray(Column[]::new));
  }

  /**
   * Recurrence by root cause per group: one row per group and root cause (every {@link
   * ComplaintCause}, zero counts included), with the count of each {@link Recurrence} and the
   * recurring share.
   *
   * @param complaints the complaints, one row each
   * @param rootCause the root-cause column ({@link ComplaintCause} codes, null when unassessed)
   * @param recurrence the recurrence column ({@link Recurrence} codes, null when unassessed)
   * @param groupBy the grouping columns
   * @return the group columns, then {@code rootCause, SINGLE, RECURRING, SYSTEMIC, assessed,
   *     recurringShare, recurringLow, recurringHigh, unassessed} (unassessed: the group's
   *     complaints without both codes, repeated on each of its rows)
   * @throws CxValidationException if a column is missing (when the job runs: an unknown code)
   */
  public static Dataset<Row> recurrenceByRootCause(
      Dataset<Row> complaints, String rootCause, String recurrence, String... groupBy) {
    requireColumns(complaints, concat(groupBy, rootCause, recurrence));
    Column cause = checkedCode(col(rootCause), "rootCause", codes(ComplaintCause.values()));
    Column rec = checkedCode(col(recurrence), "recurrence", codes(Recurrence.values()));
    Dataset<Row> coded = complaints.withColumn("__cx_cause", cause).withColumn("__cx_rec", rec);
    Column assessedRow = col("__cx_cause").isNotNull().and(col("__cx_rec").isNotNull());
    Column[] keys = Arrays.stream(groupBy).map(functions::col).toArray(Column[]::new);
    Dataset<Row> unassessed =
        coded
            .groupBy(keys)
            .agg(
                functions
                    .coalesce(
                        sum(when(assessedRow, 0).otherwise(1)).cast(DataTypes.LongType), lit(0L))
                    .as("unassessed"));
    List<Column> aggs = new ArrayList<>();
    for (Recurrence r : Recurrence.values()) {
      aggs.add(
          sum(when(col("__cx_rec").equalTo(r.code()), 1).otherwise(0))
              .cast(DataTypes.LongType)
              .as(r.code()));
    }
    List<String> byCause = new ArrayList<>(Arrays.asList(groupBy));
    byCause.add("__cx_cause");
    Dataset<Row> assessed =
        coded
            .where(assessedRow)
            .groupBy(byCause.stream().map(functions::col).toArray(Column[]::new))
            .agg(aggs.get(0), aggs.subList(1, aggs.size()).toArray(Column[]::new));
    Dataset<Row> causes =
        complaints
            .sparkSession()
            .createDataset(
                Arrays.asList(codes(ComplaintCause.values())),
                org.apache.spark.sql.Encoders.STRING())
            .toDF("__cx_cause");
    Dataset<Row> grid = unassessed.crossJoin(causes);
    List<String> joinKeys = new ArrayList<>(Arrays.asList(groupBy));
    joinKeys.add("__cx_cause");
    Dataset<Row> right = assessed;
    for (String k : joinKeys) {
      right = right.withColumnRenamed(k, "__cx_r_" + k);
    }
    Column on = lit(true);
    for (String k : joinKeys) {
      on = on.and(grid.col(k).eqNullSafe(right.col("__cx_r_" + k)));
    }
    Dataset<Row> joined = grid.join(right, on, "left");
    for (Recurrence r : Recurrence.values()) {
      joined = joined.withColumn(r.code(), functions.coalesce(col(r.code()), lit(0L)));
    }
    Column total = col(Recurrence.SINGLE.code());
    Column recurring = col(Recurrence.RECURRING.code()).plus(col(Recurrence.SYSTEMIC.code()));
    total = total.plus(recurring);
    joined =
        joined
            .withColumn("assessed", total)
            .withColumn("__cx_share", wilson().apply(recurring, total));
    List<Column> out = new ArrayList<>();
    for (String g : groupBy) {
      out.add(col(g));
    }
    out.add(col("__cx_cause").as("rootCause"));
    for (Recurrence r : Recurrence.values()) {
      out.add(col(r.code()));
    }
    out.add(col("assessed"));
    out.add(col("__cx_share").getItem(0).as("recurringShare"));
    out.add(col("__cx_share").getItem(1).as("recurringLow"));
    out.add(col("__cx_share").getItem(2).as("recurringHigh"));
    out.add(col("unassessed"));
    List<Column> order = new ArrayList<>();
    for (String g : groupBy) {
      order.add(col(g));
    }
    order.add(col("rootCause"));
    return joined.select(out.toArray(Column[]::new)).orderBy(order.toArray(Column[]::new));
  }

  private static Column checkedCode(Column value, String field, String[] allowed) {
    Column known = value.isin((Object[]) allowed);
    return when(value.isNull(), lit(null).cast(DataTypes.StringType))
        .when(known, value.cast(DataTypes.StringType))
        .otherwise(
            functions.raise_error(
                functions.concat(
                    lit(
                        "CustomerKpis."
                            + field
                            + " must be one of "
                            + String.join(", ", allowed)
                            + ", was \""),
                    value.cast(DataTypes.StringType),
                    lit("\""))));
  }

  private static Column failNull(String field, String column) {
    return functions.raise_error(
        lit("CustomerKpis." + field + " (column " + column + ") must not be null"));
  }

  private static String[] codes(Enum<?>[] values) {
    String[] out = new String[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = values[i].name();
    }
    return out;
  }

  private static UserDefinedFunction wilson() {
    UDF2<Long, Long, double[]> f =
        (count, n) -> {
          Rate r = Rate.of(count, n);
          return new double[] {r.value(), r.interval().low(), r.interval().high()};
        };
    return functions.udf(f, DataTypes.createArrayType(DataTypes.DoubleType, false));
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  private static void requireColumns(Dataset<Row> table, String[] names) {
    List<String> present = new ArrayList<>();
    for (StructField f : table.schema().fields()) {
      present.add(f.name());
    }
    for (String name : names) {
      if (!present.contains(name)) {
        throw CxValidationException.of(
            "CustomerKpis.column", "be one of the table's columns " + present, name);
      }
    }
  }
}
