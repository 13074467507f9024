/**
 * Survey scores with honest statistics: Net Promoter Score, CSAT, Customer Effort Score, an
 * ACSI-style 0-100 satisfaction index, expectation-disconfirmation, and the same measures by
 * segment and calendar period with two-group tests.
 *
 * <p>Entry points: {@link io.github.cx4j.scoring.survey.Nps}, {@link
 * io.github.cx4j.scoring.survey.WeightedNps}, {@link io.github.cx4j.scoring.survey.Csat}, {@link
 * io.github.cx4j.scoring.survey.Ces}, {@link io.github.cx4j.scoring.survey.SatisfactionIndex},
 * {@link io.github.cx4j.scoring.survey.Disconfirmation} and {@link
 * io.github.cx4j.scoring.survey.Segments}. Every aggregate has a mergeable accumulator whose result
 * does not depend on how the data was split, a {@link java.util.stream.Collector}, an object path
 * ({@link io.github.cx4j.scoring.survey.SurveyResponse}) and a primitive-column path ({@code int[]}
 * scores, {@code double[]} weights), and an explicit {@link
 * io.github.cx4j.scoring.survey.InputPolicy}.
 *
 * <p>Sources: Reichheld (2003) "The one number you need to grow", HBR 81(12); Rocks (2016)
 * "Interval estimation for the net promoter score", The American Statistician 70(4):365-372; Tango
 * (1998) "Equivalence test and confidence interval for the difference in proportions for the
 * paired-sample design", Statistics in Medicine 17:891-908; Wilson (1927) JASA 22:209-212; Kish
 * (1965) Survey Sampling; Dixon, Freeman and Toman (2010) "Stop trying to delight your customers",
 * HBR (CES); Fornell et al. (1996) "The American Customer Satisfaction Index", Journal of Marketing
 * 60(4):7-18; Oliver (1980) "A cognitive model of the antecedents and consequences of satisfaction
 * decisions", JMR 17(4):460-469; course source file 003 (satisfaction as the match of expectation
 * and perceived experience).
 */
@CxStyle
@NullMarked
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
