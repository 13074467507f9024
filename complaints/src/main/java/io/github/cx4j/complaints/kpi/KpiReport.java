/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Money;
import io.github.cx4j.core.concept.ComplaintCause;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Complaint KPIs over a set of complaints (ISO 10002:2018 clause 9.3 monitoring; helpdesk
 * practice).
 *
 * @param complaints the number of complaints
 * @param distinctCustomers the number of distinct complaining customers
 * @param per1000Customers complaints per 1,000 customers, if the customer base was given
 * @param firstContactResolution complaints with no repeat complaint of the same customer and
 *     category within the repeat window, over all complaints
 * @param repeatWindowDays the repeat window used
 * @param timeToAcknowledge from receipt to acknowledgement
 * @param timeToFirstResponse from receipt to the first reply
 * @param timeToResolution from receipt to (the last) solving
 * @param reopenRate complaints reopened at least once
 * @param bounceRate complaints that bounced at least once between departments
 * @param meanBounces mean bounces per complaint
 * @param escalationRate complaints escalated at least once
 * @param upheldRate upheld over upheld plus not upheld (complaints whose merits were decided)
 * @param redressPaid total redress per currency
 * @param satisfactionAfterResolution normalised satisfaction after resolution
 * @param recurrenceByRootCause complaints per root-cause origin and recurrence class
 * @param recurringShareByRootCause per origin, the share of assessed complaints whose cause is
 *     recurring or systemic
 * @param unassessed complaints without a root cause
 * @param slaAttainment per SLA target (a metric code such as {@code FIRST_RESPONSE} or a regulatory
 *     clock's name), the clocks met over the clocks decided (met or breached), with its Wilson
 *     interval; empty unless computed with {@link #withSlaAttainment}
 */
public record KpiReport(
    long complaints,
    long distinctCustomers,
    Optional<Double> per1000Customers,
    Rate firstContactResolution,
    int repeatWindowDays,
    DurationStats timeToAcknowledge,
    DurationStats timeToFirstResponse,
    DurationStats timeToResolution,
    Rate reopenRate,
    Rate bounceRate,
    double meanBounces,
    Rate escalationRate,
    Rate upheldRate,
    Map<String, Money> redressPaid,
    SatisfactionStats satisfactionAfterResolution,
    Map<ComplaintCause, Map<Recurrence, Long>> recurrenceByRootCause,
    Map<ComplaintCause, Rate> recurringShareByRootCause,
    long unassessed,
    Map<String, Rate> slaAttainment) {

  /**
   * This report with SLA attainment per target.
   *
   * @param attainment the attainment, for example from {@link SlaAttainment#of}
   * @return a copy
   */
  public KpiReport withSlaAttainment(Map<String, Rate> attainment) {
    return builder().from(this).slaAttainment(new java.util.TreeMap<>(attainment)).build();
  }

  /**
   * A builder, for code that assembles a {@code KpiReport} by field names rather than by 18
   * positional arguments.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link KpiReport}: primitive fields default to 0 (false), {@code Optional} fields to
   * empty; every other field must be set before {@link #build()}.
   */
  public static final class Builder {
    private long complaints;
    private long distinctCustomers;
    private Optional<Double> per1000Customers = Optional.empty();
    private @Nullable Rate firstContactResolution;
    private int repeatWindowDays;
    private @Nullable DurationStats timeToAcknowledge;
    private @Nullable DurationStats timeToFirstResponse;
    private @Nullable DurationStats timeToResolution;
    private @Nullable Rate reopenRate;
    private @Nullable Rate bounceRate;
    private double meanBounces;
    private @Nullable Rate escalationRate;
    private @Nullable Rate upheldRate;
    private @Nullable Map<String, Money> redressPaid;
    private @Nullable SatisfactionStats satisfactionAfterResolution;
    private @Nullable Map<ComplaintCause, Map<Recurrence, Long>> recurrenceByRootCause;
    private @Nullable Map<ComplaintCause, Rate> recurringShareByRootCause;
    private long unassessed;
    private Map<String, Rate> slaAttainment = Map.of();

    private Builder() {}

    /**
     * Sets every field from an existing value, for a copy with a few fields changed.
     *
     * @param value the value to copy
     * @return this builder
     */
    public Builder from(KpiReport value) {
      this.complaints = value.complaints();
      this.distinctCustomers = value.distinctCustomers();
      this.per1000Customers = value.per1000Customers();
      this.firstContactResolution = value.firstContactResolution();
      this.repeatWindowDays = value.repeatWindowDays();
      this.timeToAcknowledge = value.timeToAcknowledge();
      this.timeToFirstResponse = value.timeToFirstResponse();
      this.timeToResolution = value.timeToResolution();
      this.reopenRate = value.reopenRate();
      this.bounceRate = value.bounceRate();
      this.meanBounces = value.meanBounces();
      this.escalationRate = value.escalationRate();
      this.upheldRate = value.upheldRate();
      this.redressPaid = value.redressPaid();
      this.satisfactionAfterResolution = value.satisfactionAfterResolution();
      this.recurrenceByRootCause = value.recurrenceByRootCause();
      this.recurringShareByRootCause = value.recurringShareByRootCause();
      this.unassessed = value.unassessed();
      this.slaAttainment = value.slaAttainment();
      return this;
    }

    /**
     * Sets {@code complaints}.
     *
     * @param complaints the number of complaints
     * @return this builder
     */
    public Builder complaints(long complaints) {
      this.complaints = complaints;
      return this;
    }

    /**
     * Sets {@code distinctCustomers}.
     *
     * @param distinctCustomers the number of distinct complaining customers
     * @return this builder
     */
    public Builder distinctCustomers(long distinctCustomers) {
      this.distinctCustomers = distinctCustomers;
      return this;
    }

    /**
     * Sets {@code per1000Customers}.
     *
     * @param per1000Customers complaints per 1,000 customers, if the customer base was given
     * @return this builder
     */
    public Builder per1000Customers(Optional<Double> per1000Customers) {
      this.per1000Customers = per1000Customers;
      return this;
    }

    /**
     * Sets {@code firstContactResolution}.
     *
     * @param firstContactResolution complaints with no repeat complaint of the same customer and
     *     category within the repeat window, over all complaints
     * @return this builder
     */
    public Builder firstContactResolution(Rate firstContactResolution) {
      this.firstContactResolution = firstContactResolution;
      return this;
    }

    /**
     * Sets {@code repeatWindowDays}.
     *
     * @param repeatWindowDays the repeat window used
     * @return this builder
     */
    public Builder repeatWindowDays(int repeatWindowDays) {
      this.repeatWindowDays = repeatWindowDays;
      return this;
    }

    /**
     * Sets {@code timeToAcknowledge}.
     *
     * @param timeToAcknowledge from receipt to acknowledgement
     * @return this builder
     */
    public Builder timeToAcknowledge(DurationStats timeToAcknowledge) {
      this.timeToAcknowledge = timeToAcknowledge;
      return this;
    }

    /**
     * Sets {@code timeToFirstResponse}.
     *
     * @param timeToFirstResponse from receipt to the first reply
     * @return this builder
     */
    public Builder timeToFirstResponse(DurationStats timeToFirstResponse) {
      this.timeToFirstResponse = timeToFirstResponse;
      return this;
    }

    /**
     * Sets {@code timeToResolution}.
     *
     * @param timeToResolution from receipt to (the last) solving
     * @return this builder
     */
    public Builder timeToResolution(DurationStats timeToResolution) {
      this.timeToResolution = timeToResolution;
      return this;
    }

    /**
     * Sets {@code reopenRate}.
     *
     * @param reopenRate complaints reopened at least once
     * @return this builder
     */
    public Builder reopenRate(Rate reopenRate) {
      this.reopenRate = reopenRate;
      return this;
    }

    /**
     * Sets {@code bounceRate}.
     *
     * @param bounceRate complaints that bounced at least once between departments
     * @return this builder
     */
    public Builder bounceRate(Rate bounceRate) {
      this.bounceRate = bounceRate;
      return this;
    }

    /**
     * Sets {@code meanBounces}.
     *
     * @param meanBounces mean bounces per complaint
     * @return this builder
     */
    public Builder meanBounces(double meanBounces) {
      this.meanBounces = meanBounces;
      return this;
    }

    /**
     * Sets {@code escalationRate}.
     *
     * @param escalationRate complaints escalated at least once
     * @return this builder
     */
    public Builder escalationRate(Rate escalationRate) {
      this.escalationRate = escalationRate;
      return this;
    }

    /**
     * Sets {@code upheldRate}.
     *
     * @param upheldRate upheld over upheld plus not upheld (complaints whose merits were decided)
     * @return this builder
     */
    public Builder upheldRate(Rate upheldRate) {
      this.upheldRate = upheldRate;
      return this;
    }

    /**
     * Sets {@code redressPaid}.
     *
     * @param redressPaid total redress per currency
     * @return this builder
     */
    public Builder redressPaid(Map<String, Money> redressPaid) {
      this.redressPaid = redressPaid;
      return this;
    }

    /**
     * Sets {@code satisfactionAfterResolution}.
     *
     * @param satisfactionAfterResolution normalised satisfaction after resolution
     * @return this builder
     */
    public Builder satisfactionAfterResolution(SatisfactionStats satisfactionAfterResolution) {
      this.satisfactionAfterResolution = satisfactionAfterResolution;
      return this;
    }

    /**
     * Sets {@code recurrenceByRootCause}.
     *
     * @param recurrenceByRootCause complaints per root-cause origin and recurrence class
     * @return this builder
     */
    public Builder recurrenceByRootCause(
        Map<ComplaintCause, Map<Recurrence, Long>> recurrenceByRootCause) {
      this.recurrenceByRootCause = recurrenceByRootCause;
      return this;
    }

    /**
     * Sets {@code recurringShareByRootCause}.
     *
     * @param recurringShareByRootCause per origin, the share of assessed complaints whose cause is
     *     recurring or systemic
     * @return this builder
     */
    public Builder recurringShareByRootCause(Map<ComplaintCause, Rate> recurringShareByRootCause) {
      this.recurringShareByRootCause = recurringShareByRootCause;
      return this;
    }

    /**
     * Sets {@code unassessed}.
     *
     * @param unassessed complaints without a root cause
     * @return this builder
     */
    public Builder unassessed(long unassessed) {
      this.unassessed = unassessed;
      return this;
    }

    /**
     * Sets {@code slaAttainment} (default: empty).
     *
     * @param slaAttainment the clocks met over the clocks decided, per SLA target
     * @return this builder
     */
    public Builder slaAttainment(Map<String, Rate> slaAttainment) {
      this.slaAttainment = slaAttainment;
      return this;
    }

    /**
     * The {@code KpiReport}.
     *
     * @return the value, checked by the canonical constructor
     * @throws CxValidationException if a required field was not set
     */
    public KpiReport build() {
      return new KpiReport(
          complaints,
          distinctCustomers,
          per1000Customers,
          required(firstContactResolution, "firstContactResolution"),
          repeatWindowDays,
          required(timeToAcknowledge, "timeToAcknowledge"),
          required(timeToFirstResponse, "timeToFirstResponse"),
          required(timeToResolution, "timeToResolution"),
          required(reopenRate, "reopenRate"),
          required(bounceRate, "bounceRate"),
          meanBounces,
          required(escalationRate, "escalationRate"),
          required(upheldRate, "upheldRate"),
          required(redressPaid, "redressPaid"),
          required(satisfactionAfterResolution, "satisfactionAfterResolution"),
          required(recurrenceByRootCause, "recurrenceByRootCause"),
          required(recurringShareByRootCause, "recurringShareByRootCause"),
          unassessed,
          slaAttainment);
    }

    private static <T> T required(@Nullable T value, String field) {
      if (value == null) {
        throw CxValidationException.withMessage(
            "KpiReport." + field, "KpiReport." + field + " must be set before build()");
      }
      return value;
    }
  }
}
