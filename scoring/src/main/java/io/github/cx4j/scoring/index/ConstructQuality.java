/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.index;

/**
 * Measurement quality of one construct, from its outer loadings {@code l} and the correlations of
 * its indicators (Fornell and Larcker 1981; Chin 1998; Dijkstra and Henseler 2015). Single-item
 * constructs have 1 for alpha, rho and rho_A.
 *
 * @param ave average variance extracted, the mean of {@code l^2} (equal to the mean communality)
 * @param alpha Cronbach's alpha of the standardised items, each item signed like its loading:
 *     {@code m/(m-1) (1 - m / sum(R))}
 * @param rho Dillon-Goldstein rho (composite reliability): {@code (sum l)^2 / ((sum l)^2 + sum(1 -
 *     l^2))}, the error sum taken as at least 0 (consistent loadings above 1 are a Heywood case)
 * @param rhoA the reliability rho_A of Dijkstra and Henseler (2015) for mode-A blocks of two or
 *     more items, 1 otherwise; it may be negative or above 1 for ill-fitting blocks, which
 *     consistent PLS then rejects
 */
public record ConstructQuality(double ave, double alpha, double rho, double rhoA) {}
