/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.sla;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.util.Optional;

/**
 * A point on a clock where something should happen (a warning, an escalation level), either at a
 * share of the target or at an offset from the due point (negative: ahead of it), both in the
 * clock's own counted time.
 *
 * @param name for example {@code "warning"} or {@code "escalate to team lead"}
 * @param share a share of the target ({@code 0.75}: when three quarters are used), or empty
 * @param offset counted time relative to the due point ({@code -PT1H}: one hour ahead), or empty
 */
public record SlaMark(String name, Optional<Double> share, Optional<Duration> offset) {

  /**
   * Checks that exactly one of share and offset is given and the share is finite and positive.
   *
   * @param name the name
   * @param share the share
   * @param offset the offset
   */
  public SlaMark {
    if (share.isPresent() == offset.isPresent()) {
      throw CxValidationException.of(
          "SlaMark.share", "be given exactly when SlaMark.offset is not, for " + name, share);
    }
    if (share.isPresent() && !(share.get() > 0 && share.get() < 100)) {
      throw CxValidationException.of("SlaMark.share", "be a number in (0, 100)", share.get());
    }
  }

  /**
   * A mark at a share of the target.
   *
   * @param name the name
   * @param share for example {@code 0.75}, or {@code 1.5} for half a target after the due point
   * @return the mark
   */
  public static SlaMark atShare(String name, double share) {
    return new SlaMark(name, Optional.of(share), Optional.empty());
  }

  /**
   * A mark ahead of the due point.
   *
   * @param name the name
   * @param ahead counted time before the due point
   * @return the mark
   */
  public static SlaMark ahead(String name, Duration ahead) {
    return new SlaMark(name, Optional.empty(), Optional.of(ahead.negated()));
  }

  /**
   * A mark after the due point (an escalation of an overdue clock).
   *
   * @param name the name
   * @param after counted time after the due point
   * @return the mark
   */
  public static SlaMark after(String name, Duration after) {
    return new SlaMark(name, Optional.empty(), Optional.of(after));
  }

  /**
   * The counted time at which the mark is reached for a target, never negative.
   *
   * @param target the clock's target
   * @return the threshold
   */
  @JsonIgnore
  public Duration thresholdFor(Duration target) {
    Duration t =
        share.isPresent()
            ? Duration.ofNanos(Math.round(target.toNanos() * share.get()))
            : target.plus(offset.orElseThrow());
    return t.isNegative() ? Duration.ZERO : t;
  }
}
