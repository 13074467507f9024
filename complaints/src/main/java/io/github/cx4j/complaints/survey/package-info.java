/**
 * The satisfaction survey after resolution, as helpdesks run it: a {@code survey-due} event a delay
 * after the complaint is solved (the automation {@link
 * io.github.cx4j.complaints.automation.Automation#surveyAfterResolution}), an answer with a score
 * on the survey's scale (CSAT 1-5 by default) and an optional reason, and invalidation when the
 * complaint is reopened (the workflow records {@code survey-invalidated}). {@link
 * io.github.cx4j.complaints.survey.SurveyKpis} gives the figures: surveys sent, answered and
 * invalidated, the response rate and the CSAT (share of answers in the top two points of the scale)
 * with Wilson (1927) intervals, and the mean normalised score.
 */
@NullMarked
package io.github.cx4j.complaints.survey;

import org.jspecify.annotations.NullMarked;
