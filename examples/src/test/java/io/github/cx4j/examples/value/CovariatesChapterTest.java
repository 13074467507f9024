/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.examples.CliTest;
import java.util.List;
import org.junit.jupiter.api.Test;

class CovariatesChapterTest extends CliTest {
  @Test
  void theChapterRecoversTheSimulatedEffectsWithinTwoStandardErrors() {
    assertEquals(0, run("tour", "--chapter", "52"), err);
    assertTrue(out.contains("Who buys more: covariates"), out);
    assertWithinTwoSe("purchase.income", CovariatesChapter.INCOME);
    assertWithinTwoSe("dropout.web", CovariatesChapter.WEB);
    // the higher income buys more, the web sign-up drops out sooner: other predictions
    assertTrue(out.contains("income -1 and no web sign-up, P(alive) "), out);
    // time-varying: both effects recovered, and a campaign in the horizon raises the expectation
    assertWithinTwoSe("purchase.campaign", CovariatesChapter.CAMPAIGN);
    assertWithinTwoSe("dropout.problem", CovariatesChapter.PROBLEM);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(
                "buy ([0-9.]+) times in weeks 52-60 without a campaign and ([0-9.]+) times with")
            .matcher(out.replace("\n", " ").replaceAll("\\s+", " "));
    assertTrue(m.find(), out);
    double without = Double.parseDouble(m.group(1));
    double with = Double.parseDouble(m.group(2));
    assertTrue(with > without * 1.5 && without > 0, m.group());
    // the path's intervals, CLV and DERT: the campaign raises the value, the parameter draws do
    // not narrow the interval
    String[] off = tableRow("no campaign");
    String[] on = tableRow("campaign");
    assertEquals(6, off.length, String.join(" ", off));
    assertEquals(5, on.length, String.join(" ", on));
    assertTrue(Double.parseDouble(on[3]) > Double.parseDouble(off[4]), out);
    assertTrue(Double.parseDouble(on[4]) > Double.parseDouble(off[5]), out);
    for (String[] row : List.of(java.util.Arrays.copyOfRange(off, 1, 6), on)) {
      String[] point = row[1].split("-");
      String[] wide = row[2].split("-");
      assertEquals("0", point[0], out);
      assertTrue(Integer.parseInt(wide[1]) >= Integer.parseInt(point[1]), out);
    }
    String english = out;
    assertEquals(0, run("tour", "--chapter", "52"), err);
    assertEquals(english, out, "the chapter is deterministic");
    assertEquals(0, run("tour", "--lang", "zh", "--chapter", "52"), err);
    assertTrue(out.contains("谁买得更多"), out);
  }

  private String[] tableRow(String first) {
    return out.lines()
        .map(String::trim)
        .filter(l -> l.startsWith(first + " ") && l.matches(".*\\d+-\\d+.*"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no row " + first + " in\n" + out))
        .split("\\s+");
  }

  private void assertWithinTwoSe(String effect, double truth) {
    String line =
        out.lines()
            .filter(l -> l.trim().startsWith(effect + " "))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no row " + effect + " in\n" + out));
    String[] cells = line.trim().split("\\s+");
    assertEquals(4, cells.length, line);
    assertEquals(truth, Double.parseDouble(cells[1]), 1e-12, line);
    double estimate = Double.parseDouble(cells[2]);
    double se = Double.parseDouble(cells[3]);
    assertTrue(se > 0 && se < 0.2, line);
    assertEquals(truth, estimate, 2 * se, line);
  }
}
