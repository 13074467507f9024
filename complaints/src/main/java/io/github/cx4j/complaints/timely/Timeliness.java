/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.timely;

import io.github.cx4j.complaints.sla.ClockStatus;
import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.workflow.ClockLevel;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintId;
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

  /**
   * The escalation levels a complaint's clocks have reached, as the workflow reads them ({@link
   * ComplaintCommand.EvaluateEscalations}): every level each clock has reached (a breached clock
   * has reached them all), with the clock's explanation.
   *
   * @param clocks the complaint's clocks
   * @param levels warning levels, as {@link #checked}
   * @return one entry per clock and level reached, in the clocks' order, then by level
   */
  public static List<ClockLevel> clockLevels(ComplaintClocks clocks, List<WarningLevel> levels) {
    List<WarningLevel> checked = checked(levels);
    List<ClockLevel> out = new ArrayList<>();
    for (ClockVerdict v : of(clocks, checked)) {
      if (v.reached().isEmpty()) {
        continue;
      }
      int highest = v.reached().get().level();
      for (WarningLevel w : checked) {
        if (w.level() <= highest) {
          out.add(new ClockLevel(v.target(), w.level(), v.explain()));
        }
      }
    }
    return out;
  }

  /**
   * The command that evaluates a complaint's escalation rules with its SLA clocks: {@link
   * io.github.cx4j.complaints.workflow.EscalationRules#slaLevels()} escalates once to each level
   * reached, and the time-limit rules leave timeliness to the SLA.
   *
   * @param clocks the complaint's clocks, evaluated at the command's time
   * @param levels warning levels, as {@link #checked}
   * @return the command
   */
  public static ComplaintCommand.EvaluateEscalations evaluateEscalations(
      ComplaintClocks clocks, List<WarningLevel> levels) {
    return new ComplaintCommand.EvaluateEscalations(
        ComplaintId.of(clocks.complaintId()), Optional.of(clockLevels(clocks, levels)));
  }
}
