/**
 * Handling guidance for complaint handlers, after course file "Customer Relationship Management":
 * the approach and steps for the recognised customer state, handling frameworks as configurable
 * step lists (LAST, HEARD, BLAST and the interaction flow of course file "Customer Relationship
 * Management"), checks of a case's history against the five complaint-handling principles, and a
 * reply checker for Chinese and English messages.
 *
 * <p>Entry points: {@link io.github.cx4j.complaints.handling.HandlingGuide#forState}, {@link
 * io.github.cx4j.complaints.handling.HandlingFrameworks}, {@link
 * io.github.cx4j.complaints.handling.PrincipleCheck#check}, {@link
 * io.github.cx4j.complaints.handling.ReplyChecker#check}. Sources: course file "Customer
 * Relationship Management" (customer states, principles, blame-shifting phrases, "say we, not
 * you"); LAST (Ritz-Carlton / hospitality training), HEARD (Disney Institute), BLAST (Ritz-Carlton
 * and hotel training) as taught in service courses.
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.handling;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
