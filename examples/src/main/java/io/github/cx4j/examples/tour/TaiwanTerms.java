/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words Taiwan writes differently from the mainland, applied to text already converted to the
 * Traditional script (ICU's {@code Hans-Hant} changes characters, not words): 營銷 → 行銷, 信息 → 資訊, 質量
 * → 品質, 數據 → 資料, 渠道 → 通路 (a sales channel) or 管道 (any other), 網絡 → 網路, 幻燈片 → 投影片, 鼠標 → 滑鼠, 概率 → 機率,
 * 每周 → 每週 and the like. Used for {@code zh-TW} (and {@code zh-Hant} without a region) only; Hong
 * Kong and Macao keep the plain conversion.
 *
 * <p>The list is cx4j's, limited to the words its texts use; longer words are replaced first (協方差
 * before 方差).
 */
final class TaiwanTerms {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("營銷", "行銷"),
          Map.entry("信息", "資訊"),
          Map.entry("質量", "品質"),
          Map.entry("數據", "資料"),
          // a sales channel (4P's place, channel customers) is 通路, any other channel 管道
          Map.entry("、渠道、", "、通路、"),
          Map.entry("渠道（分銷", "通路（分銷"),
          Map.entry("的渠道到達", "的通路到達"),
          Map.entry("渠道", "管道"),
          Map.entry("網絡", "網路"),
          Map.entry("互聯網", "網際網路"),
          Map.entry("軟件", "軟體"),
          Map.entry("硬件", "硬體"),
          Map.entry("視頻", "影片"),
          Map.entry("默認", "預設"),
          Map.entry("打印", "列印"),
          Map.entry("服務器", "伺服器"),
          Map.entry("鏈接", "連結"),
          Map.entry("菜單", "選單"),
          Map.entry("屏幕", "螢幕"),
          Map.entry("鼠標", "滑鼠"),
          Map.entry("博客", "部落格"),
          Map.entry("短信", "簡訊"),
          Map.entry("優化", "最佳化"),
          Map.entry("智能", "智慧"),
          Map.entry("在線", "線上"),
          Map.entry("實時", "即時"),
          Map.entry("字符", "字元"),
          Map.entry("代碼", "程式碼"),
          Map.entry("變量", "變數"),
          Map.entry("模塊", "模組"),
          Map.entry("文本", "文字"),
          Map.entry("導出", "匯出"),
          Map.entry("協方差", "共變異數"),
          Map.entry("方差", "變異數"),
          Map.entry("概率", "機率"),
          Map.entry("置信區間", "信賴區間"),
          Map.entry("計算機", "電腦"),
          Map.entry("幻燈片", "投影片"),
          Map.entry("登錄", "登入"),
          Map.entry("文件夾", "資料夾"),
          Map.entry("界面", "介面"),
          Map.entry("設置", "設定"),
          Map.entry("交互", "互動"),
          Map.entry("反饋", "回饋"),
          Map.entry("激活", "啟用"),
          Map.entry("分辨率", "解析度"),
          Map.entry("打分", "評分"));

  /** A week after a number or 每/本/上/下 (8 周, 每周): 週 in Taiwan; 周到 and 周圍 keep 周. */
  private static final Pattern WEEK = Pattern.compile("([0-9每本上下] ?)周");

  private static final List<Map.Entry<String, String>> LONGEST_FIRST = longestFirst();

  private TaiwanTerms() {}

  private static List<Map.Entry<String, String>> longestFirst() {
    List<Map.Entry<String, String>> list = new ArrayList<>(WORDS.entrySet());
    list.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> -e.getKey().length())
            .thenComparing(Map.Entry::getKey));
    return List.copyOf(list);
  }

  /**
   * Taiwan's words in a Traditional-script text.
   *
   * @param hant text in the Traditional script
   * @return the text with Taiwan's words
   */
  static String apply(String hant) {
    if (hant.equals("渠道")) {
      return "通路"; // the label of 4P's place
    }
    String s = hant;
    for (Map.Entry<String, String> e : LONGEST_FIRST) {
      if (s.contains(e.getKey())) {
        s = s.replace(e.getKey(), e.getValue());
      }
    }
    s = s.replace('“', '「').replace('”', '」').replace('‘', '『').replace('’', '』');
    return WEEK.matcher(s).replaceAll("$1週");
  }
}
