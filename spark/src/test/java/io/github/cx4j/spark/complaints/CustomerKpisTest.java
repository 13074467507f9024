/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.kpi.ComplaintColumns;
import io.github.cx4j.complaints.kpi.ComplaintKpis;
import io.github.cx4j.complaints.kpi.KpiOptions;
import io.github.cx4j.complaints.kpi.KpiReport;
import io.github.cx4j.complaints.kpi.Rate;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.spark.Spark;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

class CustomerKpisTest {
  private static final long START = Instant.parse("2024-03-01T00:00:00Z").getEpochSecond();
  private static final StructType SCHEMA =
      new StructType()
          .add("region", DataTypes.StringType)
          .add("customer", DataTypes.StringType)
          .add("category", DataTypes.StringType)
          .add("received", DataTypes.TimestampType)
          .add("cause", DataTypes.StringType)
          .add("recurrence", DataTypes.StringType);

  /** Rows of one region with the library's columns for the same complaints. */
  private record Region(List<Row> rows, ComplaintColumns columns) {}

  private static Region region(String name, int n, long seed) {
    SplittableRandom rng = new SplittableRandom(seed);
    int[] customer = new int[n];
    int[] category = new int[n];
    long[] received = new long[n];
    byte[] cause = new byte[n];
    byte[] recurrence = new byte[n];
    long[] none = new long[n];
    Arrays.fill(none, ComplaintColumns.NONE);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      customer[i] = rng.nextInt(n / 4);
      category[i] = rng.nextInt(3);
      // whole-hour times make ties and exact 7-day gaps likely
      received[i] = START + 3600L * rng.nextInt(24 * 40);
      boolean assessed = rng.nextInt(4) != 0;
      cause[i] = (byte) (assessed ? rng.nextInt(ComplaintCause.values().length) : -1);
      recurrence[i] = (byte) (assessed ? rng.nextInt(Recurrence.values().length) : -1);
      rows.add(
          RowFactory.create(
              name,
              "c" + customer[i],
              "k" + category[i],
              Timestamp.from(Instant.ofEpochSecond(received[i])),
              cause[i] < 0 ? null : ComplaintCause.values()[cause[i]].code(),
              recurrence[i] < 0 ? null : Recurrence.values()[recurrence[i]].code()));
    }
    ComplaintColumns columns =
        new ComplaintColumns(
            customer,
            category,
            List.of("k0", "k1", "k2"),
            received,
            none,
            none,
            none,
            new int[n],
            new int[n],
            new int[n],
            filled(n),
            cause,
            recurrence,
            new double[n],
            doubles(n));
    return new Region(rows, columns);
  }

  private static byte[] filled(int n) {
    byte[] b = new byte[n];
    Arrays.fill(b, (byte) -1);
    return b;
  }

  private static double[] doubles(int n) {
    double[] d = new double[n];
    Arrays.fill(d, -1);
    return d;
  }

  @Test
  void perGroupFiguresEqualComplaintKpisOverTheGroup() {
    Region north = region("north", 1200, 3);
    Region south = region("south", 800, 4);
    List<Row> rows = new ArrayList<>(north.rows());
    rows.addAll(south.rows());
    Dataset<Row> table = Spark.session().createDataFrame(rows, SCHEMA).repartition(4);
    for (int window : new int[] {1, 7}) {
      KpiOptions options = KpiOptions.defaults().withRepeatWindowDays(window);
      List<Row> got =
          CustomerKpis.firstContact(table, "customer", "category", "received", window, "region")
              .orderBy("region")
              .collectAsList();
      assertEquals(2, got.size());
      Region[] regions = {north, south};
      for (int r = 0; r < 2; r++) {
        KpiReport expected = ComplaintKpis.of(regions[r].columns(), options);
        Row row = got.get(r);
        assertEquals(expected.complaints(), row.<Long>getAs("complaints"));
        assertEquals(expected.distinctCustomers(), row.<Long>getAs("distinctCustomers"));
        Rate fcr = expected.firstContactResolution();
        assertEquals(fcr.n() - fcr.count(), row.<Long>getAs("repeats"));
        assertTrue(fcr.count() < fcr.n() && fcr.count() > 0, "the data must have repeats");
        assertEquals(fcr.value(), row.<Double>getAs("firstContactResolution"), 1e-12);
        assertEquals(fcr.interval().low(), row.<Double>getAs("firstContactLow"), 1e-12);
        assertEquals(fcr.interval().high(), row.<Double>getAs("firstContactHigh"), 1e-12);
      }
    }
    List<Row> recurrence =
        CustomerKpis.recurrenceByRootCause(table, "cause", "recurrence", "region").collectAsList();
    assertEquals(2 * ComplaintCause.values().length, recurrence.size());
    for (Row row : recurrence) {
      Region region = row.<String>getAs("region").equals("north") ? north : south;
      KpiReport expected = ComplaintKpis.of(region.columns(), KpiOptions.defaults());
      ComplaintCause cause = ComplaintCause.valueOf(row.getAs("rootCause"));
      long assessed = 0;
      for (Recurrence r : Recurrence.values()) {
        long want = expected.recurrenceByRootCause().get(cause).get(r);
        assertEquals(want, row.<Long>getAs(r.code()), cause + " " + r);
        assessed += want;
      }
      assertEquals(assessed, row.<Long>getAs("assessed"));
      Rate share = expected.recurringShareByRootCause().get(cause);
      assertEquals(share.value(), row.<Double>getAs("recurringShare"), 1e-12);
      assertEquals(share.interval().low(), row.<Double>getAs("recurringLow"), 1e-12);
      assertEquals(share.interval().high(), row.<Double>getAs("recurringHigh"), 1e-12);
      assertEquals(expected.unassessed(), row.<Long>getAs("unassessed"));
    }
  }

  @Test
  void anEmptyTableGivesTheLibrarysEmptyReport() {
    Dataset<Row> empty = Spark.session().createDataFrame(List.of(), SCHEMA);
    Row row = CustomerKpis.firstContact(empty, "customer", "category", "received", 7).head();
    Rate zero = Rate.of(0, 0);
    assertEquals(0L, row.<Long>getAs("complaints"));
    assertEquals(0L, row.<Long>getAs("distinctCustomers"));
    assertEquals(0L, row.<Long>getAs("repeats"));
    assertEquals(zero.value(), row.<Double>getAs("firstContactResolution"), 0);
    assertEquals(zero.interval().high(), row.<Double>getAs("firstContactHigh"), 0);
    List<Row> rec =
        CustomerKpis.recurrenceByRootCause(empty, "cause", "recurrence").collectAsList();
    assertEquals(ComplaintCause.values().length, rec.size());
    assertEquals(0L, rec.get(0).<Long>getAs("assessed"));
  }

  @Test
  void badInputIsRefusedNamingTheFieldAndValue() {
    Dataset<Row> table =
        Spark.session()
            .createDataFrame(
                List.of(
                    RowFactory.create(
                        "n", "c1", "k", Timestamp.from(Instant.EPOCH), "WEATHER", "SINGLE")),
                SCHEMA);
    CxValidationException window =
        assertThrows(
            CxValidationException.class,
            () -> CustomerKpis.firstContact(table, "customer", "category", "received", 0));
    assertEquals("CustomerKpis.repeatWindowDays must be at least 1, was 0", window.getMessage());
    CxValidationException column =
        assertThrows(
            CxValidationException.class,
            () -> CustomerKpis.firstContact(table, "client", "category", "received", 7));
    assertTrue(
        column.getMessage().startsWith("CustomerKpis.column must be one of the table's columns"),
        column.getMessage());
    assertTrue(column.getMessage().endsWith("was \"client\""), column.getMessage());
    Exception code =
        assertThrows(
            Exception.class,
            () -> CustomerKpis.recurrenceByRootCause(table, "cause", "recurrence").collectAsList());
    assertTrue(
        String.valueOf(code.getMessage())
            .contains(
                "CustomerKpis.rootCause must be one of COMPANY, CUSTOMER, ENVIRONMENT, was"
                    + " \"WEATHER\""),
        code.getMessage());
    Dataset<Row> nullCustomer =
        Spark.session()
            .createDataFrame(
                List.of(
                    RowFactory.create("n", null, "k", Timestamp.from(Instant.EPOCH), null, null)),
                SCHEMA);
    Exception missing =
        assertThrows(
            Exception.class,
            () ->
                CustomerKpis.firstContact(nullCustomer, "customer", "category", "received", 7)
                    .collectAsList());
    assertTrue(
        String.valueOf(missing.getMessage())
            .contains("CustomerKpis.customer (column customer) must not be null"),
        missing.getMessage());
  }
}
