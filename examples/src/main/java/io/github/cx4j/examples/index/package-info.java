/**
 * Satisfaction indices on the command line and in the tour: {@code cx4j pls} ({@link
 * io.github.cx4j.examples.index.PlsCommand}) estimates an ACSI, ECSI or custom PLS path model from
 * a CSV survey, and the tour chapter {@link io.github.cx4j.examples.index.SatisfactionIndexChapter}
 * estimates the ECSI model on a survey simulated by {@link
 * io.github.cx4j.examples.index.EcsiSurvey} from known path coefficients (Tenenhaus et al. 2005).
 */
package io.github.cx4j.examples.index;
