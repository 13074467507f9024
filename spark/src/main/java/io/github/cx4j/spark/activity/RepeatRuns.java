/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.activity;

import io.github.cx4j.core.activity.PurchasePeriod;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.jspecify.annotations.Nullable;

/**
 * The repeat summaries of one partition of purchases that is clustered by customer (each customer's
 * rows adjacent, in any order within the customer): every customer's days and amounts are gathered
 * into primitive buffers, sorted by day (stably, so rows of one day keep their order) and walked
 * once, as {@code core.activity.ActivitySummaries} walks a log: the first period starts the
 * customer, each later period adds one repeat purchase and the day it starts on, and every amount
 * outside the first period adds to the repeat value. Memory is one customer's purchases; the rows
 * are read and written lazily.
 *
 * <p>Input rows are {@code (customer, epoch day (int), amount (double))}; output rows {@code
 * (customer, frequency (int), recency, age, monetary (double))}.
 */
final class RepeatRuns implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  private final int end;
  private final double daysPerUnit;
  private final PurchasePeriod period;

  RepeatRuns(int end, double daysPerUnit, PurchasePeriod period) {
    this.end = end;
    this.daysPerUnit = daysPerUnit;
    this.period = period;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Customers(rows);
  }

  /** Equal customer keys; binary keys by content. */
  static boolean same(@Nullable Object a, @Nullable Object b) {
    if (a instanceof byte[] x && b instanceof byte[] y) {
      return Arrays.equals(x, y);
    }
    return Objects.equals(a, b);
  }

  /** The lazy walk over one partition. */
  private final class Customers implements Iterator<Row> {
    private final Iterator<Row> rows;
    private @Nullable Row pending;
    private int[] days = new int[16];
    private double[] amounts = new double[16];
    private long[] order = new long[16];

    Customers(Iterator<Row> rows) {
      this.rows = rows;
      this.pending = rows.hasNext() ? rows.next() : null;
    }

    @Override
    public boolean hasNext() {
      return pending != null;
    }

    @Override
    public Row next() {
      Row first = pending;
      if (first == null) {
        throw new NoSuchElementException();
      }
      Object customer = first.get(0);
      int n = 0;
      Row row = first;
      while (true) {
        if (n == days.length) {
          days = Arrays.copyOf(days, 2 * n);
          amounts = Arrays.copyOf(amounts, 2 * n);
          order = new long[2 * n];
        }
        days[n] = row.getInt(1);
        amounts[n] = row.getDouble(2);
        n++;
        if (!rows.hasNext()) {
          pending = null;
          break;
        }
        row = rows.next();
        if (!same(customer, row.get(0))) {
          pending = row;
          break;
        }
      }
      return summary(customer, n);
    }

    /** The summary of the n buffered purchases of one customer. */
    private Row summary(Object customer, int n) {
      // stable sort by day: the day in the high bits, the row's place in the low ones (days are
      // epoch days of dates, so day - min fits in 31 bits)
      int min = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        min = Math.min(min, days[i]);
      }
      for (int i = 0; i < n; i++) {
        order[i] = ((long) (days[i] - min) << 32) | i;
      }
      Arrays.sort(order, 0, n);
      int firstDay = min;
      long firstPeriod = index(firstDay);
      long lastPeriod = firstPeriod;
      int lastDay = firstDay;
      int frequency = 0;
      double repeatValue = 0;
      for (int k = 0; k < n; k++) {
        int i = (int) order[k];
        int d = days[i];
        long p = period == PurchasePeriod.DAY ? d : index(d);
        if (p != firstPeriod) {
          if (p != lastPeriod) {
            lastPeriod = p;
            lastDay = d;
            frequency++;
          }
          repeatValue += amounts[i];
        }
      }
      double recency = frequency == 0 ? 0.0 : (lastDay - (long) firstDay) / daysPerUnit;
      double age = (end - (long) firstDay) / daysPerUnit;
      double monetary = frequency == 0 ? 0.0 : repeatValue / frequency;
      return RowFactory.create(customer, frequency, recency, age, monetary);
    }

    private long index(int day) {
      return period == PurchasePeriod.DAY ? day : period.index(day);
    }
  }
}
