/**
 * Satisfaction indices by PLS path modelling: the ACSI (Fornell et al. 1996) and ECSI (Tenenhaus et
 * al. 2005) models, estimated with the PLS algorithm of Wold and Lohmöller as in R's plspm and
 * seminr, with consistent PLS (Dijkstra and Henseler 2015), quality criteria (AVE, Cronbach's
 * alpha, Dillon-Goldstein rho, rho_A, GoF, HTMT after Henseler, Ringle and Sarstedt 2015, inner
 * VIF, SRMR), the bootstrap, the ACSI 0-100 index and importance-performance map analysis (Ringle
 * and Sarstedt 2016).
 *
 * <p>Entry points: {@link io.github.cx4j.scoring.index.PathModel} (the model as a value, with the
 * {@link io.github.cx4j.scoring.index.PathModel#acsi()} and {@link
 * io.github.cx4j.scoring.index.PathModel#ecsi()} presets), {@link
 * io.github.cx4j.scoring.index.Pls#fit} (one estimation, giving a {@link
 * io.github.cx4j.scoring.index.PlsResult}) and {@link io.github.cx4j.scoring.index.Pls#bootstrap}
 * (giving a {@link io.github.cx4j.scoring.index.BootstrapResult}). Options are a {@link
 * io.github.cx4j.scoring.index.PlsOptions} value. The estimation works on the indicators'
 * correlation matrix, so that one pass over the rows suffices however many iterations it takes.
 */
@CxStyle
@NullMarked
package io.github.cx4j.scoring.index;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
