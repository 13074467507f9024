/**
 * Customer strategy: the strategic-customer score from the seven criteria of course file
 * "Understanding Customer Service" (确定战略客户的共同标准), the customer-strategy matrix of course file
 * "Understanding Customer Service" applied per segment (loyalty, expansion, acquisition,
 * diversification), and the loyalty types of a customer base in the attitude by repeat-patronage
 * matrix of Dick and Basu (1994).
 *
 * <p>Entry points: {@link io.github.cx4j.segmentation.strategy.StrategicCustomers#rank}, {@link
 * io.github.cx4j.segmentation.strategy.SegmentStrategies} and {@link
 * io.github.cx4j.segmentation.strategy.LoyaltyBase#of}.
 */
@NullMarked
@CxStyle
package io.github.cx4j.segmentation.strategy;

import io.github.cx4j.core.CxStyle;
import org.jspecify.annotations.NullMarked;
