/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.examples.tour;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chinese for the words the tour shows that are not concepts with bundle texts: the workflow's
 * event and command type names, the SLA clocks' step notes, weekday abbreviations, ISO-8601
 * durations and half-width punctuation, so that no English leaks into a Chinese tour. English tours
 * get the words unchanged.
 */
public final class TourWords {

  private static final Map<String, String> EVENTS =
      Map.ofEntries(
          Map.entry("Received", "已受理"),
          Map.entry("Acknowledged", "已确认受理"),
          Map.entry("Assessed", "已初评"),
          Map.entry("Assigned", "已分派"),
          Map.entry("HandedOver", "已移交"),
          Map.entry("HandoverRequested", "已请求移交"),
          Map.entry("HandoverAccepted", "已接受移交"),
          Map.entry("HandoverDeclined", "已拒绝移交"),
          Map.entry("AgentResponded", "坐席已回复"),
          Map.entry("Responded", "已回复"),
          Map.entry("CustomerResponded", "投诉人已回复"),
          Map.entry("MessageAdded", "已留言"),
          Map.entry("StatusChanged", "状态已变更"),
          Map.entry("PriorityChanged", "优先级已变更"),
          Map.entry("Escalated", "已升级"),
          Map.entry("CustomerStateRecognised", "已识别客户状态"),
          Map.entry("Investigated", "已调查"),
          Map.entry("RemedyOffered", "已提出补救"),
          Map.entry("DecisionCommunicated", "已告知决定"),
          Map.entry("Solved", "已解决"),
          Map.entry("Resolved", "已解决"),
          Map.entry("SatisfactionRecorded", "已记录满意度"),
          Map.entry("Closed", "已结案"),
          Map.entry("Reopened", "已重开"),
          Map.entry("Withdrawn", "已撤回"),
          Map.entry("Redacted", "已脱敏"),
          Map.entry("Receive", "受理"),
          Map.entry("Acknowledge", "确认受理"),
          Map.entry("Assess", "初评"),
          Map.entry("Assign", "分派"),
          Map.entry("Respond", "回复"),
          Map.entry("AddMessage", "留言"),
          Map.entry("ChangeStatus", "变更状态"),
          Map.entry("ChangePriority", "变更优先级"),
          Map.entry("Escalate", "升级"),
          Map.entry("RequestHandover", "请求移交"),
          Map.entry("AcceptHandover", "接受移交"),
          Map.entry("DeclineHandover", "拒绝移交"),
          Map.entry("OfferRemedy", "提出补救"),
          Map.entry("Solve", "解决"),
          Map.entry("Resolve", "解决"),
          Map.entry("RecordSatisfaction", "记录满意度"),
          Map.entry("Close", "结案"),
          Map.entry("Reopen", "重开"),
          Map.entry("Withdraw", "撤回"),
          Map.entry("Appended", "已写入"),
          Map.entry("RUNNING", "计时中"),
          Map.entry("PAUSED", "已暂停"),
          Map.entry("DUE_SOON", "即将到期"),
          Map.entry("AT_RISK", "有超时风险"),
          Map.entry("BREACHED", "已超时"),
          Map.entry("MET", "已达成"),
          Map.entry("STOPPED", "已停止"));

  private static final Map<String, String> WEEKDAYS =
      Map.of(
          "Mon", "周一", "Tue", "周二", "Wed", "周三", "Thu", "周四", "Fri", "周五", "Sat", "周六", "Sun",
          "周日");

  private static final Map<String, String> CLOCK_NOTES =
      Map.of(
          "created", "开始计时",
          "paused", "暂停",
          "resumed", "恢复计时",
          "stopped", "停止",
          "reopened", "重开");

  private static final Pattern WEEKDAY =
      Pattern.compile("\\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?= \\d\\d-\\d\\d)");
  private static final Pattern ISO_DURATION =
      Pattern.compile("\\bPT(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?\\b");
  private static final Pattern CLOCK_NOTE =
      Pattern.compile("\\b(created|paused|resumed|stopped|reopened)\\b");
  private static final Pattern PRIORITY_NOTE = Pattern.compile("\\bpriority (\\w+) -> (\\w+)");
  private static final Pattern CARRY_NOTE = Pattern.compile(", resuming (.+?) from cycle (\\d+)");

  private TourWords() {}

  /**
   * A workflow event's or command's type name in the tour's language, for example {@code Received}
   * as 已受理; an unknown name stays as it is (it is a code).
   *
   * @param tour the running tour
   * @param typeOrName an event or command, or its simple type name
   * @return the name
   */
  public static String event(Tour tour, Object typeOrName) {
    String name = typeOrName instanceof String s ? s : typeOrName.getClass().getSimpleName();
    return tour.chinese() ? EVENTS.getOrDefault(name, name) : name;
  }

  /**
   * An SLA clock step's note ({@code "paused (PENDING)"}, {@code "priority NORMAL -> HIGH"}, {@code
   * ", resuming PT1H40M from cycle 1"}) in the tour's language; the status and priority codes in
   * brackets stay (they are codes).
   *
   * @param tour the running tour
   * @param note the note as the library writes it
   * @return the note
   */
  public static String clockNote(Tour tour, String note) {
    if (!tour.chinese()) {
      return note;
    }
    String s = CARRY_NOTE.matcher(note).replaceAll("，从第 $2 周期接续 $1");
    s = PRIORITY_NOTE.matcher(s).replaceAll("优先级 $1 → $2");
    Matcher m = CLOCK_NOTE.matcher(s);
    StringBuilder b = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(b, CLOCK_NOTES.get(m.group(1)));
    }
    m.appendTail(b);
    return b.toString();
  }

  /**
   * An automation's reason as {@code AutomationEngine} writes it, in Chinese: {@code
   * "FIRST_RESPONSE RUNNING: 75% of the target used (PT3H), level 1"} becomes {@code
   * "FIRST_RESPONSE 计时中：已用目标时长的 75%（3 小时），第 1 级"}, and {@code "P7D after 2026-01-14T10:00:00Z"}
   * becomes {@code "2026-01-14T10:00:00Z 之后 P7D"} (durations are then put in hours by {@link
   * #chinese(String)}); the clock name stays (it is a code).
   *
   * @param reason the reason
   * @return the reason in Chinese
   */
  public static String automationReason(String reason) {
    Matcher level = CLOCK_REASON.matcher(reason);
    if (level.matches()) {
      String status = STATUS_ZH.getOrDefault(level.group(2), level.group(2));
      return level.group(1)
          + " "
          + status
          + "：已用目标时长的 "
          + level.group(3)
          + "%（"
          + level.group(4)
          + "）"
          + (level.group(5) == null ? "" : "，第 " + level.group(5) + " 级");
    }
    Matcher after = AFTER_REASON.matcher(reason);
    if (after.matches()) {
      return after.group(2) + " 之后 " + after.group(1);
    }
    return reason;
  }

  private static final Pattern CLOCK_REASON =
      Pattern.compile("(\\S+) (\\S+): (\\d+)% of the target used \\(([^)]*)\\)(?:, level (\\d+))?");
  private static final Pattern AFTER_REASON = Pattern.compile("(\\S+) after (\\S+)");
  private static final Map<String, String> STATUS_ZH =
      Map.of(
          "RUNNING", "计时中",
          "PAUSED", "已暂停",
          "MET", "已达成",
          "BREACHED", "已违约");

  /**
   * A clock's own name ({@code "3 business days"}, {@code "8 weeks"}) in the tour's language.
   *
   * @param tour the running tour
   * @param name the name as configured
   * @return the name
   */
  public static String clockName(Tour tour, String name) {
    if (!tour.chinese()) {
      return name;
    }
    return name.replaceAll("\\b(\\d+) business days?\\b", "$1 个工作日")
        .replaceAll("\\b(\\d+) calendar days?\\b", "$1 个自然日")
        .replaceAll("\\b(\\d+) weeks?\\b", "$1 周")
        .replaceAll("\\b(\\d+) days?\\b", "$1 天")
        .replaceAll("\\b(\\d+) hours?\\b", "$1 小时");
  }

  /**
   * Polishes a line of Chinese output: weekday abbreviations before a date ({@code Sat 03-07}) in
   * Chinese, ISO-8601 durations ({@code PT24H}, {@code PT1H40M}) in hours and minutes, and
   * half-width punctuation next to a Han character in full width.
   *
   * @param line a line of a Chinese tour
   * @return the polished line
   */
  public static String chinese(String line) {
    Matcher w = WEEKDAY.matcher(line);
    StringBuilder b = new StringBuilder();
    while (w.find()) {
      w.appendReplacement(b, WEEKDAYS.get(w.group(1)));
    }
    w.appendTail(b);
    Matcher d = ISO_DURATION.matcher(b.toString());
    StringBuilder c = new StringBuilder();
    while (d.find()) {
      StringBuilder text = new StringBuilder();
      if (d.group(1) != null) {
        text.append(d.group(1)).append(" 小时");
      }
      if (d.group(2) != null) {
        text.append(text.length() > 0 ? " " : "").append(d.group(2)).append(" 分钟");
      }
      if (d.group(3) != null) {
        text.append(text.length() > 0 ? " " : "").append(d.group(3)).append(" 秒");
      }
      d.appendReplacement(c, text.length() == 0 ? d.group() : text.toString());
    }
    d.appendTail(c);
    return fullWidth(c.toString());
  }

  /** Whether a character is CJK: Han, CJK punctuation or full-width forms. */
  static boolean cjk(char ch) {
    return Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN
        || (ch >= 0x3000 && ch <= 0x303F)
        || (ch >= 0xFF00 && ch <= 0xFFEF)
        || "“”‘’《》…—".indexOf(ch) >= 0;
  }

  /**
   * Half-width {@code , : ; ? ! ( )} next to a CJK character, and {@code .} after one (not followed
   * by a letter or digit), in full width; numbers ({@code 10:30}, {@code 1,234}, {@code 0.5}) and
   * Latin text are left alone.
   *
   * @param s the text
   * @return the text with full-width punctuation
   */
  /** Whether the dot at {@code i} ends a list number at the start of the line ({@code " 1. "}). */
  private static boolean listMarker(String s, int i) {
    int j = i - 1;
    while (j >= 0 && Character.isDigit(s.charAt(j))) {
      j--;
    }
    if (j == i - 1) {
      return false;
    }
    while (j >= 0 && s.charAt(j) == ' ') {
      j--;
    }
    return j < 0 && i + 1 < s.length() && s.charAt(i + 1) == ' ';
  }

  static String fullWidth(String s) {
    boolean hasCjk = s.chars().anyMatch(c -> cjk((char) c));
    char[] out = s.toCharArray();
    for (int i = 0; i < out.length; i++) {
      char ch = out[i];
      char prev = i > 0 ? out[i - 1] : ' ';
      char next = i + 1 < out.length ? s.charAt(i + 1) : ' ';
      boolean after = i > 0 && cjk(prev);
      boolean before = i + 1 < out.length && cjk(next);
      switch (ch) {
        case ',' -> out[i] = after || before ? '，' : ch;
        case ':' -> out[i] = after || before ? '：' : ch;
        case ';' -> out[i] = after || before ? '；' : ch;
        case '?' -> out[i] = after || before ? '？' : ch;
        case '!' -> out[i] = after || before ? '！' : ch;
        case '.' ->
            out[i] =
                !listMarker(s, i)
                        && (after
                            || hasCjk && (Character.isDigit(prev) || prev == '%' || prev == ')'))
                        && (i + 1 == out.length || next == ' ' || cjk(next))
                    ? '。'
                    : ch;
        case '(' -> out[i] = after || before ? '（' : ch;
        case ')' -> out[i] = closing(out, i, after || before);
        default -> {}
      }
    }
    return new String(out);
  }

  /** A closing bracket matches its opening one; one without an opening follows its neighbours. */
  private static char closing(char[] out, int close, boolean nextToCjk) {
    int depth = 0;
    for (int i = close - 1; i >= 0; i--) {
      if (out[i] == ')' || out[i] == '）') {
        depth++;
      } else if (out[i] == '(' || out[i] == '（') {
        if (depth == 0) {
          return out[i] == '（' ? '）' : ')';
        }
        depth--;
      }
    }
    return nextToCjk ? '）' : ')';
  }
}
