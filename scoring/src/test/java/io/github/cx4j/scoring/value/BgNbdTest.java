package io.github.cx4j.scoring.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BgNbdTest {
  private static final Cdnow CDNOW = Cdnow.load();

  @Test
  void cdnowSummaryMatchesThePublishedOne() {
    assertEquals(2357, CDNOW.size());
    // customer 1: purchases 1997-01-01, 01-18, 08-02 (and 12-12 in the holdout)
    assertEquals(2, CDNOW.x[0]);
    assertEquals(30.43, CDNOW.tx[0], 0.005);
    assertEquals(38.86, CDNOW.age[0], 0.005);
    assertEquals(22.35, CDNOW.monetary[0], 0.0051);
    int repeatBuyers = 0;
    for (int v : CDNOW.x) {
      repeatBuyers += v > 0 ? 1 : 0;
    }
    assertEquals(946, repeatBuyers);
  }

  @Test
  void reproducesFaderHardieLee2005() {
    ValueFit fit = BgNbd.fit(CDNOW.x, CDNOW.tx, CDNOW.age);
    assertTrue(fit.converged(), fit.message());
    assertEquals(0.243, fit.param("r"), 0.0005);
    assertEquals(4.414, fit.param("alpha"), 0.0005);
    assertEquals(0.793, fit.param("a"), 0.0005);
    assertEquals(2.426, fit.param("b"), 0.0005);
    assertEquals(-9582.4, fit.logLikelihood(), 0.05);
  }
}
