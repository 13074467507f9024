/**
 * Survey measures as Spark aggregators with histogram buffers: {@link
 * io.github.cx4j.spark.survey.SurveyAggregators} (NPS after Reichheld 2003 with Rocks' 2016
 * intervals, CSAT, CES after Dixon, Freeman and Toman 2010, the ACSI-style index after Fornell et
 * al. 1996, Kano counts after Kano et al. 1984 and Berger et al. 1993). Results are mutable beans,
 * so {@code Encoders.bean} gives a struct with one column per measure.
 */
@NullMarked
package io.github.cx4j.spark.survey;

import org.jspecify.annotations.NullMarked;
