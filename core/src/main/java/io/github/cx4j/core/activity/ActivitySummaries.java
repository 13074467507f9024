/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collector;

/**
 * Per-customer activity summaries computed from a {@link TransactionLog}: the repeat-purchase
 * convention of customer-base models ({@link #repeat}), the RFM convention ({@link #rfm}) and
 * calibration/holdout splits ({@link #calibrationHoldout}).
 *
 * <p>All functions take the log's columns as they are (no boxing) and run in time linear in the
 * number of purchases plus the number of customers: a log in chronological order is summarised in
 * one pass; any other order is first put in day order with a counting sort. The object path ({@code
 * Collection<Transaction>}) builds a log and delegates.
 *
 * <p>Source: Fader, Hardie and Lee (2005), "Counting your customers the easy way: an alternative to
 * the Pareto/NBD model", Marketing Science 24(2), and the CDNOW summary that accompanies it; Hughes
 * (1994), "Strategic Database Marketing", for RFM. See {@code docs/activity.md}.
 */
public final class ActivitySummaries {
  private static final int NONE = Integer.MIN_VALUE;

  private ActivitySummaries() {}

  /**
   * Repeat summaries with purchases of one day counted as one and later purchases ignored, as in
   * the CDNOW reference ({@code repeat(log, LocalDate.of(1997, 9, 30), Duration.ofDays(7))}).
   *
   * @param log the purchases
   * @param end the observation end, inclusive
   * @param unit the unit of recency and age, positive
   * @return one row per customer who bought on or before {@code end}
   * @throws CxValidationException if the unit is not positive or nobody bought by {@code end}
   */
  public static RepeatSummaries repeat(TransactionLog log, LocalDate end, Duration unit) {
    return repeat(log, SummarySpec.of(end, unit));
  }

  /**
   * Repeat summaries of transactions (the object path; builds a {@link TransactionLog}).
   *
   * @param transactions the purchases, at least one
   * @param spec observation end, unit, period and policy for later purchases
   * @return one row per customer who bought on or before the end, in order of first appearance
   * @throws CxValidationException on an empty collection, a rejected later purchase, or nobody
   *     buying by the end
   */
  public static RepeatSummaries repeat(Collection<Transaction> transactions, SummarySpec spec) {
    return repeat(TransactionLog.of(transactions), spec);
  }

  /**
   * Repeat summaries from columns (copied into a {@link TransactionLog} first).
   *
   * @param customers the distinct customers
   * @param customerIndex each purchase's index into {@code customers}
   * @param epochDays each purchase's day, {@link LocalDate#toEpochDay()}
   * @param amounts each purchase's value
   * @param spec observation end, unit, period and policy for later purchases
   * @return the summaries
   */
  public static RepeatSummaries repeat(
      List<CustomerId> customers,
      int[] customerIndex,
      int[] epochDays,
      double[] amounts,
      SummarySpec spec) {
    return repeat(TransactionLog.ofColumns(customers, customerIndex, epochDays, amounts), spec);
  }

  /**
   * Repeat summaries (the fast path): frequency = distinct purchase periods after the first,
   * recency = first purchase day to the first day of the last purchase period, T = first purchase
   * day to the observation end, monetary = mean summed value of the repeat periods. Times are whole
   * days divided by the unit.
   *
   * @param log the purchases
   * @param spec observation end, unit, period and policy for later purchases
   * @return one row per customer who bought on or before the end, in the order of the log's
   *     customer table
   * @throws CxValidationException if a purchase is after the end under {@link
   *     LaterPurchases#REJECT}, or nobody bought by the end
   */
  public static RepeatSummaries repeat(TransactionLog log, SummarySpec spec) {
    int end = (int) spec.end().toEpochDay();
    requireNoLaterPurchase(log, spec, end, "observation end");
    requireSomePurchase(log, spec);
    if (FastSummaries.fitsDaily(log, spec)) {
      return FastSummaries.repeatDaily(log, spec);
    }
    Pass pass = new Pass(log, spec.period(), end, end);
    pass.run();
    return pass.repeatSummaries(log, spec);
  }

  /**
   * Each customer's {@code litt}, the sum of the logarithms of the inter-purchase times, the
   * statistic of timing regularity that BG/CNBD-k, MBG/CNBD-k and Pareto/GGG need besides (x, t_x,
   * T) (Platzer and Reutterer 2016, "Ticking away the moments: Timing regularity helps to better
   * predict customer activity", Marketing Science 35(5); computed as BTYDplus' {@code elog2cbs}
   * does: purchases of one period merged, {@code sum(log(itt))} over the x intervals between
   * consecutive purchases up to the end). The intervals are those of {@link #repeat(TransactionLog,
   * SummarySpec)}: between the first days of consecutive distinct purchase periods, in units, so
   * they add up to the recency t_x; with x repeat purchases {@code litt <= x ln(t_x / x)}, and 0
   * when x is 0.
   *
   * @param log the purchases
   * @param spec observation end, unit, period and policy for later purchases
   * @return one value per row of {@code repeat(log, spec)}, in the same order
   * @throws CxValidationException as {@link #repeat(TransactionLog, SummarySpec)}
   */
  public static double[] litt(TransactionLog log, SummarySpec spec) {
    int end = (int) spec.end().toEpochDay();
    requireNoLaterPurchase(log, spec, end, "observation end");
    requireSomePurchase(log, spec);
    Pass pass = new Pass(log, spec.period(), end, end);
    pass.logGaps = new double[pass.customers];
    pass.run();
    return pass.litt(spec);
  }

  /**
   * A collector of transactions into repeat summaries, for streams (also parallel ones): partial
   * results are {@link TransactionLog.Builder}s, merged in encounter order, so a parallel stream
   * gives the same summaries as a sequential one.
   *
   * @param spec observation end, unit, period and policy for later purchases
   * @return the collector; it throws {@link CxValidationException} on an empty stream
   */
  public static Collector<Transaction, ?, RepeatSummaries> repeatCollector(SummarySpec spec) {
    return Collector.of(
        TransactionLog::builder,
        TransactionLog.Builder::add,
        TransactionLog.Builder::merge,
        b -> repeat(b.build(), spec));
  }

  /**
   * A collector of transactions into RFM summaries, for streams (also parallel ones).
   *
   * @param spec analysis date, unit and policy for later purchases
   * @return the collector; it throws {@link CxValidationException} on an empty stream
   */
  public static Collector<Transaction, ?, RfmSummaries> rfmCollector(SummarySpec spec) {
    return Collector.of(
        TransactionLog::builder,
        TransactionLog.Builder::add,
        TransactionLog.Builder::merge,
        b -> rfm(b.build(), spec));
  }

  /**
   * A calibration/holdout split: the repeat summaries up to the calibration end of {@code
   * calibration}, and the purchase periods and value of the same customers after it, up to and
   * including {@code holdoutEnd}. Purchases after {@code holdoutEnd} follow the policy of {@code
   * calibration}.
   *
   * @param log the purchases
   * @param calibration calibration end, unit, period, and the policy for purchases after the
   *     holdout end
   * @param holdoutEnd the last day of the holdout, after the calibration end
   * @return the split
   * @throws CxValidationException if {@code holdoutEnd} is not after the calibration end, a later
   *     purchase is rejected, or nobody bought by the calibration end
   */
  public static CalibrationHoldout calibrationHoldout(
      TransactionLog log, SummarySpec calibration, LocalDate holdoutEnd) {
    CalibrationHoldout.requireAfter(calibration.end(), holdoutEnd);
    Transaction.checkDate("CalibrationHoldout.holdoutEnd", holdoutEnd);
    int end = (int) calibration.end().toEpochDay();
    int limit = (int) holdoutEnd.toEpochDay();
    requireNoLaterPurchase(log, calibration.atEnd(holdoutEnd), limit, "holdout end");
    Pass pass = new Pass(log, calibration.period(), end, limit);
    pass.run();
    RepeatSummaries summaries = pass.repeatSummaries(log, calibration);
    int n = summaries.size();
    int[] frequency = new int[n];
    double[] value = new double[n];
    int i = 0;
    for (int c = 0; c < pass.customers; c++) {
      if (pass.firstDay[c] != NONE) {
        frequency[i] = pass.holdFrequency[c];
        value[i] = pass.holdValue[c];
        i++;
      }
    }
    return new CalibrationHoldout(summaries, holdoutEnd, frequency, value);
  }

  /**
   * RFM summaries with a unit and later purchases ignored.
   *
   * @param log the purchases
   * @param analysisDate the analysis date, inclusive
   * @param unit the unit of recency
   * @return one row per customer who bought on or before the analysis date
   */
  public static RfmSummaries rfm(TransactionLog log, LocalDate analysisDate, Duration unit) {
    return rfm(log, SummarySpec.of(analysisDate, unit));
  }

  /**
   * RFM summaries of transactions (the object path).
   *
   * @param transactions the purchases, at least one
   * @param spec analysis date ({@link SummarySpec#end()}), unit and later-purchase policy
   * @return the summaries
   */
  public static RfmSummaries rfm(Collection<Transaction> transactions, SummarySpec spec) {
    return rfm(TransactionLog.of(transactions), spec);
  }

  /**
   * RFM summaries (the fast path): recency = last purchase day to the analysis date in units,
   * frequency = number of purchases (rows; the purchase period does not apply), monetary total and
   * mean. Any row order; one pass.
   *
   * @param log the purchases
   * @param spec the analysis date ({@link SummarySpec#end()}), unit and later-purchase policy
   * @return one row per customer who bought on or before the analysis date
   * @throws CxValidationException if a purchase is after the date under {@link
   *     LaterPurchases#REJECT}, or nobody bought by the date
   */
  public static RfmSummaries rfm(TransactionLog log, SummarySpec spec) {
    int date = (int) spec.end().toEpochDay();
    requireNoLaterPurchase(log, spec, date, "analysis date");
    requireSomePurchase(log, spec);
    return FastSummaries.rfm(log, spec);
  }

  /** The general one-pass path, also for one-day periods: for tests of the fast path. */
  static RepeatSummaries repeatGeneral(TransactionLog log, SummarySpec spec) {
    int end = (int) spec.end().toEpochDay();
    Pass pass = new Pass(log, spec.period(), end, end);
    pass.run();
    return pass.repeatSummaries(log, spec);
  }

  private static void requireNoLaterPurchase(
      TransactionLog log, SummarySpec spec, int limit, String what) {
    if (spec.laterPurchases() != LaterPurchases.REJECT || log.maxDay() <= limit) {
      return;
    }
    int[] days = log.rawEpochDays();
    for (int r = 0; r < days.length; r++) {
      if (days[r] > limit) {
        throw CxValidationException.withMessage(
            "Transaction.date",
            "Transaction.date must be on or before the "
                + what
                + " "
                + LocalDate.ofEpochDay(limit)
                + ", was "
                + LocalDate.ofEpochDay(days[r])
                + " (row "
                + (r + 1)
                + ", customer \""
                + log.customer(r)
                + "\")");
      }
    }
  }

  private static void requireSomePurchase(TransactionLog log, SummarySpec spec) {
    if (log.minDay() > spec.end().toEpochDay()) {
      throw CxValidationException.of(
          "SummarySpec.end", "not precede the first purchase on " + log.firstDate(), spec.end());
    }
  }

  /** One pass over the purchases in day order, keeping per-customer state. */
  private static final class Pass {
    // Per-customer state, interleaved for locality: first day, first period, last period, first
    // day of the last period, repeat frequency.
    private static final int FIRST_DAY = 0;
    private static final int FIRST_PERIOD = 1;
    private static final int LAST_PERIOD = 2;
    private static final int LAST_DAY = 3;
    private static final int FREQUENCY = 4;
    private static final int STRIDE = 5;

    final int customers;
    final int[] firstDay;
    final int[] holdFrequency;
    final double[] holdValue;
    private final int[] state;
    private final double[] repeatValue;
    private final int[] holdLastPeriod;
    private final TransactionLog log;
    private final PurchasePeriod period;
    private final int end;
    private final int limit;
    // sum of ln(days between consecutive repeat periods' first days) per customer, if wanted
    double @org.jspecify.annotations.Nullable [] logGaps;

    Pass(TransactionLog log, PurchasePeriod period, int end, int limit) {
      this.log = log;
      this.period = period;
      this.end = end;
      this.limit = limit;
      this.customers = log.customerCount();
      if ((long) customers * STRIDE > Integer.MAX_VALUE - 8) {
        throw CxValidationException.of(
            "TransactionLog.customerCount",
            "be at most " + (Integer.MAX_VALUE - 8) / STRIDE,
            customers);
      }
      this.state = new int[customers * STRIDE];
      this.repeatValue = new double[customers];
      this.firstDay = new int[customers];
      boolean holdout = limit > end;
      this.holdFrequency = holdout ? new int[customers] : new int[0];
      this.holdValue = holdout ? new double[customers] : new double[0];
      this.holdLastPeriod = holdout ? new int[customers] : new int[0];
    }

    void run() {
      if (log.minDay() > end) {
        throw CxValidationException.of(
            "SummarySpec.end",
            "not precede the first purchase on " + log.firstDate(),
            LocalDate.ofEpochDay(end));
      }
      for (int c = 0; c < customers; c++) {
        state[c * STRIDE + FIRST_DAY] = NONE;
      }
      int[] days = log.rawEpochDays();
      int[] periods = periodIndex(days);
      if (log.isChronological()) {
        for (int r = 0; r < days.length; r++) {
          if (days[r] > limit) {
            break;
          }
          visit(r, periods);
        }
      } else {
        for (int r : dayOrder(days)) {
          visit(r, periods);
        }
      }
      for (int c = 0; c < customers; c++) {
        firstDay[c] = state[c * STRIDE + FIRST_DAY];
      }
    }

    /** The period of every row, or null when the period is the day itself. */
    private int @org.jspecify.annotations.Nullable [] periodIndex(int[] days) {
      if (period == PurchasePeriod.DAY) {
        return null;
      }
      int[] out = new int[days.length];
      if (period == PurchasePeriod.ISO_WEEK) {
        for (int r = 0; r < days.length; r++) {
          out[r] = (int) PurchasePeriod.ISO_WEEK.index(days[r]);
        }
        return out;
      }
      int min = log.minDay();
      long range = (long) Math.min(log.maxDay(), limit) - min + 1;
      if (range > 0 && range <= 4L * days.length + 4096) {
        int[] table = new int[(int) range];
        for (int k = 0; k < table.length; k++) {
          table[k] = (int) period.index((long) min + k);
        }
        for (int r = 0; r < days.length; r++) {
          if (days[r] <= limit) {
            out[r] = table[days[r] - min];
          }
        }
      } else {
        for (int r = 0; r < days.length; r++) {
          out[r] = (int) period.index(days[r]);
        }
      }
      return out;
    }

    private void visit(int r, int @org.jspecify.annotations.Nullable [] periods) {
      int d = log.rawEpochDays()[r];
      int c = log.rawCustomerIndex()[r];
      double amount = log.rawAmounts()[r];
      int p = periods == null ? d : periods[r];
      int s = c * STRIDE;
      if (d <= end) {
        if (state[s + FIRST_DAY] == NONE) {
          state[s + FIRST_DAY] = d;
          state[s + FIRST_PERIOD] = p;
          state[s + LAST_PERIOD] = p;
          state[s + LAST_DAY] = d;
        } else if (p != state[s + FIRST_PERIOD]) {
          if (p != state[s + LAST_PERIOD]) {
            if (logGaps != null) {
              logGaps[c] += Math.log((double) d - state[s + LAST_DAY]);
            }
            state[s + LAST_PERIOD] = p;
            state[s + LAST_DAY] = d;
            state[s + FREQUENCY]++;
          }
          repeatValue[c] += amount;
        }
      } else if (state[s + FIRST_DAY] != NONE) {
        if (holdFrequency[c] == 0 || p != holdLastPeriod[c]) {
          holdLastPeriod[c] = p;
          holdFrequency[c]++;
        }
        holdValue[c] += amount;
      }
    }

    /**
     * Rows on or before the limit, stably sorted by day (a counting sort when the range allows).
     */
    private int[] dayOrder(int[] days) {
      int min = log.minDay();
      int max = Math.min(log.maxDay(), limit);
      long range = (long) max - min + 1;
      int kept = 0;
      for (int d : days) {
        if (d <= limit) {
          kept++;
        }
      }
      int[] order = new int[kept];
      if (range <= 2L * days.length + 65_536) {
        int[] start = new int[(int) range + 1];
        for (int d : days) {
          if (d <= limit) {
            start[d - min + 1]++;
          }
        }
        for (int k = 1; k < start.length; k++) {
          start[k] += start[k - 1];
        }
        for (int r = 0; r < days.length; r++) {
          int d = days[r];
          if (d <= limit) {
            order[start[d - min]++] = r;
          }
        }
        return order;
      }
      long[] keys = new long[kept];
      int k = 0;
      for (int r = 0; r < days.length; r++) {
        if (days[r] <= limit) {
          keys[k++] = ((long) days[r] - min) << 32 | r;
        }
      }
      Arrays.sort(keys);
      for (int j = 0; j < kept; j++) {
        order[j] = (int) keys[j];
      }
      return order;
    }

    /** litt per customer who bought by the end, in the order of {@link #repeatSummaries}. */
    double[] litt(SummarySpec spec) {
      double[] gaps = java.util.Objects.requireNonNull(logGaps);
      double logUnit = Math.log(spec.daysPerUnit());
      int n = 0;
      for (int c = 0; c < customers; c++) {
        if (firstDay[c] != NONE) {
          n++;
        }
      }
      double[] out = new double[n];
      int i = 0;
      for (int c = 0; c < customers; c++) {
        if (firstDay[c] != NONE) {
          int x = state[c * STRIDE + FREQUENCY];
          out[i++] = x == 0 ? 0.0 : gaps[c] - x * logUnit;
        }
      }
      return out;
    }

    RepeatSummaries repeatSummaries(TransactionLog log, SummarySpec spec) {
      int n = 0;
      for (int c = 0; c < customers; c++) {
        if (firstDay[c] != NONE) {
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
      for (int c = 0; c < customers; c++) {
        int s = c * STRIDE;
        int first = state[s + FIRST_DAY];
        if (first == NONE) {
          continue;
        }
        int x = state[s + FREQUENCY];
        index[i] = c;
        frequency[i] = x;
        recency[i] = x == 0 ? 0 : (state[s + LAST_DAY] - (long) first) / daysPerUnit;
        age[i] = (end - (long) first) / daysPerUnit;
        monetary[i] = x == 0 ? 0 : repeatValue[c] / x;
        i++;
      }
      return RepeatSummaries.fromLog(log, spec, index, frequency, recency, age, monetary);
    }
  }
}
