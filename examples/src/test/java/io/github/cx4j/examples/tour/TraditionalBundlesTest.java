/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every {@code messages_zh_HK.properties} of the library modules is the Traditional-script
 * conversion (ICU {@code Hans-Hant}) of its {@code messages_zh.properties}, line by line: keys and
 * comments unchanged, values converted; every {@code messages_zh_TW.properties} is the same
 * conversion followed by Taiwan's words ({@link TaiwanTerms}). After changing a Chinese bundle,
 * regenerate with {@code ./mvnw -o -q -pl examples -am test -Dtest=TraditionalBundlesTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcx4j.writeTraditional=true}.
 */
class TraditionalBundlesTest {
  private static final List<String> MODULES =
      List.of("core", "scoring", "segmentation", "complaints", "report");

  static List<String> traditional(List<String> simplified, UnaryOperator<String> convert) {
    List<String> out = new ArrayList<>();
    for (String line : simplified) {
      int eq = line.indexOf('=');
      out.add(
          line.startsWith("#") || eq < 0
              ? line
              : line.substring(0, eq + 1) + convert.apply(line.substring(eq + 1)));
    }
    return out;
  }

  @Test
  void everyTraditionalBundleIsTheConversionOfItsSimplifiedBundle() throws IOException {
    Map<String, UnaryOperator<String>> conversions =
        Map.of(
            "messages_zh_TW.properties", Tour.toTaiwan(),
            "messages_zh_HK.properties", Tour.toTraditional());
    boolean write = Boolean.getBoolean("cx4j.writeTraditional");
    int checked = 0;
    for (String module : MODULES) {
      Path root = Path.of("..", module, "src", "main", "resources");
      List<Path> bundles;
      try (Stream<Path> files = Files.walk(root)) {
        bundles =
            files.filter(p -> p.getFileName().toString().equals("messages_zh.properties")).toList();
      }
      for (Path zh : bundles) {
        for (Map.Entry<String, UnaryOperator<String>> c : conversions.entrySet()) {
          Path tw = zh.resolveSibling(c.getKey());
          List<String> expected =
              traditional(Files.readAllLines(zh, StandardCharsets.UTF_8), c.getValue());
          if (write) {
            Files.write(tw, expected, StandardCharsets.UTF_8);
          }
          assertTrue(Files.exists(tw), tw + " is missing; regenerate (see the class comment)");
          assertEquals(
              expected,
              Files.readAllLines(tw, StandardCharsets.UTF_8),
              tw + " is stale; regenerate (see the class comment)");
          checked++;
        }
      }
    }
    assertTrue(checked >= 30, "bundles checked: " + checked);
  }

  @Test
  void taiwanGetsItsOwnWordsHongKongThePlainConversion() {
    String zh = "营销模型：价格、渠道、促销，信息与质量，每周的数据和概率，服务周到，8 周";
    assertEquals("行銷模型：價格、通路、促銷，資訊與品質，每週的資料和機率，服務周到，8 週", Tour.toTaiwan().apply(zh));
    assertEquals("營銷模型：價格、渠道、促銷，信息與質量，每周的數據和概率，服務周到，8 周", Tour.toTraditional().apply(zh));
    assertEquals("共變異數與變異數", TaiwanTerms.apply("協方差與方差"));
    assertEquals("通路", TaiwanTerms.apply("渠道"));
    assertEquals("「行銷學之父」說『好』", TaiwanTerms.apply("“營銷學之父”說‘好’"));
    assertEquals("開放溝通管道", TaiwanTerms.apply("開放溝通渠道"));
  }
}
