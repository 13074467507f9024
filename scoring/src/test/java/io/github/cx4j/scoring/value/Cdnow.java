/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.value;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The CDNOW sample summarised as in Fader, Hardie and Lee (2005): calibration period ends
 * 1997-09-30, times in weeks, purchases on one day count as one (their values summed), monetary
 * value is the mean value of the repeat purchases; holdout purchases are those after 1997-09-30 up
 * to 1998-06-30 (39 weeks).
 */
final class Cdnow {
  static final LocalDate END = LocalDate.of(1997, 9, 30);
  static final LocalDate HOLDOUT_END = LocalDate.of(1998, 6, 30);

  final int[] x;
  final double[] tx;
  final double[] age;
  final double[] monetary;
  final int[] holdout;
  final int[] ids;

  /** Per customer, the sum of the logarithms of the calibration inter-purchase times in weeks. */
  final double[] litt;

  private Cdnow(int n) {
    x = new int[n];
    tx = new double[n];
    age = new double[n];
    monetary = new double[n];
    holdout = new int[n];
    ids = new int[n];
    litt = new double[n];
  }

  static Cdnow load() {
    Map<Integer, TreeMap<LocalDate, Double>> byCustomer = new TreeMap<>();
    DateTimeFormatter f = DateTimeFormatter.BASIC_ISO_DATE;
    try (InputStream in =
            Objects.requireNonNull(Cdnow.class.getResourceAsStream("CDNOW_sample.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.US_ASCII))) {
      String line;
      while ((line = reader.readLine()) != null) {
        String[] cells = line.strip().split("\\s+");
        if (cells.length < 5) {
          continue;
        }
        int id = Integer.parseInt(cells[1]);
        LocalDate date = LocalDate.parse(cells[2], f);
        double value = Double.parseDouble(cells[4]);
        byCustomer.computeIfAbsent(id, k -> new TreeMap<>()).merge(date, value, Double::sum);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    Cdnow c = new Cdnow(byCustomer.size());
    int i = 0;
    for (Map.Entry<Integer, TreeMap<LocalDate, Double>> e : byCustomer.entrySet()) {
      TreeMap<LocalDate, Double> days = e.getValue();
      LocalDate first = days.firstKey();
      int repeats = 0;
      double spend = 0;
      LocalDate last = first;
      int later = 0;
      double sumLog = 0;
      for (Map.Entry<LocalDate, Double> d : days.entrySet()) {
        if (d.getKey().equals(first)) {
          continue;
        }
        if (!d.getKey().isAfter(END)) {
          repeats++;
          spend += d.getValue();
          sumLog += Math.log(ChronoUnit.DAYS.between(last, d.getKey()) / 7.0);
          last = d.getKey();
        } else if (!d.getKey().isAfter(HOLDOUT_END)) {
          later++;
        }
      }
      c.ids[i] = e.getKey();
      c.x[i] = repeats;
      c.tx[i] = ChronoUnit.DAYS.between(first, last) / 7.0;
      c.age[i] = ChronoUnit.DAYS.between(first, END) / 7.0;
      c.monetary[i] = repeats > 0 ? spend / repeats : 0.0;
      c.holdout[i] = later;
      c.litt[i] = sumLog;
      i++;
    }
    return c;
  }

  int size() {
    return x.length;
  }
}
