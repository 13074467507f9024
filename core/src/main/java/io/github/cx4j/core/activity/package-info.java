/**
 * Customer activity: purchases and the per-customer summaries that customer-base models and RFM
 * segmentation start from.
 *
 * <p>Entry points: {@link io.github.cx4j.core.activity.Transaction} (one purchase), {@link
 * io.github.cx4j.core.activity.TransactionLog} (a columnar log for volume), {@link
 * io.github.cx4j.core.activity.SummarySpec} (observation end, time unit, purchase period) and the
 * static functions of {@link io.github.cx4j.core.activity.ActivitySummaries}, which compute {@link
 * io.github.cx4j.core.activity.RepeatSummaries} (frequency, recency, T and mean repeat value as in
 * Fader, Hardie and Lee 2005, "Counting your customers the easy way", and the {@code
 * summary_data_from_transaction_data} convention of the Python {@code lifetimes} package), {@link
 * io.github.cx4j.core.activity.RfmSummaries} (recency, frequency, monetary value as in Hughes 1994,
 * "Strategic Database Marketing", and the course's RFM chapter) and {@link
 * io.github.cx4j.core.activity.CalibrationHoldout} splits.
 *
 * <p>Time is measured in whole days between calendar dates and reported in a caller-chosen unit
 * given as a {@link java.time.Duration}. See {@code docs/activity.md}.
 */
@CxStyle
@NullMarked
package io.github.cx4j.core.activity;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
