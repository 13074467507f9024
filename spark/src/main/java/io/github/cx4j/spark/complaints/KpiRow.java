/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.spark.complaints;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Complaint KPIs of one group as a Spark row (see {@link io.github.cx4j.complaints.kpi.KpiReport}):
 * rates with Wilson intervals as {@link io.github.cx4j.complaints.kpi.Rate} computes them,
 * satisfaction after resolution, and duration percentiles from KLL sketches with their rank error.
 */
public final class KpiRow implements Serializable {
  private static final long serialVersionUID = 1L;

  private long complaints;
  private double reopenRate;
  private double reopenLow;
  private double reopenHigh;
  private double bounceRate;
  private double meanBounces;
  private double escalationRate;
  private double escalationLow;
  private double escalationHigh;
  private long decided;
  private double upheldRate;
  private double upheldLow;
  private double upheldHigh;
  private double redress;
  private long satisfactionN;
  private double satisfactionMean;
  private double satisfactionSe;
  private long acknowledged;
  private @Nullable Double acknowledgeMedianSeconds;
  private @Nullable Double acknowledgeP90Seconds;
  private long answered;
  private @Nullable Double firstResponseMedianSeconds;
  private @Nullable Double firstResponseP90Seconds;
  private long resolved;
  private @Nullable Double resolutionMedianSeconds;
  private @Nullable Double resolutionP90Seconds;
  private double rankError;

  /** An empty row (for the bean encoder). */
  public KpiRow() {}

  /**
   * Returns the number of complaints.
   *
   * @return the value
   */
  public long getComplaints() {
    return complaints;
  }

  /**
   * Sets the number of complaints.
   *
   * @param complaints the value
   */
  public void setComplaints(long complaints) {
    this.complaints = complaints;
  }

  /**
   * Returns the share reopened at least once.
   *
   * @return the value
   */
  public double getReopenRate() {
    return reopenRate;
  }

  /**
   * Sets the share reopened at least once.
   *
   * @param reopenRate the value
   */
  public void setReopenRate(double reopenRate) {
    this.reopenRate = reopenRate;
  }

  /**
   * Returns the lower end of its Wilson interval.
   *
   * @return the value
   */
  public double getReopenLow() {
    return reopenLow;
  }

  /**
   * Sets the lower end of its Wilson interval.
   *
   * @param reopenLow the value
   */
  public void setReopenLow(double reopenLow) {
    this.reopenLow = reopenLow;
  }

  /**
   * Returns the upper end of its Wilson interval.
   *
   * @return the value
   */
  public double getReopenHigh() {
    return reopenHigh;
  }

  /**
   * Sets the upper end of its Wilson interval.
   *
   * @param reopenHigh the value
   */
  public void setReopenHigh(double reopenHigh) {
    this.reopenHigh = reopenHigh;
  }

  /**
   * Returns the share that bounced at least once between departments.
   *
   * @return the value
   */
  public double getBounceRate() {
    return bounceRate;
  }

  /**
   * Sets the share that bounced at least once between departments.
   *
   * @param bounceRate the value
   */
  public void setBounceRate(double bounceRate) {
    this.bounceRate = bounceRate;
  }

  /**
   * Returns the mean bounces per complaint.
   *
   * @return the value
   */
  public double getMeanBounces() {
    return meanBounces;
  }

  /**
   * Sets the mean bounces per complaint.
   *
   * @param meanBounces the value
   */
  public void setMeanBounces(double meanBounces) {
    this.meanBounces = meanBounces;
  }

  /**
   * Returns the share escalated at least once.
   *
   * @return the value
   */
  public double getEscalationRate() {
    return escalationRate;
  }

  /**
   * Sets the share escalated at least once.
   *
   * @param escalationRate the value
   */
  public void setEscalationRate(double escalationRate) {
    this.escalationRate = escalationRate;
  }

  /**
   * Returns the lower end of its Wilson interval.
   *
   * @return the value
   */
  public double getEscalationLow() {
    return escalationLow;
  }

  /**
   * Sets the lower end of its Wilson interval.
   *
   * @param escalationLow the value
   */
  public void setEscalationLow(double escalationLow) {
    this.escalationLow = escalationLow;
  }

  /**
   * Returns the upper end of its Wilson interval.
   *
   * @return the value
   */
  public double getEscalationHigh() {
    return escalationHigh;
  }

  /**
   * Sets the upper end of its Wilson interval.
   *
   * @param escalationHigh the value
   */
  public void setEscalationHigh(double escalationHigh) {
    this.escalationHigh = escalationHigh;
  }

  /**
   * Returns complaints upheld or not upheld.
   *
   * @return the value
   */
  public long getDecided() {
    return decided;
  }

  /**
   * Sets complaints upheld or not upheld.
   *
   * @param decided the value
   */
  public void setDecided(long decided) {
    this.decided = decided;
  }

  /**
   * Returns upheld over decided.
   *
   * @return the value
   */
  public double getUpheldRate() {
    return upheldRate;
  }

  /**
   * Sets upheld over decided.
   *
   * @param upheldRate the value
   */
  public void setUpheldRate(double upheldRate) {
    this.upheldRate = upheldRate;
  }

  /**
   * Returns the lower end of its Wilson interval.
   *
   * @return the value
   */
  public double getUpheldLow() {
    return upheldLow;
  }

  /**
   * Sets the lower end of its Wilson interval.
   *
   * @param upheldLow the value
   */
  public void setUpheldLow(double upheldLow) {
    this.upheldLow = upheldLow;
  }

  /**
   * Returns the upper end of its Wilson interval.
   *
   * @return the value
   */
  public double getUpheldHigh() {
    return upheldHigh;
  }

  /**
   * Sets the upper end of its Wilson interval.
   *
   * @param upheldHigh the value
   */
  public void setUpheldHigh(double upheldHigh) {
    this.upheldHigh = upheldHigh;
  }

  /**
   * Returns the redress paid (one currency).
   *
   * @return the value
   */
  public double getRedress() {
    return redress;
  }

  /**
   * Sets the redress paid (one currency).
   *
   * @param redress the value
   */
  public void setRedress(double redress) {
    this.redress = redress;
  }

  /**
   * Returns complaints with a satisfaction score after resolution.
   *
   * @return the value
   */
  public long getSatisfactionN() {
    return satisfactionN;
  }

  /**
   * Sets complaints with a satisfaction score after resolution.
   *
   * @param satisfactionN the value
   */
  public void setSatisfactionN(long satisfactionN) {
    this.satisfactionN = satisfactionN;
  }

  /**
   * Returns their mean normalised satisfaction.
   *
   * @return the value
   */
  public double getSatisfactionMean() {
    return satisfactionMean;
  }

  /**
   * Sets their mean normalised satisfaction.
   *
   * @param satisfactionMean the value
   */
  public void setSatisfactionMean(double satisfactionMean) {
    this.satisfactionMean = satisfactionMean;
  }

  /**
   * Returns its standard error.
   *
   * @return the value
   */
  public double getSatisfactionSe() {
    return satisfactionSe;
  }

  /**
   * Sets its standard error.
   *
   * @param satisfactionSe the value
   */
  public void setSatisfactionSe(double satisfactionSe) {
    this.satisfactionSe = satisfactionSe;
  }

  /**
   * Returns complaints acknowledged.
   *
   * @return the value
   */
  public long getAcknowledged() {
    return acknowledged;
  }

  /**
   * Sets complaints acknowledged.
   *
   * @param acknowledged the value
   */
  public void setAcknowledged(long acknowledged) {
    this.acknowledged = acknowledged;
  }

  /**
   * Returns the median seconds to acknowledgement (sketch).
   *
   * @return the value
   */
  public @Nullable Double getAcknowledgeMedianSeconds() {
    return acknowledgeMedianSeconds;
  }

  /**
   * Sets the median seconds to acknowledgement (sketch).
   *
   * @param acknowledgeMedianSeconds the value
   */
  public void setAcknowledgeMedianSeconds(@Nullable Double acknowledgeMedianSeconds) {
    this.acknowledgeMedianSeconds = acknowledgeMedianSeconds;
  }

  /**
   * Returns the 90th percentile seconds to acknowledgement (sketch).
   *
   * @return the value
   */
  public @Nullable Double getAcknowledgeP90Seconds() {
    return acknowledgeP90Seconds;
  }

  /**
   * Sets the 90th percentile seconds to acknowledgement (sketch).
   *
   * @param acknowledgeP90Seconds the value
   */
  public void setAcknowledgeP90Seconds(@Nullable Double acknowledgeP90Seconds) {
    this.acknowledgeP90Seconds = acknowledgeP90Seconds;
  }

  /**
   * Returns complaints with a first response.
   *
   * @return the value
   */
  public long getAnswered() {
    return answered;
  }

  /**
   * Sets complaints with a first response.
   *
   * @param answered the value
   */
  public void setAnswered(long answered) {
    this.answered = answered;
  }

  /**
   * Returns the median seconds to the first response (sketch).
   *
   * @return the value
   */
  public @Nullable Double getFirstResponseMedianSeconds() {
    return firstResponseMedianSeconds;
  }

  /**
   * Sets the median seconds to the first response (sketch).
   *
   * @param firstResponseMedianSeconds the value
   */
  public void setFirstResponseMedianSeconds(@Nullable Double firstResponseMedianSeconds) {
    this.firstResponseMedianSeconds = firstResponseMedianSeconds;
  }

  /**
   * Returns the 90th percentile seconds to the first response (sketch).
   *
   * @return the value
   */
  public @Nullable Double getFirstResponseP90Seconds() {
    return firstResponseP90Seconds;
  }

  /**
   * Sets the 90th percentile seconds to the first response (sketch).
   *
   * @param firstResponseP90Seconds the value
   */
  public void setFirstResponseP90Seconds(@Nullable Double firstResponseP90Seconds) {
    this.firstResponseP90Seconds = firstResponseP90Seconds;
  }

  /**
   * Returns complaints resolved.
   *
   * @return the value
   */
  public long getResolved() {
    return resolved;
  }

  /**
   * Sets complaints resolved.
   *
   * @param resolved the value
   */
  public void setResolved(long resolved) {
    this.resolved = resolved;
  }

  /**
   * Returns the median seconds to resolution (sketch).
   *
   * @return the value
   */
  public @Nullable Double getResolutionMedianSeconds() {
    return resolutionMedianSeconds;
  }

  /**
   * Sets the median seconds to resolution (sketch).
   *
   * @param resolutionMedianSeconds the value
   */
  public void setResolutionMedianSeconds(@Nullable Double resolutionMedianSeconds) {
    this.resolutionMedianSeconds = resolutionMedianSeconds;
  }

  /**
   * Returns the 90th percentile seconds to resolution (sketch).
   *
   * @return the value
   */
  public @Nullable Double getResolutionP90Seconds() {
    return resolutionP90Seconds;
  }

  /**
   * Sets the 90th percentile seconds to resolution (sketch).
   *
   * @param resolutionP90Seconds the value
   */
  public void setResolutionP90Seconds(@Nullable Double resolutionP90Seconds) {
    this.resolutionP90Seconds = resolutionP90Seconds;
  }

  /**
   * Returns the normalised rank error of the duration sketches, 0 while exact.
   *
   * @return the value
   */
  public double getRankError() {
    return rankError;
  }

  /**
   * Sets the normalised rank error of the duration sketches, 0 while exact.
   *
   * @param rankError the value
   */
  public void setRankError(double rankError) {
    this.rankError = rankError;
  }
}
