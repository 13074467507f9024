/**
 * Customer value: the probabilistic customer-base models of Fader, Hardie and colleagues, which
 * make "every customer has a lifetime value" and "know what losing a customer costs" (source files
 * 000 and 002) concrete.
 *
 * <ul>
 *   <li>Non-contractual, continuous time: {@link io.github.cx4j.scoring.value.BgNbd} (Fader, Hardie
 *       and Lee 2005), {@link io.github.cx4j.scoring.value.MbgNbd} (Batislam, Denizel and
 *       Filiztekin 2007), {@link io.github.cx4j.scoring.value.ParetoNbd} (Schmittlein, Morrison and
 *       Colombo 1987, likelihood after Fader and Hardie 2005).
 *   <li>Non-contractual, discrete time: {@link io.github.cx4j.scoring.value.BgBb} (Fader, Hardie
 *       and Shang 2010).
 *   <li>Contractual: {@link io.github.cx4j.scoring.value.ShiftedBetaGeometric} (Fader and Hardie
 *       2007, 2010).
 *   <li>Spend: {@link io.github.cx4j.scoring.value.GammaGamma} (Fader, Hardie and Lee 2005; Fader
 *       and Hardie 2013).
 *   <li>Lifetime value: {@link io.github.cx4j.scoring.value.Clv}; fits are {@link
 *       io.github.cx4j.scoring.value.ValueFit}, models {@link
 *       io.github.cx4j.scoring.value.ValueModel}.
 * </ul>
 *
 * <p>Fits are maximum likelihood on log-scale parameters with analytic gradients (BFGS), several
 * starts, automatic collapse of identical summaries into weighted patterns, and standard errors
 * from the Hessian. Likelihoods are evaluated in log space; the Gauss hypergeometric function the
 * Pareto/NBD needs is summed as a positive series after an Euler transformation.
 */
@NullMarked
package io.github.cx4j.scoring.value;

import org.jspecify.annotations.NullMarked;
