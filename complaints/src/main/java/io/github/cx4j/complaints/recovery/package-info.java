/**
 * Service recovery: what an organisation gives a complainant to put a failure right, the justice
 * dimensions it addresses, and whether recovered customers end more satisfied than customers who
 * had no failure (the recovery paradox).
 *
 * <p>Entry points: {@link io.github.cx4j.complaints.recovery.Remedy}, {@link
 * io.github.cx4j.complaints.recovery.RecoveryParadox#analyse}. Sources: course files "Customer
 * Satisfaction Management" and "All-Staff Service" (the late-night restaurant case, "R -
 * Recovery"); Tax, Brown and Chandrashekaran (1998) for distributive, procedural and interactional
 * justice, Colquitt (2001) for informational justice; McCollough and Bharadwaj (1992) and the
 * meta-analysis of de Matos, Henrique and Rossi (2007) for the recovery paradox; Welch (1947) for
 * the unequal-variance test.
 */
@CxStyle
@NullMarked
package io.github.cx4j.complaints.recovery;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
