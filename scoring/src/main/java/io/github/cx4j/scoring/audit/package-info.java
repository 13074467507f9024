/**
 * Audits of an organisation against the course's checklists: questionnaires are data ({@link
 * io.github.cx4j.scoring.audit.Questionnaire}, {@link io.github.cx4j.scoring.audit.AuditItem}),
 * answers sit on a declared Likert {@link io.github.cx4j.core.RatingScale}, a missing answer is
 * explicit and reported (never zero), and scoring is a pure function.
 *
 * <p>Entry points: {@link io.github.cx4j.scoring.audit.Audit#score(AuditAnswers)} for a whole
 * answer sheet (JSON layout in {@code docs/vocabulary.md}), and {@link
 * io.github.cx4j.scoring.audit.Audit#score(Questionnaire, io.github.cx4j.core.RatingScale,
 * java.util.Map)} and {@link io.github.cx4j.scoring.audit.Audit#retention(SectionScore)} for one
 * questionnaire. The standard questionnaires ({@link
 * io.github.cx4j.scoring.audit.Questionnaire#standard(AuditKind)}) cover the CS system (MS, BS,
 * VHS; course file "CS Theory and Keeping Customers"), the twelve retention steps (course file "CS
 * Theory and Keeping Customers"), the all-staff service inspection and the SERVICE principles
 * (course file "All-Staff Service") and the procedural and personal sides of service that give the
 * {@link io.github.cx4j.core.concept.ServiceStyle} (course file "Understanding Customer Service").
 *
 * <p>A dimension's score is the mean of its answered items rescaled to 0-100, {@code 100 (mean -
 * min) / (max - min)}; a section's overall score is the unweighted mean of its dimension scores.
 */
@NullMarked
package io.github.cx4j.scoring.audit;

import org.jspecify.annotations.NullMarked;
