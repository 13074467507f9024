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
 * @param rootCause the {@code RootCauseOrigin} ordinal, or -1
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
}
