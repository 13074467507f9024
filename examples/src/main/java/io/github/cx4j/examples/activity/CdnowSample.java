/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.activity;

import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.activity.TransactionLog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

/**
 * The bundled CDNOW sample (resource {@code /CDNOW_sample.txt}): 6,919 purchases of 2,357 customers
 * of the CD retailer CDNOW, 1997-01-01 to 1998-06-30, the standard data of Fader, Hardie and Lee
 * (2005). Customers are the sample ids 1..2357; the observation end of the published summaries is
 * {@link #CALIBRATION_END}.
 */
public final class CdnowSample {
  /** The resource path of the bundled file. */
  public static final String RESOURCE = "/CDNOW_sample.txt";

  /** The calibration end of the published CDNOW summaries: 1997-09-30 (39 weeks). */
  public static final LocalDate CALIBRATION_END = LocalDate.of(1997, 9, 30);

  /** The last day of the data: 1998-06-30. */
  public static final LocalDate DATA_END = LocalDate.of(1998, 6, 30);

  private CdnowSample() {}

  /**
   * Reads the bundled sample: customer = sample id (column 2), date (column 3, yyyyMMdd), amount =
   * dollar value (column 5); the number of CDs (column 4) is kept as the quantity.
   *
   * @return the 6,919 purchases in file order
   */
  public static TransactionLog load() {
    DateTimeFormatter format = DateTimeFormatter.BASIC_ISO_DATE;
    TransactionLog.Builder log = TransactionLog.builder(7_000).currency("USD");
    Map<String, Integer> customers = new HashMap<>();
    try (InputStream in = CdnowSample.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] cells = line.strip().split("\\s+");
        int customer = customers.computeIfAbsent(cells[1], id -> log.customer(CustomerId.of(id)));
        int day = (int) LocalDate.parse(cells[2], format).toEpochDay();
        log.add(customer, day, Double.parseDouble(cells[4]), Integer.parseInt(cells[3]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return log.build();
  }
}
