/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import java.util.concurrent.ForkJoinTask;

/**
 * The fast paths of {@link ActivitySummaries} for large logs: the repeat convention with one-day
 * purchase periods and the RFM convention. Per-customer state is packed into two adjacent {@code
 * long}s (one cache line, one memory access per purchase); a log out of day order is first
 * counting-sorted by day; large logs are split by customer range over two fork/join tasks, each
 * seeing every purchase in day order, so results are identical to a sequential run.
 */
final class FastSummaries {
  /** Logs with at least this many rows are summarised by two tasks. */
  static final int PARALLEL_ROWS = 1 << 18;

  private static final int BITS = 21;
  private static final long MASK = (1L << BITS) - 1;
  private static final long FREQUENCY_ONE = 1L << (2 * BITS);
  private static final long LOW_INT = 0xFFFF_FFFFL;

  private FastSummaries() {}

  /**
   * Whether the repeat fast path applies: one-day periods and fewer than 2^21 days between the
   * first purchase and the end (about 5,700 years).
   */
  static boolean fitsDaily(TransactionLog log, SummarySpec spec) {
    return spec.period() == PurchasePeriod.DAY
        && spec.end().toEpochDay() - (long) log.minDay() + 1 < MASK;
  }

  /** The rows on or before {@code end} in day order, as columns with bucket boundaries. */
  private static final class DayOrder {
    final int[] customer;
    final double[] amount;

    /** Rows of relative day {@code k} (1-based) are {@code [start[k - 1], start[k])}; or null. */
    final int @org.jspecify.annotations.Nullable [] start;

    final int[] days;
    final int rows;

    DayOrder(TransactionLog log, int end) {
      int[] cust = log.rawCustomerIndex();
      int[] d = log.rawEpochDays();
      double[] amounts = log.rawAmounts();
      if (log.isChronological()) {
        customer = cust;
        amount = amounts;
        days = d;
        start = null;
        rows = firstAfter(d, end);
        return;
      }
      int min = log.minDay();
      int max = Math.min(log.maxDay(), end);
      int range = max - min + 1;
      // A stable counting sort by day. Large logs: two halves of the rows are counted and
      // scattered in parallel; the first half's rows of a day precede the second half's.
      int half = parallel(d.length) ? d.length >>> 1 : d.length;
      int[] countA = new int[range];
      int[] countB = new int[range];
      both(
          half < d.length,
          () -> count(d, 0, half, min, max, countA),
          () -> count(d, half, d.length, min, max, countB));
      int[] bucket = new int[range + 1];
      int[] posA = new int[range];
      int[] posB = new int[range];
      for (int k = 0; k < range; k++) {
        posA[k] = bucket[k];
        posB[k] = bucket[k] + countA[k];
        bucket[k + 1] = posB[k] + countB[k];
      }
      int kept = bucket[range];
      int[] sortedCustomer = new int[kept];
      double[] sortedAmount = new double[kept];
      both(
          half < d.length,
          () -> scatter(log, 0, half, min, max, posA, sortedCustomer, sortedAmount),
          () -> scatter(log, half, d.length, min, max, posB, sortedCustomer, sortedAmount));
      customer = sortedCustomer;
      amount = sortedAmount;
      start = bucket;
      days = d;
      rows = kept;
    }

    private static void count(int[] d, int from, int to, int min, int max, int[] count) {
      for (int r = from; r < to; r++) {
        int v = d[r];
        if (v <= max) {
          count[v - min]++;
        }
      }
    }

    private static void scatter(
        TransactionLog log,
        int from,
        int to,
        int min,
        int max,
        int[] pos,
        int[] sortedCustomer,
        double[] sortedAmount) {
      int[] cust = log.rawCustomerIndex();
      int[] d = log.rawEpochDays();
      double[] amounts = log.rawAmounts();
      for (int r = from; r < to; r++) {
        int v = d[r];
        if (v <= max) {
          int p = pos[v - min]++;
          sortedCustomer[p] = cust[r];
          sortedAmount[p] = amounts[r];
        }
      }
    }

    private static int firstAfter(int[] sortedDays, int end) {
      int lo = 0;
      int hi = sortedDays.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sortedDays[mid] <= end) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      return lo;
    }
  }

  static RepeatSummaries repeatDaily(TransactionLog log, SummarySpec spec) {
    int end = (int) spec.end().toEpochDay();
    int min = log.minDay();
    int m = log.customerCount();
    DayOrder order = new DayOrder(log, end);
    long[] state = new long[2 * m];
    split(order.rows, m, (lo, hi) -> scanRepeat(order, min, state, lo, hi));
    int n = 0;
    for (int c = 0; c < m; c++) {
      if (state[2 * c] != 0) {
        n++;
      }
    }
    double daysPerUnit = spec.daysPerUnit();
    int[] index = new int[n];
    int[] frequency = new int[n];
    double[] recency = new double[n];
    double[] age = new double[n];
    double[] monetary = new double[n];
    int i = 0;
    for (int c = 0; c < m; c++) {
      long s = state[2 * c];
      if (s == 0) {
        continue;
      }
      int first = (int) (s & MASK);
      int last = (int) ((s >>> BITS) & MASK);
      int x = (int) (s >>> (2 * BITS));
      index[i] = c;
      frequency[i] = x;
      recency[i] = (last - first) / daysPerUnit;
      age[i] = (end - (min - 1L + first)) / daysPerUnit;
      monetary[i] = x == 0 ? 0 : Double.longBitsToDouble(state[2 * c + 1]) / x;
      i++;
    }
    return RepeatSummaries.fromLog(log, spec, index, frequency, recency, age, monetary);
  }

  /** Packed state: first day, last day (both 1-based from the log's first day), frequency. */
  private static void scanRepeat(DayOrder order, int min, long[] state, int lo, int hi) {
    int[] customer = order.customer;
    double[] amount = order.amount;
    int[] start = order.start;
    if (start == null) {
      int[] days = order.days;
      for (int r = 0; r < order.rows; r++) {
        int c = customer[r];
        if (c >= lo && c < hi) {
          stepRepeat(state, c << 1, days[r] - min + 1, amount[r]);
        }
      }
      return;
    }
    for (int k = 1; k < start.length; k++) {
      for (int r = start[k - 1], to = start[k]; r < to; r++) {
        int c = customer[r];
        if (c >= lo && c < hi) {
          stepRepeat(state, c << 1, k, amount[r]);
        }
      }
    }
  }

  private static void stepRepeat(long[] state, int i, int day, double amount) {
    long s = state[i];
    if (s == 0) {
      state[i] = day | ((long) day << BITS);
      return;
    }
    if (day != (int) (s & MASK)) {
      if (day != (int) ((s >>> BITS) & MASK)) {
        state[i] = (s & ~(MASK << BITS)) + ((long) day << BITS) + FREQUENCY_ONE;
      }
      state[i + 1] = Double.doubleToRawLongBits(Double.longBitsToDouble(state[i + 1]) + amount);
    }
  }

  static RfmSummaries rfm(TransactionLog log, SummarySpec spec) {
    int date = (int) spec.end().toEpochDay();
    int min = log.minDay();
    int m = log.customerCount();
    int[] cust = log.rawCustomerIndex();
    int[] days = log.rawEpochDays();
    double[] amounts = log.rawAmounts();
    long[] state = new long[2 * m];
    split(
        cust.length,
        m,
        (lo, hi) -> {
          for (int r = 0; r < cust.length; r++) {
            int c = cust[r];
            int d = days[r];
            if (c >= lo && c < hi && d <= date) {
              int i = c << 1;
              long s = state[i];
              long day = d - (long) min + 1;
              long last = Math.max(s & LOW_INT, day);
              state[i] = ((s >>> 32) + 1) << 32 | last;
              state[i + 1] =
                  Double.doubleToRawLongBits(Double.longBitsToDouble(state[i + 1]) + amounts[r]);
            }
          }
        });
    int n = 0;
    for (int c = 0; c < m; c++) {
      if (state[2 * c] != 0) {
        n++;
      }
    }
    double daysPerUnit = spec.daysPerUnit();
    int[] index = new int[n];
    double[] recency = new double[n];
    int[] frequency = new int[n];
    double[] total = new double[n];
    double[] mean = new double[n];
    int i = 0;
    for (int c = 0; c < m; c++) {
      long s = state[2 * c];
      if (s == 0) {
        continue;
      }
      int count = (int) (s >>> 32);
      long last = min - 1L + (s & LOW_INT);
      double sum = Double.longBitsToDouble(state[2 * c + 1]);
      index[i] = c;
      recency[i] = (date - last) / daysPerUnit;
      frequency[i] = count;
      total[i] = sum;
      mean[i] = sum / count;
      i++;
    }
    return RfmSummaries.fromLog(log, spec, index, recency, frequency, total, mean);
  }

  /** Work on the customers {@code [lo, hi)}. */
  @FunctionalInterface
  private interface Range {
    void run(int lo, int hi);
  }

  /** Whether a log of this many rows is worth two tasks on this machine. */
  static boolean parallel(int rows) {
    return rows >= PARALLEL_ROWS && Runtime.getRuntime().availableProcessors() >= 2;
  }

  /** Runs the work over all customers, in two tasks when the log is large. */
  private static void split(int rows, int customers, Range work) {
    int mid = customers >>> 1;
    both(parallel(rows) && customers >= 2, () -> work.run(0, mid), () -> work.run(mid, customers));
  }

  /** Runs two independent pieces of work, in parallel or one after the other. */
  private static void both(boolean parallel, Runnable first, Runnable second) {
    if (parallel) {
      ForkJoinTask.invokeAll(ForkJoinTask.adapt(first), ForkJoinTask.adapt(second));
    } else {
      first.run();
      second.run();
    }
  }
}
