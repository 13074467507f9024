/**
 * RFM analysis: recency, frequency and monetary scores on a 1..n scale and rule-based customer
 * segments, exact or from mergeable quantile sketches, for tens of millions of customers.
 *
 * <p>Entry points: {@link io.github.cx4j.segmentation.rfm.Rfm#cutPoints} and {@link
 * io.github.cx4j.segmentation.rfm.Rfm#score} (exact cut points by selection on primitive columns),
 * {@link io.github.cx4j.segmentation.rfm.RfmSketch} (KLL sketches, Karnin, Lang and Liberty 2016,
 * through Apache DataSketches, with their rank error), {@link
 * io.github.cx4j.segmentation.rfm.RfmSegmentation} (ordered rule lists, the presets of the R
 * package {@code rfm} by Hebbali, and custom rules in code or JSON) and {@link
 * io.github.cx4j.segmentation.rfm.RfmSegments#summary} (customers, purchases, revenue, average
 * order value and shares per segment).
 *
 * <p>Definitions (stated once, used everywhere): default cut points are the empirical quantiles at
 * {@code k/n}, {@code k = 1..n-1}, of Hyndman and Fan (1996) type 7 (R's default, NumPy's {@code
 * "linear"}). A frequency or monetary score is {@code 1 +} the number of cut points strictly below
 * the value; a recency score is {@code n -} that number (recent is high). Equal values always get
 * equal scores and a value equal to a cut point goes to the lower bin. RFM itself goes back to
 * Hughes (1994), "Strategic Database Marketing".
 */
@NullMarked
@CxStyle
package io.github.cx4j.segmentation.rfm;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
