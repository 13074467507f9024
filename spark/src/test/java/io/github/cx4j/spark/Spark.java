/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.TransactionLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The test session (local[2], no UI, four shuffle partitions), created once per test JVM and shared
 * by the test classes, and the CDNOW sample as a purchase table.
 */
public final class Spark {
  private static SparkSession session;

  private Spark() {}

  /**
   * The shared session.
   *
   * @return the session, with cx4j's functions registered
   */
  public static synchronized SparkSession session() {
    if (session == null) {
      session =
          SparkSession.builder()
              .master("local[2]")
              .appName("cx4j-spark-tests")
              .config("spark.ui.enabled", "false")
              .config("spark.sql.shuffle.partitions", "4")
              .config("spark.default.parallelism", "4")
              .config("spark.sql.session.timeZone", "UTC")
              .config("spark.driver.host", "127.0.0.1")
              .config("spark.sql.adaptive.enabled", "false")
              .getOrCreate();
      CxSpark.register(session);
      Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
    }
    return session;
  }

  /** One CDNOW purchase: customer id, date, amount. */
  public record Purchase(String customer, LocalDate date, double amount) {}

  /**
   * The CDNOW sample's purchases (source: CDNOW_sample.txt, bundled with the examples).
   *
   * @return the rows in file order
   */
  public static List<Purchase> cdnow() {
    List<Purchase> out = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(Spark.class.getResourceAsStream("/CDNOW_sample.txt")),
                StandardCharsets.UTF_8))) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        String[] f = line.trim().split("\\s+");
        if (f.length < 5) {
          continue;
        }
        String d = f[2];
        LocalDate date =
            LocalDate.of(
                Integer.parseInt(d.substring(0, 4)),
                Integer.parseInt(d.substring(4, 6)),
                Integer.parseInt(d.substring(6, 8)));
        out.add(new Purchase(f[1], date, Double.parseDouble(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * Purchases as a Spark table with the given column names.
   *
   * @param purchases the purchases
   * @param customer the customer column
   * @param date the date column
   * @param amount the amount column
   * @return the table
   */
  public static Dataset<Row> table(
      List<Purchase> purchases, String customer, String date, String amount) {
    StructType schema =
        new StructType()
            .add(customer, DataTypes.StringType)
            .add(date, DataTypes.DateType)
            .add(amount, DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (Purchase p : purchases) {
      rows.add(RowFactory.create(p.customer(), Date.valueOf(p.date()), p.amount()));
    }
    return session().createDataFrame(rows, schema);
  }

  /**
   * The same purchases as a single-JVM log.
   *
   * @param purchases the purchases
   * @return the log
   */
  public static TransactionLog log(List<Purchase> purchases) {
    Map<String, Integer> index = new HashMap<>();
    List<CustomerId> customers = new ArrayList<>();
    int n = purchases.size();
    int[] c = new int[n];
    int[] d = new int[n];
    double[] a = new double[n];
    for (int i = 0; i < n; i++) {
      Purchase p = purchases.get(i);
      Integer k = index.get(p.customer());
      if (k == null) {
        k = customers.size();
        index.put(p.customer(), k);
        customers.add(CustomerId.of(p.customer()));
      }
      c[i] = k;
      d[i] = (int) p.date().toEpochDay();
      a[i] = p.amount();
    }
    return TransactionLog.ofColumns(customers, c, d, a);
  }
}
