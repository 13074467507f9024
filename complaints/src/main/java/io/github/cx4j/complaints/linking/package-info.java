/**
 * Splitting a complaint in two and merging two complaints with the link recorded on both sides.
 *
 * <p>{@link io.github.cx4j.complaints.linking.Splitting#split} rewrites a history into two: the
 * source keeps its other events and records a {@code split-off} event; the new complaint starts
 * with a copy of the receipt, takes the chosen events (same event ids) and records {@code
 * split-from}. {@link io.github.cx4j.complaints.linking.Splitting#rejoin} is its inverse, so a
 * split followed by a rejoin gives back the original history. {@link
 * io.github.cx4j.complaints.linking.Merging#merge} decides both sides of a merge: {@code merged} on
 * the source and {@code merge-received} on the target, which carries the source's running SLA
 * clocks; the SLA clock engine gives the target's open clock of each such target the smaller of the
 * two remaining times ({@code SlaFact.MovedDeadline}), so the target's clocks, warnings and
 * escalations follow the earlier commitment.
 */
@NullMarked
package io.github.cx4j.complaints.linking;

import org.jspecify.annotations.NullMarked;
