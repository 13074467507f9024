/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import io.github.cx4j.core.CxValidationException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The calendar compiled to per-year blocks of business segments on the instant timeline (epoch
 * nanoseconds), with cumulative sums, so that every operation is two binary searches instead of a
 * walk over minutes or days.
 *
 * <p>A block covers the instants from the first moment of 1 January of its local year to the first
 * moment of the next 1 January; it holds the working intervals of the shifts that start on the
 * dates of that year and of the last day of the year before (whose overnight tails reach into it),
 * with closures cut out, mapped to instants, clipped to the block and merged. Two small indexes
 * (the segment at each 6-hour step of the block, the segment at each 4 business hours of running
 * sum) replace the binary searches of the hot path by a lookup and a short forward scan.
 */
final class CompiledCalendar {
  static final Instant MIN = Instant.parse("1900-01-01T00:00:00Z");
  static final Instant MAX = Instant.parse("2200-01-01T00:00:00Z");
  private static final long NANOS = 1_000_000_000L;
  private static final long MINUTES_PER_DAY = 1440;
  private static final long INSTANT_BUCKET = 6L * 3600 * NANOS;
  private static final long CUM_BUCKET = 4L * 3600 * NANOS;

  private final ZoneRules rules;
  private final int[][][] week = new int[7][][];
  private final Set<LocalDate> holidays;
  private final Map<LocalDate, int[][]> extra = new HashMap<>();
  private final Map<LocalDate, List<int[]>> closures = new HashMap<>();
  private final ConcurrentHashMap<Integer, Block> blocks = new ConcurrentHashMap<>();
  private volatile @Nullable Block last;

  /** Business segments of one local year. */
  static final class Block {
    final int year;
    final long start;
    final long end;
    final long[] starts;
    final long[] ends;
    final long[] cumEnd;
    final long total;

    /** For each 6-hour bucket of the block: the last segment starting at or before it, or -1. */
    final int[] byInstant;

    /** For each 4 business hours k: the first segment whose running sum reaches k * 4 hours. */
    final int[] byCum;

    Block(int year, long start, long end, long[] starts, long[] ends) {
      this.year = year;
      this.start = start;
      this.end = end;
      this.starts = starts;
      this.ends = ends;
      this.cumEnd = new long[starts.length];
      long sum = 0;
      for (int i = 0; i < starts.length; i++) {
        sum += ends[i] - starts[i];
        cumEnd[i] = sum;
      }
      this.total = sum;
      int n = starts.length;
      this.byInstant = new int[(int) ((end - start) / INSTANT_BUCKET) + 1];
      int i = -1;
      for (int j = 0; j < byInstant.length; j++) {
        long bucketStart = start + j * INSTANT_BUCKET;
        while (i + 1 < n && starts[i + 1] <= bucketStart) {
          i++;
        }
        byInstant[j] = i;
      }
      this.byCum = new int[(int) (sum / CUM_BUCKET) + 1];
      int c = 0;
      for (int k = 0; k < byCum.length; k++) {
        long threshold = k * CUM_BUCKET;
        while (c < n - 1 && cumEnd[c] < threshold) {
          c++;
        }
        byCum[k] = c;
      }
    }

    /** Index of the last segment starting at or before {@code t}, or -1 (t within the block). */
    private int lastStartAtOrBefore(long t) {
      int j = (int) Math.min(Math.max(0, (t - start) / INSTANT_BUCKET), byInstant.length - 1);
      int i = byInstant[j];
      while (i + 1 < starts.length && starts[i + 1] <= t) {
        i++;
      }
      return i;
    }

    /** Business nanoseconds from the block start to {@code t} (clamped to the block). */
    long cumAt(long t) {
      int i = lastStartAtOrBefore(t);
      if (i < 0) {
        return 0;
      }
      long before = i == 0 ? 0 : cumEnd[i - 1];
      return before + Math.min(t, ends[i]) - starts[i];
    }

    /** The instant at which the cumulative business time reaches {@code target} (0 < target). */
    long instantAt(long target) {
      int i = byCum[(int) Math.min(target / CUM_BUCKET, byCum.length - 1)];
      while (cumEnd[i] < target) {
        i++;
      }
      long before = i == 0 ? 0 : cumEnd[i - 1];
      return starts[i] + (target - before);
    }

    /** Index of the segment containing {@code t}, or -1. */
    int segmentAt(long t) {
      int k = Arrays.binarySearch(starts, t);
      int i = k >= 0 ? k : -k - 2;
      return i >= 0 && t < ends[i] ? i : -1;
    }

    /** Index of the first segment starting at or after {@code t}, or {@code starts.length}. */
    int firstStartAtOrAfter(long t) {
      int k = Arrays.binarySearch(starts, t);
      return k >= 0 ? k : -k - 1;
    }
  }

  CompiledCalendar(BusinessCalendar calendar) {
    this.rules = calendar.zone().getRules();
    for (DayOfWeek day : DayOfWeek.values()) {
      week[day.ordinal()] = ranges(calendar.week().getOrDefault(day, List.of()));
    }
    this.holidays = new HashSet<>(calendar.holidays());
    for (ExtraWorkingDay day : calendar.extraWorkingDays()) {
      extra.put(day.date(), ranges(day.hours()));
    }
    for (Closure closure : calendar.closures()) {
      closures
          .computeIfAbsent(closure.date(), d -> new ArrayList<>())
          .add(
              new int[] {
                TimeRange.parse("Closure.from", closure.from(), false),
                TimeRange.parse("Closure.to", closure.to(), true)
              });
    }
  }

  private static int[][] ranges(List<TimeRange> list) {
    int[][] out = new int[list.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = new int[] {list.get(i).startMinute(), list.get(i).endMinuteFromStartDay()};
    }
    return out;
  }

  // ---- the mapping from local wall-clock time to instants ----

  /**
   * The first instant at which the wall clock shows {@code localMinute} (minutes since
   * 1970-01-01T00:00 local) or later: in a gap, the instant of the transition; in an overlap, the
   * earlier occurrence.
   */
  long instantOfLocal(long localMinute) {
    long localSecond = localMinute * 60;
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
    List<ZoneOffset> offsets = rules.getValidOffsets(ldt);
    long second;
    if (offsets.isEmpty()) {
      second = rules.getTransition(ldt).getInstant().getEpochSecond();
    } else {
      second = localSecond - offsets.get(0).getTotalSeconds();
    }
    return second * NANOS;
  }

  private int[][] hoursOn(LocalDate date) {
    if (holidays.contains(date)) {
      return new int[0][];
    }
    int[][] special = extra.get(date);
    return special != null ? special : week[date.getDayOfWeek().ordinal()];
  }

  Block block(int year) {
    if (year < 1899 || year > 2200) {
      throw CxValidationException.of(
          "BusinessCalendar.instant", "lie in the supported years 1900..2199", year);
    }
    return blocks.computeIfAbsent(year, this::compile);
  }

  private Block compile(int year) {
    LocalDate first = LocalDate.of(year, 1, 1);
    LocalDate end = LocalDate.of(year + 1, 1, 1);
    long blockStart = instantOfLocal(first.toEpochDay() * MINUTES_PER_DAY);
    long blockEnd = instantOfLocal(end.toEpochDay() * MINUTES_PER_DAY);
    List<long[]> segments = new ArrayList<>();
    for (LocalDate d = first.minusDays(1); d.isBefore(end); d = d.plusDays(1)) {
      long dayMinute = d.toEpochDay() * MINUTES_PER_DAY;
      for (int[] range : hoursOn(d)) {
        List<long[]> pieces = new ArrayList<>();
        pieces.add(new long[] {dayMinute + range[0], dayMinute + range[1]});
        cut(pieces, d);
        cut(pieces, d.plusDays(1));
        for (long[] piece : pieces) {
          long s = Math.max(instantOfLocal(piece[0]), blockStart);
          long e = Math.min(instantOfLocal(piece[1]), blockEnd);
          if (e > s) {
            segments.add(new long[] {s, e});
          }
        }
      }
    }
    segments.sort((a, b) -> Long.compare(a[0], b[0]));
    long[] starts = new long[segments.size()];
    long[] ends = new long[segments.size()];
    int n = 0;
    for (long[] seg : segments) {
      if (n > 0 && seg[0] <= ends[n - 1]) {
        ends[n - 1] = Math.max(ends[n - 1], seg[1]);
      } else {
        starts[n] = seg[0];
        ends[n] = seg[1];
        n++;
      }
    }
    return new Block(year, blockStart, blockEnd, Arrays.copyOf(starts, n), Arrays.copyOf(ends, n));
  }

  private void cut(List<long[]> pieces, LocalDate date) {
    List<int[]> list = closures.get(date);
    if (list == null) {
      return;
    }
    long dayMinute = date.toEpochDay() * MINUTES_PER_DAY;
    for (int[] closure : list) {
      long cs = dayMinute + closure[0];
      long ce = dayMinute + closure[1];
      List<long[]> next = new ArrayList<>();
      for (long[] p : pieces) {
        if (ce <= p[0] || cs >= p[1]) {
          next.add(p);
          continue;
        }
        if (cs > p[0]) {
          next.add(new long[] {p[0], cs});
        }
        if (ce < p[1]) {
          next.add(new long[] {ce, p[1]});
        }
      }
      pieces.clear();
      pieces.addAll(next);
    }
  }

  // ---- instants ----

  static long nanos(String field, Instant t) {
    if (t.isBefore(MIN) || !t.isBefore(MAX)) {
      throw CxValidationException.of(
          field, "lie in the supported range [" + MIN + ", " + MAX + ")", t);
    }
    return t.getEpochSecond() * NANOS + t.getNano();
  }

  static Instant instant(long nanos) {
    return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS), Math.floorMod(nanos, NANOS));
  }

  Block blockOf(long t) {
    Block b = last;
    if (b != null && t >= b.start && t < b.end) {
      return b;
    }
    long second = Math.floorDiv(t, NANOS);
    int offset = rules.getOffset(Instant.ofEpochSecond(second)).getTotalSeconds();
    int year = LocalDate.ofEpochDay(Math.floorDiv(second + offset, 86_400L)).getYear();
    b = block(year);
    while (t < b.start) {
      b = block(b.year - 1);
    }
    while (t >= b.end) {
      b = block(b.year + 1);
    }
    last = b;
    return b;
  }

  // ---- operations ----

  long add(long t, long duration) {
    if (duration == 0) {
      return t;
    }
    Block b = blockOf(t);
    long target = b.cumAt(t) + duration;
    while (target > b.total) {
      target -= b.total;
      if (b.year >= 2199) {
        throw CxValidationException.of(
            "BusinessCalendar.add",
            "reach its due instant before "
                + MAX
                + "; the calendar has too little business time"
                + " for the duration",
            Duration.ofNanos(duration));
      }
      b = block(b.year + 1);
    }
    long result = b.instantAt(target);
    if (result >= MAX.getEpochSecond() * NANOS) {
      throw CxValidationException.of(
          "BusinessCalendar.add",
          "reach its due instant before "
              + MAX
              + "; the calendar has too little business time"
              + " for the duration",
          Duration.ofNanos(duration));
    }
    return result;
  }

  Duration between(long from, long to) {
    if (to < from) {
      return between(to, from).negated();
    }
    Block a = blockOf(from);
    Block b = blockOf(to);
    if (a == b) {
      return Duration.ofNanos(b.cumAt(to) - a.cumAt(from));
    }
    Duration sum = Duration.ofNanos(a.total - a.cumAt(from));
    for (int y = a.year + 1; y < b.year; y++) {
      sum = sum.plusNanos(block(y).total);
    }
    return sum.plusNanos(b.cumAt(to));
  }

  boolean isOpen(long t) {
    return blockOf(t).segmentAt(t) >= 0;
  }

  Optional<Instant> nextOpening(long t) {
    Block b = blockOf(t);
    if (b.segmentAt(t) >= 0) {
      return Optional.of(instant(t));
    }
    int i = b.firstStartAtOrAfter(t);
    while (i >= b.starts.length) {
      if (b.year >= 2199) {
        return Optional.empty();
      }
      b = block(b.year + 1);
      i = 0;
    }
    return Optional.of(instant(b.starts[i]));
  }

  List<BusinessInterval> intervals(long from, long to) {
    List<BusinessInterval> out = new ArrayList<>();
    if (to <= from) {
      return out;
    }
    Block b = blockOf(from);
    long lastEnd = Long.MIN_VALUE;
    while (true) {
      int k = Arrays.binarySearch(b.starts, from);
      int i = Math.max(0, k >= 0 ? k : -k - 2);
      for (; i < b.starts.length && b.starts[i] < to; i++) {
        long s = Math.max(b.starts[i], from);
        long e = Math.min(b.ends[i], to);
        if (e <= s) {
          continue;
        }
        if (s == lastEnd) {
          BusinessInterval prev = out.remove(out.size() - 1);
          out.add(new BusinessInterval(prev.start(), instant(e)));
        } else {
          out.add(new BusinessInterval(instant(s), instant(e)));
        }
        lastEnd = e;
      }
      if (b.end >= to) {
        return out;
      }
      b = block(b.year + 1);
    }
  }
}
