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
 * decisions", JMR 17(4):460-469; course file "Customer Satisfaction Management" (satisfaction as
 * the match of expectation and perceived experience).
 *
 * <p><b>How to add a survey measure</b> (a maintainer's checklist):
 *
 * <ol>
 *   <li>A final class named after the measure with the column path first ({@code of(int[] scores,
 *       ...)}), then the object path ({@code of(Collection<SurveyResponse>)}) delegating to it; bad
 *       input raises a {@code CxValidationException} naming the field and value, and missing or
 *       invalid answers follow {@link io.github.cx4j.scoring.survey.InputPolicy}.
 *   <li>A result record carrying what a reader needs to trust it: {@code n}, the estimate, its
 *       standard error and intervals as {@link io.github.cx4j.core.Interval} (Wilson intervals
 *       through {@code core.internal.Intervals}, t intervals through {@code
 *       scoring.internal.Stats}, percentiles through {@code core.internal.Percentiles}: never a new
 *       copy).
 *   <li>A mergeable accumulator (add, merge, result) and a {@code java.util.stream.Collector}; a
 *       property test (QuickTheories) shows that any split and merge order gives the result of one
 *       pass.
 *   <li>Javadoc that cites the paper or standard (author, title, journal) and, where the measure
 *       comes from the course, the course file by title; labels of any new enum in the {@code
 *       messages} bundles (en, zh).
 *   <li>Tests against a published example, the exact error messages, and a JSON round trip of the
 *       result; a CLI subcommand and a tour chapter if users should see it.
 * </ol>
 */
@CxStyle
@NullMarked
package io.github.cx4j.scoring.survey;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
