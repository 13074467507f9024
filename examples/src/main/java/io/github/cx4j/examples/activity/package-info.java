/**
 * Command-line access to customer activity: {@link
 * io.github.cx4j.examples.activity.SummarizeCommand} ({@code cx4j summarize}) turns a purchase file
 * into per-customer repeat or RFM summaries with {@link
 * io.github.cx4j.core.activity.ActivitySummaries}; {@link
 * io.github.cx4j.examples.activity.PurchaseOptions} is the reusable picocli mixin that reads
 * purchases into a {@link io.github.cx4j.core.activity.TransactionLog}; {@link
 * io.github.cx4j.examples.activity.CdnowChapter} is the tour's first chapter on the bundled CDNOW
 * sample (Fader, Hardie and Lee 2005).
 */
@NullMarked
package io.github.cx4j.examples.activity;

import org.jspecify.annotations.NullMarked;
