/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Newton's method with an analytic Hessian: convergence, damping, and the precision limit. */
class NewtonTest {

  /** Rosenbrock's function (non-convex away from its minimum at (1, 1)). */
  static final Bfgs.HessianObjective ROSENBROCK =
      (t, g, h) -> {
        double a = 1 - t[0];
        double b = t[1] - t[0] * t[0];
        g[0] = -2 * a - 400 * t[0] * b;
        g[1] = 200 * b;
        if (h != null) {
          h[0][0] = 2 - 400 * b + 800 * t[0] * t[0];
          h[0][1] = -400 * t[0];
          h[1][0] = -400 * t[0];
          h[1][1] = 200;
        }
        return a * a + 100 * b * b;
      };

  @Test
  void convergesOnRosenbrockFromTheClassicStart() {
    Newton.Outcome o = Newton.minimize(ROSENBROCK, new double[] {-1.2, 1}, 200, 1e-10);
    assertTrue(o.result().converged(), o.result().message());
    assertEquals(1.0, o.result().theta()[0], 1e-8);
    assertEquals(1.0, o.result().theta()[1], 1e-8);
    assertEquals(200, o.hessian()[1][1]);
    assertTrue(o.result().iterations() < 40, "iterations " + o.result().iterations());
  }

  @Test
  void dampsAnIndefiniteHessianIntoADescentDirection() {
    // f = t^4 - t^2: at t = 0.1 the Hessian 12 t^2 - 2 is negative
    Bfgs.HessianObjective f =
        (t, g, h) -> {
          g[0] = 4 * Math.pow(t[0], 3) - 2 * t[0];
          if (h != null) {
            h[0][0] = 12 * t[0] * t[0] - 2;
          }
          return Math.pow(t[0], 4) - t[0] * t[0];
        };
    double[] d = Newton.direction(new double[][] {{12 * 0.01 - 2}}, new double[] {4e-3 - 0.2});
    assertTrue(d[0] > 0, "descent from 0.1 goes towards 1/sqrt(2): " + d[0]);
    Newton.Outcome o = Newton.minimize(f, new double[] {0.1}, 100, 1e-12);
    assertTrue(o.result().converged(), o.result().message());
    assertEquals(Math.sqrt(0.5), o.result().theta()[0], 1e-12);
  }

  @Test
  void stopsAtThePrecisionOfTheObjectiveWithoutAFutileLineSearch() {
    // the tolerance cannot be met: the first step lands on the minimum, after which the
    // predicted decrease is zero and one evaluation settles it (not a 40-step line search)
    int[] evaluations = new int[1];
    Bfgs.HessianObjective f =
        (t, g, h) -> {
          evaluations[0]++;
          g[0] = 2 * (t[0] - 3);
          if (h != null) {
            h[0][0] = 2;
          }
          return 5 + (t[0] - 3) * (t[0] - 3);
        };
    Newton.Outcome o = Newton.minimize(f, new double[] {1}, 100, 0.0);
    assertEquals(3.0, o.result().theta()[0]);
    assertEquals("line search failed to decrease the objective", o.result().message());
    assertEquals(3, evaluations[0]);
    evaluations[0] = 0;
    o = Newton.minimize(f, new double[] {1}, 100, 1e-40);
    assertEquals("converged: gradient below tolerance", o.result().message());
    assertEquals(2, evaluations[0]);
  }

  @Test
  void reportsANonFiniteStart() {
    Bfgs.HessianObjective f = (t, g, h) -> Double.NaN;
    Newton.Outcome o = Newton.minimize(f, new double[] {0}, 10, 1e-9);
    assertEquals("the objective is not finite at the start", o.result().message());
    assertTrue(!o.result().converged());
  }
}
