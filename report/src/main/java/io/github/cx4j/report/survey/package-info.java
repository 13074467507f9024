/**
 * Survey charts: NPS and CSAT by period with interval bands and by group with intervals (Rocks
 * 2016; Tango 1998; Wilson 1927), the importance-performance grid (Martilla and James 1977), the
 * Kano chart of Better/Worse coefficients (Berger et al. 1993) and key-driver weights with
 * bootstrap intervals (Johnson 2000) ({@link io.github.cx4j.report.survey.SurveyCharts}).
 */
@NullMarked
package io.github.cx4j.report.survey;

import org.jspecify.annotations.NullMarked;
