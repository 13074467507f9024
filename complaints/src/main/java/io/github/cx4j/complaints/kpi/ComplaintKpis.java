/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.internal.LongLongMap;
import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Interval;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.concept.ComplaintCause;
import io.github.cx4j.core.internal.Intervals;
import io.github.cx4j.core.internal.Percentiles;
import io.github.cx4j.core.internal.Rounding;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collector;

/**
 * Complaint KPIs as pure functions (ISO 10002:2018 clause 9.3; helpdesk practice):
 *
 * <ul>
 *   <li>volume, distinct customers and complaints per 1,000 customers;
 *   <li>first-contact resolution (FCR) measured by repeat contacts: a complaint counts as resolved
 *       at first contact when the same customer does not complain again in the same category within
 *       the repeat window (unassessed complaints form their own category);
 *   <li>times to acknowledge, to first response and to resolution: median and 90th percentile;
 *   <li>reopen, bounce, escalation and upheld rates with Wilson intervals;
 *   <li>redress paid, satisfaction after resolution, recurrence by root cause.
 * </ul>
 *
 * <p>Three inputs: an event stream ({@link #fromEvents}), final states ({@link #of(Collection,
 * KpiOptions)}) and primitive columns ({@link #of(ComplaintColumns, KpiOptions)}, the fast path the
 * others delegate to).
 */
public final class ComplaintKpis {
  private ComplaintKpis() {}

  /**
   * KPIs over an event stream that may interleave many complaints; each complaint's events must be
   * in version order (duplicates are ignored, see {@link ComplaintWorkflow#evolve}).
   *
   * @param events the events
   * @param options the options
   * @return the report
   * @throws CxValidationException if a complaint's stream is corrupt
   */
  public static KpiReport fromEvents(
      Iterable<? extends ComplaintEvent> events, KpiOptions options) {
    return of(replayAll(events).values(), options);
  }

  /**
   * Folds an interleaved event stream into the final state of each complaint.
   *
   * @param events the events
   * @return the complaints by id, in order of first appearance
   */
  public static Map<ComplaintId, Complaint> replayAll(Iterable<? extends ComplaintEvent> events) {
    return ComplaintWorkflow.replayAll(events);
  }

  /**
   * A new mergeable accumulator.
   *
   * @return an empty accumulator
   */
  public static KpiAccumulator accumulator() {
    return new KpiAccumulator();
  }

  /**
   * A collector of complaint states into a report, usable with parallel streams.
   *
   * @param options the options
   * @return the collector
   */
  public static Collector<Complaint, KpiAccumulator, KpiReport> collector(KpiOptions options) {
    return Collector.of(
        KpiAccumulator::new, KpiAccumulator::add, KpiAccumulator::merge, a -> a.result(options));
  }

  /**
   * KPIs over complaint states; redress is reported exactly in every currency.
   *
   * @param complaints the complaints
   * @param options the options
   * @return the report
   */
  public static KpiReport of(Collection<Complaint> complaints, KpiOptions options) {
    KpiReport fromColumns = of(ComplaintColumns.of(complaints, options.currency()), options);
    Map<String, Money> redress = new TreeMap<>();
    for (Complaint c : complaints) {
      for (Remedy r : c.remedies()) {
        if (r.value().isPresent()) {
          Money m = r.value().get();
          redress.merge(m.currency().getCurrencyCode(), m, Money::plus);
        }
      }
    }
    return KpiReport.builder().from(fromColumns).redressPaid(Map.copyOf(redress)).build();
  }

  /**
   * KPIs over columns: the fast path.
   *
   * @param c the columns
   * @param options the options
   * @return the report
   * @throws CxValidationException if a time precedes its complaint's receipt or a value is out of
   *     range
   */
  public static KpiReport of(ComplaintColumns c, KpiOptions options) {
    int n = c.size();
    int maxCustomer = -1;
    for (int i = 0; i < n; i++) {
      if (c.customer()[i] < 0) {
        throw CxValidationException.of(
            "ComplaintColumns.customer[" + i + "]", "not be negative", c.customer()[i]);
      }
      maxCustomer = Math.max(maxCustomer, c.customer()[i]);
    }
    boolean[] seen = new boolean[maxCustomer + 1];
    long distinct = 0;
    long reopened = 0;
    long bounced = 0;
    long bounceTotal = 0;
    long escalated = 0;
    long upheld = 0;
    long decided = 0;
    long satN = 0;
    double satSum = 0;
    double satSq = 0;
    double redress = 0;
    long[][] recurrence = new long[ComplaintCause.values().length][Recurrence.values().length];
    long unassessed = 0;
    int upheldOrdinal = ClosureOutcome.UPHELD.ordinal();
    int notUpheldOrdinal = ClosureOutcome.NOT_UPHELD.ordinal();
    for (int i = 0; i < n; i++) {
      if (!seen[c.customer()[i]]) {
        seen[c.customer()[i]] = true;
        distinct++;
      }
      if (c.reopens()[i] > 0) {
        reopened++;
      }
      if (c.bounces()[i] > 0) {
        bounced++;
        bounceTotal += c.bounces()[i];
      }
      if (c.escalationLevel()[i] > 0) {
        escalated++;
      }
      int outcome = c.outcome()[i];
      if (outcome == upheldOrdinal) {
        upheld++;
        decided++;
      } else if (outcome == notUpheldOrdinal) {
        decided++;
      }
      double s = c.satisfactionAfter()[i];
      if (s >= 0) {
        if (s > 1) {
          throw CxValidationException.of(
              "ComplaintColumns.satisfactionAfter[" + i + "]", "be within 0..1 or -1", s);
        }
        satN++;
        satSum += s;
        satSq += s * s;
      }
      redress += c.redress()[i];
      if (c.rootCause()[i] >= 0 && c.recurrence()[i] >= 0) {
        recurrence[c.rootCause()[i]][c.recurrence()[i]]++;
      } else {
        unassessed++;
      }
    }
    Map<ComplaintCause, Map<Recurrence, Long>> byRoot = new EnumMap<>(ComplaintCause.class);
    Map<ComplaintCause, Rate> recurringShare = new EnumMap<>(ComplaintCause.class);
    for (ComplaintCause o : ComplaintCause.values()) {
      Map<Recurrence, Long> row = new EnumMap<>(Recurrence.class);
      long total = 0;
      for (Recurrence r : Recurrence.values()) {
        row.put(r, recurrence[o.ordinal()][r.ordinal()]);
        total += recurrence[o.ordinal()][r.ordinal()];
      }
      byRoot.put(o, Map.copyOf(row));
      recurringShare.put(
          o,
          Rate.of(
              recurrence[o.ordinal()][Recurrence.RECURRING.ordinal()]
                  + recurrence[o.ordinal()][Recurrence.SYSTEMIC.ordinal()],
              total));
    }
    Optional<Double> per1000 =
        options.customers().isPresent()
            ? Optional.of(1000.0 * n / options.customers().getAsLong())
            : Optional.empty();
    int digits = Math.max(0, options.currency().getDefaultFractionDigits());
    Money paid = Money.of(Rounding.decimal(redress, digits), options.currency());
    return KpiReport.builder()
        .complaints(n)
        .distinctCustomers(distinct)
        .per1000Customers(per1000)
        .firstContactResolution(Rate.of(n - repeats(c, options.repeatWindowDays()), n))
        .repeatWindowDays(options.repeatWindowDays())
        .timeToAcknowledge(durations(c.receivedAt(), c.acknowledgedAt(), "acknowledgedAt"))
        .timeToFirstResponse(durations(c.receivedAt(), c.firstResponseAt(), "firstResponseAt"))
        .timeToResolution(durations(c.receivedAt(), c.resolvedAt(), "resolvedAt"))
        .reopenRate(Rate.of(reopened, n))
        .bounceRate(Rate.of(bounced, n))
        .meanBounces(n == 0 ? 0 : bounceTotal / (double) n)
        .escalationRate(Rate.of(escalated, n))
        .upheldRate(Rate.of(upheld, decided))
        .redressPaid(redress == 0 ? Map.of() : Map.of(options.currency().getCurrencyCode(), paid))
        .satisfactionAfterResolution(satisfaction(satN, satSum, satSq))
        .recurrenceByRootCause(Map.copyOf(byRoot))
        .recurringShareByRootCause(Map.copyOf(recurringShare))
        .unassessed(unassessed)
        .build();
  }

  /** Counts complaints followed by a repeat of the same customer and category within the window. */
  static long repeats(ComplaintColumns c, int windowDays) {
    int n = c.size();
    int[] order = orderByTime(c.receivedAt());
    long window = windowDays * 86_400L;
    LongLongMap next = new LongLongMap(Math.min(n, 1 << 20));
    long repeats = 0;
    for (int k = n - 1; k >= 0; k--) {
      int i = order[k];
      long key = ((long) c.customer()[i] << 32) | (c.category()[i] & 0xFFFF_FFFFL);
      long t = c.receivedAt()[i];
      long later = next.get(key, ComplaintColumns.NONE);
      if (later != ComplaintColumns.NONE && later - t <= window) {
        repeats++;
      }
      next.put(key, t);
    }
    return repeats;
  }

  /** Row indices sorted by time, ties by index. */
  static int[] orderByTime(long[] times) {
    int n = times.length;
    int[] order = new int[n];
    if (n == 0) {
      return order;
    }
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (long t : times) {
      min = Math.min(min, t);
      max = Math.max(max, t);
    }
    int indexBits = 64 - Long.numberOfLeadingZeros(Math.max(1, n - 1));
    boolean packable = max - min >= 0 && (max - min) < (1L << (63 - indexBits));
    if (packable) {
      long[] packed = new long[n];
      for (int i = 0; i < n; i++) {
        packed[i] = ((times[i] - min) << indexBits) | i;
      }
      Arrays.sort(packed);
      long mask = (1L << indexBits) - 1;
      for (int i = 0; i < n; i++) {
        order[i] = (int) (packed[i] & mask);
      }
      return order;
    }
    Integer[] boxed = new Integer[n];
    for (int i = 0; i < n; i++) {
      boxed[i] = i;
    }
    Arrays.sort(boxed, Comparator.comparingLong((Integer i) -> times[i]).thenComparing(i -> i));
    for (int i = 0; i < n; i++) {
      order[i] = boxed[i];
    }
    return order;
  }

  private static DurationStats durations(long[] from, long[] to, String column) {
    long[] d = new long[from.length];
    int m = 0;
    for (int i = 0; i < from.length; i++) {
      if (to[i] != ComplaintColumns.NONE) {
        long diff = to[i] - from[i];
        if (diff < 0) {
          throw CxValidationException.of(
              "ComplaintColumns." + column + "[" + i + "]",
              "not precede receivedAt " + from[i],
              to[i]);
        }
        d[m++] = diff;
      }
    }
    if (m == 0) {
      return new DurationStats(0, Duration.ZERO, Duration.ZERO);
    }
    // selection, not sorting: two expected-linear passes instead of an n log n sort
    double median = Percentiles.select(d, m, 0.5);
    double p90 = Percentiles.select(d, m, 0.9);
    return new DurationStats(
        m, Duration.ofSeconds(Rounding.whole(median)), Duration.ofSeconds(Rounding.whole(p90)));
  }

  private static SatisfactionStats satisfaction(long n, double sum, double sq) {
    if (n == 0) {
      return new SatisfactionStats(0, 0, 0, new Interval(0, 0));
    }
    double mean = sum / n;
    double var = n > 1 ? Math.max(0, (sq - n * mean * mean) / (n - 1)) : 0;
    double se = Math.sqrt(var / n);
    return new SatisfactionStats(
        n,
        mean,
        se,
        new Interval(
            Intervals.clamp(mean - Intervals.Z95 * se, 0, 1),
            Intervals.clamp(mean + Intervals.Z95 * se, 0, 1)));
  }
}
