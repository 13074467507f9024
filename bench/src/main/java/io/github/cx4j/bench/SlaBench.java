/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.bench;

import io.github.cx4j.complaints.sla.BusinessCalendar;
import io.github.cx4j.complaints.sla.TimeRange;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Due-instant computations on a business calendar (issue: at least 1,000,000 per second for targets
 * up to 5 business days on a calendar with 2 intervals a day and 20 holidays a year). Starts are
 * spread over 2026-2027 in America/New_York (so DST changes are crossed); targets are uniform
 * between 1 minute and 5 business days (40 hours).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SlaBench {
  private static final int N = 4096;

  private BusinessCalendar calendar;
  private final Instant[] starts = new Instant[N];
  private final Duration[] targets = new Duration[N];
  private int i;

  /** Builds the calendar and the inputs from a fixed seed. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(20261122L);
    BusinessCalendar.Builder builder =
        BusinessCalendar.builder()
            .from(
                BusinessCalendar.weekly(
                    ZoneId.of("America/New_York"),
                    EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
                    List.of(TimeRange.of("09:00", "12:00"), TimeRange.of("13:00", "18:00"))));
    for (int year = 2026; year <= 2028; year++) {
      LocalDate first = LocalDate.of(year, 1, 1);
      int added = 0;
      while (added < 20) {
        LocalDate d = first.plusDays(random.nextInt(365));
        if (d.getDayOfWeek().getValue() <= 5) {
          builder.addHoliday(d);
          added++;
        }
      }
    }
    calendar = builder.build();
    long from = Instant.parse("2026-01-01T00:00:00Z").getEpochSecond();
    long span = 2L * 365 * 86_400;
    for (int k = 0; k < N; k++) {
      starts[k] = Instant.ofEpochSecond(from + random.nextLong(span));
      targets[k] = Duration.ofMinutes(1 + random.nextInt(40 * 60));
    }
    // compile the years once, outside the measurement
    calendar.add(starts[0], Duration.ofDays(3 * 365));
  }

  /**
   * One due instant: start plus a business duration.
   *
   * @return the due instant
   */
  @Benchmark
  public Instant due() {
    int k = i++ & (N - 1);
    return calendar.add(starts[k], targets[k]);
  }

  /**
   * Business time between a start and start plus up to 5 calendar weeks.
   *
   * @return the business duration
   */
  @Benchmark
  public Duration between() {
    int k = i++ & (N - 1);
    return calendar.between(starts[k], starts[k].plus(targets[k].multipliedBy(20)));
  }
}
