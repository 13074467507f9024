/**
 * Customer value: the probabilistic customer-base models of Fader, Hardie and colleagues, which
 * make "every customer has a lifetime value" and "know what losing a customer costs" (course files
 * "CS Theory and Keeping Customers" and "Understanding Customer Service") concrete.
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
 *   <li>Prediction intervals and covariates: {@link
 *       io.github.cx4j.scoring.value.PredictionIntervals} (exact for purchases, simulated for CLV,
 *       parameter uncertainty by {@link io.github.cx4j.scoring.value.ParameterDraws}); {@link
 *       io.github.cx4j.scoring.value.CovariateModels} (static covariates, Fader and Hardie 2007);
 *       {@link io.github.cx4j.scoring.value.TimeVaryingParetoNbd} (time-varying covariates,
 *       Bachmann, Meierer and Näf 2021); {@link io.github.cx4j.scoring.value.CovariatePenalty}
 *       (elastic net on the effects, Zou and Hastie 2005). Their fits, {@link
 *       io.github.cx4j.scoring.value.CovariateFit} and {@link
 *       io.github.cx4j.scoring.value.TimeVaryingFit}, give every prediction under each customer's
 *       covariates: P(alive), expectations, purchase intervals, parameter draws, CLV, DERT and CLV
 *       intervals. A new purchase model gets intervals by a case in {@code FutureCounts} and {@code
 *       FutureSimulation}.
 * </ul>
 *
 * <p>Fits are maximum likelihood on log-scale parameters with analytic gradients (BFGS), several
 * starts, automatic collapse of identical summaries into weighted patterns, and standard errors
 * from the Hessian. Likelihoods are evaluated in log space; the Gauss hypergeometric function the
 * Pareto/NBD needs is summed as a positive series after an Euler transformation, and where that
 * series would be long (one scale parameter far above the other) the dropout term is integrated by
 * adaptive Gauss-Kronrod quadrature instead.
 *
 * <p><b>How to add a CLV model</b> (a maintainer's checklist):
 *
 * <ol>
 *   <li>Add a constant to {@link io.github.cx4j.scoring.value.ValueModelKind} with the paper's
 *       parameter names in the paper's order, and its labels (en, zh) to this package's {@code
 *       messages} bundles.
 *   <li>Write the model as a public record implementing {@link
 *       io.github.cx4j.scoring.value.PurchaseModel} (or {@link
 *       io.github.cx4j.scoring.value.ValueModel} for a spend model), validating its parameters in
 *       the compact constructor, citing the paper and its equations in the javadoc.
 *   <li>Write its likelihood as a package-private {@code Bfgs.Objective} over the weighted patterns
 *       of {@code Patterns} (a {@code Bfgs.HessianObjective} if the Hessian is analytic: the fit
 *       then polishes by Newton steps), in log space, with an analytic gradient.
 *   <li>Add the entry point: a final class named after the model with {@code fit(...)} (through
 *       {@code Fits.purchaseModel} and {@code MleFitter}, which explore the starts, polish, compute
 *       standard errors and log at debug level) and {@code simulate(model, ..., seed)}.
 *   <li>Map the kind to its fit in {@link io.github.cx4j.scoring.value.ValueModelKind#fit} and to
 *       its model in {@code ValueFit.toModel()}; {@code cx4j clv fit} and {@code clv predict} then
 *       offer it with no CLI change.
 *   <li>Test against the paper's published estimates (the CDNOW sample where the paper uses it),
 *       against data simulated from known parameters, the bad-input messages, and a JSON round trip
 *       of the fit; add a case to {@code ValueBench} if the model is meant for large data.
 * </ol>
 */
@NullMarked
package io.github.cx4j.scoring.value;

import org.jspecify.annotations.NullMarked;
