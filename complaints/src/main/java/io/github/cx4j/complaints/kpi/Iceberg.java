/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.kpi;

import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.DissatisfiedReaction;
import java.util.Locale;

/**
 * The complaint iceberg (course file "Customer Relationship Management"): of dissatisfied customers
 * only about 4% complain, the rest stay silent, and about half tell others. From a complaint count
 * this estimates the dissatisfied customers the complaints stand for, the silent ones, and how many
 * people hear about it by word of mouth. The silent share is everyone who did not complain (96% at
 * the default), which the seed rounds to 95%.
 *
 * <p>Caveat: the 4% figure comes from the TARP studies of the 1970s-80s as quoted in the course;
 * the true rate differs by industry, channel, culture and year, and easier complaint channels raise
 * it. Treat the estimate as an order of magnitude, and measure the rate (for example by surveying
 * non-complainants) before relying on it.
 */
public final class Iceberg {
  /**
   * The seed's share of dissatisfied customers who complain: 4% ({@link
   * DissatisfiedReaction#COMPLAIN}).
   */
  public static final double DEFAULT_COMPLAINT_RATE =
      DissatisfiedReaction.COMPLAIN.percent() / 100.0;

  /**
   * The seed's share of dissatisfied customers who tell others: 50% ({@link
   * DissatisfiedReaction#TELL_OTHERS}).
   */
  public static final double DEFAULT_TELL_OTHERS_SHARE =
      DissatisfiedReaction.TELL_OTHERS.percent() / 100.0;

  /**
   * How many people each telling customer reaches by default: 9, the lower end of the "9 to 15
   * people" commonly quoted from TARP; the seed gives no number, so this is configurable.
   */
  public static final double DEFAULT_LISTENERS_PER_TELLER = 9;

  private Iceberg() {}

  /**
   * The estimate with the seed's defaults.
   *
   * @param complaints the number of complaints received, not negative
   * @return the estimate
   */
  public static IcebergEstimate estimate(long complaints) {
    return estimate(
        complaints,
        DEFAULT_COMPLAINT_RATE,
        DEFAULT_TELL_OTHERS_SHARE,
        DEFAULT_LISTENERS_PER_TELLER);
  }

  /**
   * The estimate with explicit assumptions.
   *
   * @param complaints the number of complaints received, not negative
   * @param complaintRate the share of dissatisfied customers who complain, in (0, 1]
   * @param tellOthersShare the share who tell others, in [0, 1]
   * @param listenersPerTeller the people each teller reaches, not negative
   * @return the estimate
   * @throws CxValidationException naming the bad assumption
   */
  public static IcebergEstimate estimate(
      long complaints, double complaintRate, double tellOthersShare, double listenersPerTeller) {
    if (complaints < 0) {
      throw CxValidationException.of("Iceberg.complaints", "not be negative", complaints);
    }
    if (!(complaintRate > 0 && complaintRate <= 1)) {
      throw CxValidationException.of("Iceberg.complaintRate", "be within (0, 1]", complaintRate);
    }
    if (!(tellOthersShare >= 0 && tellOthersShare <= 1)) {
      throw CxValidationException.of(
          "Iceberg.tellOthersShare", "be within [0, 1]", tellOthersShare);
    }
    if (!(listenersPerTeller >= 0 && Double.isFinite(listenersPerTeller))) {
      throw CxValidationException.of(
          "Iceberg.listenersPerTeller", "be finite and not negative", listenersPerTeller);
    }
    double dissatisfied = complaints / complaintRate;
    double tellers = dissatisfied * tellOthersShare;
    return new IcebergEstimate(
        complaints,
        complaintRate,
        tellOthersShare,
        listenersPerTeller,
        dissatisfied,
        dissatisfied - complaints,
        tellers,
        tellers * listenersPerTeller);
  }

  /**
   * The caveat to print beside any iceberg estimate.
   *
   * @param locale Chinese for Chinese, anything else for English
   * @return the caveat
   */
  public static String caveat(Locale locale) {
    if ("zh".equals(locale.getLanguage())) {
      return "注意：4% 的投诉率来自课程引用的 20 世纪 70-80 年代 TARP 研究，实际比例因行业、渠道、文化和年代而异，"
          + "投诉渠道越方便比例越高。估计值只代表数量级，使用前应实际测量（例如调查未投诉的客户）。";
    }
    return "Caveat: the 4% complaint rate comes from the TARP studies of the 1970s-80s quoted in"
        + " the course; the true rate varies by industry, channel, culture and year, and easier"
        + " channels raise it. Treat the estimate as an order of magnitude and measure the rate"
        + " (for example by surveying non-complainants) before relying on it.";
  }
}
