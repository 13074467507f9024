/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core.activity;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.cx4j.core.CxValidationException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * How activity is summarised: the observation end (or RFM analysis date), the unit in which times
 * are reported, the purchase period within which several purchases count as one (repeat convention
 * only), and what happens to purchases after the end.
 *
 * <p>The end is inclusive: a purchase on the end date is observed. Times are whole days between
 * dates divided by the unit, so {@code unit = P7D} reports weeks. There is no built-in "month": a
 * caller who wants months passes the {@code Duration} they mean, for example {@link
 * #MEAN_GREGORIAN_MONTH} (30.436875 days, a twelfth of the mean Gregorian year).
 *
 * <p>The CDNOW reference (Fader, Hardie and Lee 2005): {@code SummarySpec.of(LocalDate.of(1997, 9,
 * 30), Duration.ofDays(7))} with the default period {@link PurchasePeriod#DAY} and the default
 * {@link LaterPurchases#IGNORE}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSummarySpec.class)
@JsonDeserialize(as = ImmutableSummarySpec.class)
public abstract class SummarySpec {

  /** A day. */
  public static final Duration DAYS = Duration.ofDays(1);

  /** A week of seven days. */
  public static final Duration WEEKS = Duration.ofDays(7);

  /**
   * A twelfth of the mean Gregorian year: 30.436875 days ({@link ChronoUnit#MONTHS}'s estimated
   * duration, 2,629,746 s).
   */
  public static final Duration MEAN_GREGORIAN_MONTH = ChronoUnit.MONTHS.getDuration();

  private static final double SECONDS_PER_DAY = 86_400.0;

  /**
   * The observation end of the repeat convention, or the analysis date of RFM; inclusive.
   *
   * @return the end date
   */
  public abstract LocalDate end();

  /**
   * The unit in which recency, T and durations are reported.
   *
   * @return a positive duration; one day by default
   */
  @Value.Default
  public Duration unit() {
    return DAYS;
  }

  /**
   * The period within which several purchases count as one in the repeat convention.
   *
   * @return the period; {@link PurchasePeriod#DAY} by default
   */
  @Value.Default
  public PurchasePeriod period() {
    return PurchasePeriod.DAY;
  }

  /**
   * What happens to purchases after {@link #end()}.
   *
   * @return the policy; {@link LaterPurchases#IGNORE} by default
   */
  @Value.Default
  public LaterPurchases laterPurchases() {
    return LaterPurchases.IGNORE;
  }

  /**
   * The number of days in one unit.
   *
   * @return {@code unit} in days, for example 7.0 for weeks
   */
  @JsonIgnore
  @Value.Derived
  public double daysPerUnit() {
    return (unit().getSeconds() + unit().getNano() / 1e9) / SECONDS_PER_DAY;
  }

  /**
   * A new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SummarySpec}. */
  public static final class Builder extends ImmutableSummarySpec.Builder {}

  /**
   * A specification with the default period (a day) and later purchases ignored.
   *
   * @param end the observation end, inclusive
   * @param unit the reporting unit, positive
   * @return the specification
   * @throws CxValidationException if the unit is zero or negative
   */
  public static SummarySpec of(LocalDate end, Duration unit) {
    return builder().end(end).unit(unit).build();
  }

  /**
   * This specification with another end date.
   *
   * @param end the new end
   * @return the copy
   */
  public SummarySpec atEnd(LocalDate end) {
    return builder().from(this).end(end).build();
  }

  @Value.Check
  void check() {
    if (unit().isNegative() || unit().isZero()) {
      throw CxValidationException.of("SummarySpec.unit", "be positive", unit());
    }
    Transaction.checkDate("SummarySpec.end", end());
  }
}
