/**
 * Splitting a complaint in two and merging two complaints with the link recorded on both sides.
 *
 * <p>A split is two workflow commands, built by {@link
 * io.github.cx4j.complaints.linking.Splitting#decide} from the source's history: {@code
 * receive-split} opens the new complaint with a copy of the source's receipt, copies of the moved
 * events (new ids and versions, original times and fields) and {@code split-from}; {@code split}
 * records {@code split-off} on the source, naming the moved events. Nothing is rewritten, as an
 * event store requires; {@link io.github.cx4j.complaints.linking.Splitting#thread} gives the events
 * that belong to a complaint after its splits and merges, so a split followed by merging the new
 * complaint back gives the original events again. Only the conversation moves (customer replies,
 * agent responses, recognised customer states, remedies, assessments). {@link
 * io.github.cx4j.complaints.linking.Merging#merge} decides both sides of a merge: {@code merged} on
 * the source and {@code merge-received} on the target, which carries the source's running SLA
 * clocks; the SLA clock engine gives the target's open clock of each such target the smaller of the
 * two remaining times ({@code SlaFact.MovedDeadline}), so the target's clocks, warnings and
 * escalations follow the earlier commitment.
 */
@NullMarked
package io.github.cx4j.complaints.linking;

import org.jspecify.annotations.NullMarked;
