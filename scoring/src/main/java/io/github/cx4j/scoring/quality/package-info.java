/**
 * Service-quality models: SERVQUAL gaps, the Kano model, importance-performance analysis and key
 * drivers of satisfaction.
 *
 * <p>Entry points: {@link io.github.cx4j.scoring.quality.Servqual} (with the 22 items as data,
 * {@link io.github.cx4j.scoring.quality.ServqualItem}), {@link
 * io.github.cx4j.scoring.quality.Kano}, {@link io.github.cx4j.scoring.quality.Ipa} and {@link
 * io.github.cx4j.scoring.quality.KeyDrivers}.
 *
 * <p>Sources: Parasuraman, Zeithaml and Berry (1988) "SERVQUAL: a multiple-item scale for measuring
 * consumer perceptions of service quality", Journal of Retailing 64(1):12-40, and their 1991
 * refinement (Journal of Retailing 67(4):420-450); Kano, Seraku, Takahashi and Tsuji (1984)
 * "Attractive quality and must-be quality", Hinshitsu 14(2):39-48; Berger et al. (1993) "Kano's
 * methods for understanding customer-defined quality", Center for Quality of Management Journal
 * 2(4):3-35; Fong (1996) "Using the self-stated importance questionnaire to interpret Kano
 * questionnaire results", CQM Journal 5(3):21-23; Martilla and James (1977) "Importance-performance
 * analysis", Journal of Marketing 41(1):77-79; Johnson (2000) "A heuristic method for estimating
 * the relative weight of predictor variables in multiple regression", Multivariate Behavioral
 * Research 35(1):1-19; Lindeman, Merenda and Gold (1980) and Grömping (2006) "Relative importance
 * for linear regression in R: the package relaimpo", JSS 17(1).
 */
@NullMarked
package io.github.cx4j.scoring.quality;

import org.jspecify.annotations.NullMarked;
