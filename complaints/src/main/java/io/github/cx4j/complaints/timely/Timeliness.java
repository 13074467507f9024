/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Verdicts of timeliness from a complaint's SLA clocks: the share of each target used and the
 * warning level it has reached. A met clock reaches no level; a breached clock reaches every level
 * (its share is at least 1); a running or paused clock reaches the levels whose share it has used.
 */
public final class Timeliness {
  private Timeliness() {}

  /**
   * Checks warning levels: at least one, fractions strictly increasing with the levels.
   *
   * @param levels the levels
   * @return the levels, ordered by fraction
   * @throws CxValidationException if empty, or if the fractions and levels do not both increase
   */
  public static List<WarningLevel> checked(List<WarningLevel> levels) {
    if (levels.isEmpty()) {
      throw CxValidationException.of("Timeliness.levels", "not be empty", "[]");
    }
    List<WarningLevel> sorted = new ArrayList<>(levels);
    sorted.sort(Comparator.comparingDouble(WarningLevel::fraction));
    for (int i = 1; i < sorted.size(); i++) {
      WarningLevel a = sorted.get(i - 1);
      WarningLevel b = sorted.get(i);
      if (a.fraction() == b.fraction() || a.level() >= b.level()) {
        throw CxValidationException.of(
            "Timeliness.levels", "have increasing fractions with increasing levels", levels);
      }
    }
    return List.copyOf(sorted);
  }

  /**
   * The verdict of one clock.
   *
   * @param clock the clock
   * @param levels warning levels, as {@link #checked}
   * @return the verdict
   */
  public static ClockVerdict of(ClockStatus clock, List<WarningLevel> levels) {
    Duration target = clock.targetDuration();
    Duration used = target.minus(clock.remaining());
    if (used.isNegative()) {
      used = Duration.ZERO;
    }
    double share = target.isZero() ? 1.0 : (double) used.toMillis() / target.toMillis();
    if (clock.status() == ClockStatus.Status.BREACHED) {
      share = Math.max(share, 1.0);
    }
    Optional<WarningLevel> reached = Optional.empty();
    Optional<Duration> toNext = Optional.empty();
    if (clock.status() != ClockStatus.Status.MET) {
      for (WarningLevel w : levels) {
        if (clock.status() == ClockStatus.Status.BREACHED || reachedShare(used, target, w)) {
          reached = Optional.of(w);
        } else {
          if (clock.status() == ClockStatus.Status.RUNNING) {
            toNext = Optional.of(threshold(target, w).minus(used));
          }
          break;
        }
      }
    }
    return new ClockVerdict(clock.target(), clock.status(), used, share, reached, toNext);
  }

  /**
   * The verdicts of all of a complaint's clocks.
   *
   * @param clocks the clocks
   * @param levels warning levels, as {@link #checked}
   * @return one verdict per clock, in the clocks' order
   */
  public static List<ClockVerdict> of(ComplaintClocks clocks, List<WarningLevel> levels) {
    List<WarningLevel> checked = checked(levels);
    List<ClockVerdict> out = new ArrayList<>(clocks.clocks().size());
    for (ClockStatus c : clocks.clocks()) {
      out.add(of(c, checked));
    }
    return out;
  }

  /**
   * The counted time at which a level is reached.
   *
   * @param target the target duration
   * @param level the level
   * @return {@code fraction * target}, rounded up to the millisecond
   */
  static Duration threshold(Duration target, WarningLevel level) {
    return Duration.ofMillis((long) Math.ceil(target.toMillis() * level.fraction()));
  }

  private static boolean reachedShare(Duration used, Duration target, WarningLevel level) {
    return used.compareTo(threshold(target, level)) >= 0;
  }
}
