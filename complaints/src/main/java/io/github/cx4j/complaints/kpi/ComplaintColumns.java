/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.complaints.recovery.Remedy;
import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Complaints as primitive columns, one row per complaint: the fast input of {@link
 * ComplaintKpis#of(ComplaintColumns, KpiOptions)}. Times are epoch seconds, {@link #NONE} where
 * absent; enums are ordinals, -1 where absent; satisfaction is normalised to 0..1, -1 where absent;
 * customers and categories are dense indices.
 *
 * @param customer the customer index per complaint
 * @param category the category index per complaint, -1 if not assessed
 * @param categoryNames the category names, indexed by category index
 * @param receivedAt when received
 * @param acknowledgedAt when acknowledged, or {@link #NONE}
 * @param firstResponseAt when first answered, or {@link #NONE}
 * @param resolvedAt when (last) solved, or {@link #NONE}
 * @param reopens how often reopened
 * @param bounces how often bounced between departments
 * @param escalationLevel the highest escalation level, 0 if never escalated
 * @param outcome the {@code ClosureOutcome} ordinal, or -1
 * @param rootCause the {@code ComplaintCause} ordinal, or -1
 * @param recurrence the {@code Recurrence} ordinal, or -1
 * @param redress the money paid in the reporting currency
 * @param satisfactionAfter the normalised satisfaction after resolution, or -1
 */
public record ComplaintColumns(
    int[] customer,
    int[] category,
    List<String> categoryNames,
    long[] receivedAt,
    long[] acknowledgedAt,
    long[] firstResponseAt,
    long[] resolvedAt,
    int[] reopens,
    int[] bounces,
    int[] escalationLevel,
    byte[] outcome,
    byte[] rootCause,
    byte[] recurrence,
    double[] redress,
    double[] satisfactionAfter) {

  /** The marker of an absent time. */
  public static final long NONE = Long.MIN_VALUE;

  /** Checks that every column has one row per complaint. */
  public ComplaintColumns {
    int n = customer.length;
    int[] lengths = {
      category.length,
      receivedAt.length,
      acknowledgedAt.length,
      firstResponseAt.length,
      resolvedAt.length,
      reopens.length,
      bounces.length,
      escalationLevel.length,
      outcome.length,
      rootCause.length,
      recurrence.length,
      redress.length,
      satisfactionAfter.length
    };
    for (int len : lengths) {
      if (len != n) {
        throw CxValidationException.of(
            "ComplaintColumns.length", "be " + n + " in every column", len);
      }
    }
    categoryNames = List.copyOf(categoryNames);
  }

  /**
   * The number of complaints.
   *
   * @return the row count
   */
  public int size() {
    return customer.length;
  }

  /**
   * Columns from complaint states. Redress counts remedies in the given currency only; those in
   * other currencies are left to {@link ComplaintKpis#of(Collection, KpiOptions)}, which reports
   * every currency.
   *
   * @param complaints the complaints
   * @param currency the reporting currency
   * @return the columns
   */
  public static ComplaintColumns of(Collection<Complaint> complaints, Currency currency) {
    int n = complaints.size();
    int[] customer = new int[n];
    int[] category = new int[n];
    long[] received = new long[n];
    long[] ack = new long[n];
    long[] first = new long[n];
    long[] resolved = new long[n];
    int[] reopens = new int[n];
    int[] bounces = new int[n];
    int[] escalation = new int[n];
    byte[] outcome = new byte[n];
    byte[] root = new byte[n];
    byte[] recurrence = new byte[n];
    double[] redress = new double[n];
    double[] satisfaction = new double[n];
    Map<CustomerId, Integer> customers = new HashMap<>();
    Map<String, Integer> categories = new HashMap<>();
    List<String> names = new ArrayList<>();
    int i = 0;
    for (Complaint c : complaints) {
      customer[i] = customers.computeIfAbsent(c.customer(), k -> customers.size());
      if (c.classification().isPresent()) {
        Classification cl = c.classification().get();
        category[i] =
            categories.computeIfAbsent(
                cl.category(),
                k -> {
                  names.add(k);
                  return names.size() - 1;
                });
        root[i] = (byte) cl.rootCause().origin().ordinal();
        recurrence[i] = (byte) cl.rootCause().recurrence().ordinal();
      } else {
        category[i] = -1;
        root[i] = -1;
        recurrence[i] = -1;
      }
      received[i] = c.receivedAt().getEpochSecond();
      ack[i] = seconds(c.acknowledgedAt().orElse(null));
      first[i] = seconds(c.firstResponseAt().orElse(null));
      resolved[i] = seconds(c.solvedAt().orElse(null));
      reopens[i] = c.reopens();
      bounces[i] = c.bounces();
      escalation[i] = c.escalationLevel();
      outcome[i] = (byte) c.outcome().map(Enum::ordinal).orElse(-1).intValue();
      double paid = 0;
      for (Remedy r : c.remedies()) {
        if (r.value().isPresent() && r.value().get().currency().equals(currency)) {
          paid += r.value().get().toDouble();
        }
      }
      redress[i] = paid;
      satisfaction[i] = c.satisfactionAfter().map(s -> s.normalised()).orElse(-1.0);
      i++;
    }
    return new ComplaintColumns(
        customer,
        category,
        names,
        received,
        ack,
        first,
        resolved,
        reopens,
        bounces,
        escalation,
        outcome,
        root,
        recurrence,
        redress,
        satisfaction);
  }

  private static long seconds(@Nullable Instant t) {
    return t == null ? NONE : t.getEpochSecond();
  }

  /**
   * A builder, for code that assembles a {@code ComplaintColumns} by field names rather than by 15
   * positional arguments.
   *
   * @return an empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ComplaintColumns}: primitive fields default to 0 (false), {@code Optional}
   * fields to empty; every other field must be set before {@link #build()}.
   */
  public static final class Builder {
    private int @Nullable [] customer;
    private int @Nullable [] category;
    private @Nullable List<String> categoryNames;
    private long @Nullable [] receivedAt;
    private long @Nullable [] acknowledgedAt;
    private long @Nullable [] firstResponseAt;
    private long @Nullable [] resolvedAt;
    private int @Nullable [] reopens;
    private int @Nullable [] bounces;
    private int @Nullable [] escalationLevel;
    private byte @Nullable [] outcome;
    private byte @Nullable [] rootCause;
    private byte @Nullable [] recurrence;
    private double @Nullable [] redress;
    private double @Nullable [] satisfactionAfter;

    private Builder() {}

    /**
     * Sets every field from an existing value, for a copy with a few fields changed.
     *
     * @param value the value to copy
     * @return this builder
     */
    public Builder from(ComplaintColumns value) {
      this.customer = value.customer();
      this.category = value.category();
      this.categoryNames = value.categoryNames();
      this.receivedAt = value.receivedAt();
      this.acknowledgedAt = value.acknowledgedAt();
      this.firstResponseAt = value.firstResponseAt();
      this.resolvedAt = value.resolvedAt();
      this.reopens = value.reopens();
      this.bounces = value.bounces();
      this.escalationLevel = value.escalationLevel();
      this.outcome = value.outcome();
      this.rootCause = value.rootCause();
      this.recurrence = value.recurrence();
      this.redress = value.redress();
      this.satisfactionAfter = value.satisfactionAfter();
      return this;
    }

    /**
     * Sets {@code customer}.
     *
     * @param customer the customer index per complaint
     * @return this builder
     */
    public Builder customer(int[] customer) {
      this.customer = customer;
      return this;
    }

    /**
     * Sets {@code category}.
     *
     * @param category the category index per complaint, -1 if not assessed
     * @return this builder
     */
    public Builder category(int[] category) {
      this.category = category;
      return this;
    }

    /**
     * Sets {@code categoryNames}.
     *
     * @param categoryNames the category names, indexed by category index
     * @return this builder
     */
    public Builder categoryNames(List<String> categoryNames) {
      this.categoryNames = categoryNames;
      return this;
    }

    /**
     * Sets {@code receivedAt}.
     *
     * @param receivedAt when received
     * @return this builder
     */
    public Builder receivedAt(long[] receivedAt) {
      this.receivedAt = receivedAt;
      return this;
    }

    /**
     * Sets {@code acknowledgedAt}.
     *
     * @param acknowledgedAt when acknowledged, or {@link #NONE}
     * @return this builder
     */
    public Builder acknowledgedAt(long[] acknowledgedAt) {
      this.acknowledgedAt = acknowledgedAt;
      return this;
    }

    /**
     * Sets {@code firstResponseAt}.
     *
     * @param firstResponseAt when first answered, or {@link #NONE}
     * @return this builder
     */
    public Builder firstResponseAt(long[] firstResponseAt) {
      this.firstResponseAt = firstResponseAt;
      return this;
    }

    /**
     * Sets {@code resolvedAt}.
     *
     * @param resolvedAt when (last) solved, or {@link #NONE}
     * @return this builder
     */
    public Builder resolvedAt(long[] resolvedAt) {
      this.resolvedAt = resolvedAt;
      return this;
    }

    /**
     * Sets {@code reopens}.
     *
     * @param reopens how often reopened
     * @return this builder
     */
    public Builder reopens(int[] reopens) {
      this.reopens = reopens;
      return this;
    }

    /**
     * Sets {@code bounces}.
     *
     * @param bounces how often bounced between departments
     * @return this builder
     */
    public Builder bounces(int[] bounces) {
      this.bounces = bounces;
      return this;
    }

    /**
     * Sets {@code escalationLevel}.
     *
     * @param escalationLevel the highest escalation level, 0 if never escalated
     * @return this builder
     */
    public Builder escalationLevel(int[] escalationLevel) {
      this.escalationLevel = escalationLevel;
      return this;
    }

    /**
     * Sets {@code outcome}.
     *
     * @param outcome the {@code ClosureOutcome} ordinal, or -1
     * @return this builder
     */
    public Builder outcome(byte[] outcome) {
      this.outcome = outcome;
      return this;
    }

    /**
     * Sets {@code rootCause}.
     *
     * @param rootCause the {@code ComplaintCause} ordinal, or -1
     * @return this builder
     */
    public Builder rootCause(byte[] rootCause) {
      this.rootCause = rootCause;
      return this;
    }

    /**
     * Sets {@code recurrence}.
     *
     * @param recurrence the {@code Recurrence} ordinal, or -1
     * @return this builder
     */
    public Builder recurrence(byte[] recurrence) {
      this.recurrence = recurrence;
      return this;
    }

    /**
     * Sets {@code redress}.
     *
     * @param redress the money paid in the reporting currency
     * @return this builder
     */
    public Builder redress(double[] redress) {
      this.redress = redress;
      return this;
    }

    /**
     * Sets {@code satisfactionAfter}.
     *
     * @param satisfactionAfter the normalised satisfaction after resolution, or -1
     * @return this builder
     */
    public Builder satisfactionAfter(double[] satisfactionAfter) {
      this.satisfactionAfter = satisfactionAfter;
      return this;
    }

    /**
     * The {@code ComplaintColumns}.
     *
     * @return the value, checked by the canonical constructor
     * @throws CxValidationException if a required field was not set
     */
    public ComplaintColumns build() {
      return new ComplaintColumns(
          required(customer, "customer"),
          required(category, "category"),
          required(categoryNames, "categoryNames"),
          required(receivedAt, "receivedAt"),
          required(acknowledgedAt, "acknowledgedAt"),
          required(firstResponseAt, "firstResponseAt"),
          required(resolvedAt, "resolvedAt"),
          required(reopens, "reopens"),
          required(bounces, "bounces"),
          required(escalationLevel, "escalationLevel"),
          required(outcome, "outcome"),
          required(rootCause, "rootCause"),
          required(recurrence, "recurrence"),
          required(redress, "redress"),
          required(satisfactionAfter, "satisfactionAfter"));
    }

    private static <T> T required(@Nullable T value, String field) {
      if (value == null) {
        throw CxValidationException.withMessage(
            "ComplaintColumns." + field,
            "ComplaintColumns." + field + " must be set before build()");
      }
      return value;
    }
  }
}
