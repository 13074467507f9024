/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import io.github.cx4j.complaints.sla.ComplaintClocks;
import io.github.cx4j.complaints.sla.SlaMonitor;
import io.github.cx4j.complaints.timely.ClockVerdict;
import io.github.cx4j.complaints.timely.Timeliness;
import io.github.cx4j.complaints.timely.WarningLevel;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintPrinciple;
import io.github.cx4j.core.concept.CustomerState;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Checks a complaint's history against the five complaint-handling principles of course file
 * "Customer Relationship Management" (投诉处理的基本原则). Each principle is judged by criteria the event
 * history can show:
 *
 * <ul>
 *   <li>Trust (信任: take responsibility, be candid): no reply shifts blame; the complaint was not
 *       bounced between departments; if solved, a decision was communicated.
 *   <li>Respect (尊重: attentive, use the customer's name): at least one reply uses the customer's
 *       name; no reply uses negative phrases. Blame-shifting and negative phrases are judged in
 *       their context ({@link #phraseVerdicts}): "it is not your fault" shifts no blame, "I'm not
 *       sure yet, but I will find out" is a commitment; each verdict is listed with its rule.
 *   <li>Understanding (理解: empathise, let them vent): at least one reply shows empathy or
 *       apologises.
 *   <li>Sensitivity (敏感: notice what is unsaid, verbal and non-verbal cues): the customer's state
 *       was recognised; every customer reply was answered.
 *   <li>Timeliness (时效: respond at once, escalate when needed, keep informed): acknowledged and
 *       first answered within the limits; escalated if the customer was irate or safety was at
 *       stake.
 * </ul>
 */
public final class PrincipleCheck {

  private PrincipleCheck() {}

  /**
   * Checks a history with the default limits: acknowledgement within 24 hours, first response
   * within 48 hours.
   *
   * @param history the complaint's events, first to last
   * @return one finding per principle, in the order trust, respect, understanding, sensitivity,
   *     timeliness
   */
  public static List<PrincipleFinding> check(List<ComplaintEvent> history) {
    return check(history, Duration.ofHours(24), Duration.ofHours(48), ReplyChecker.standard());
  }

  /**
   * Checks a history.
   *
   * @param history the complaint's events, first to last, not empty
   * @param acknowledgeWithin the acknowledgement limit
   * @param respondWithin the first-response limit
   * @param checker the reply checker for the agents' messages
   * @return one finding per principle
   * @throws CxValidationException if the history is empty or corrupt
   */
  public static List<PrincipleFinding> check(
      List<ComplaintEvent> history,
      Duration acknowledgeWithin,
      Duration respondWithin,
      ReplyChecker checker) {
    return check(history, acknowledgeWithin, respondWithin, checker, null);
  }

  /**
   * Checks a history with timeliness judged on the complaint's SLA clocks (the one notion of timely
   * of {@code complaints.timely}): timeliness is met when no clock is breached, and each clock is
   * one criterion.
   *
   * @param history the complaint's events, in version order
   * @param clocks the complaint's SLA clocks
   * @return one finding per principle
   * @throws CxValidationException for an empty history
   */
  public static List<PrincipleFinding> check(List<ComplaintEvent> history, ComplaintClocks clocks) {
    return check(
        history, Duration.ofHours(24), Duration.ofHours(48), ReplyChecker.standard(), clocks);
  }

  /**
   * Checks a history with timeliness judged on the clocks a monitor gives it at an instant (see
   * {@link #check(List, ComplaintClocks)}).
   *
   * @param history the complaint's events, in version order
   * @param monitor the SLA policy and calendars
   * @param now when the clocks are read
   * @return one finding per principle
   * @throws CxValidationException for an empty history, or as {@link SlaMonitor#clocks}
   */
  public static List<PrincipleFinding> check(
      List<ComplaintEvent> history, SlaMonitor monitor, Instant now) {
    if (history.isEmpty()) {
      throw CxValidationException.of("PrincipleCheck.history", "not be empty", "[]");
    }
    return check(history, monitor.clocks(history, now));
  }

  /**
   * The blame-shifting and negative phrases of a reply ({@link ReplyChecker#standard()}), each
   * judged in its context (negation, a commitment to find out, a policy in the customer's favour,
   * an assurance, reported speech), in English and Chinese.
   *
   * @param reply the reply
   * @return one verdict per phrase found, in order of appearance
   */
  public static List<PhraseVerdict> phraseVerdicts(String reply) {
    return RespectJudge.judge(reply, ReplyChecker.standard().check(reply).findings());
  }

  /**
   * The empathy and apology phrases of a reply, each with the rule applied in its sentence
   * (negation, conditional, directive, blame, "but"), in English and Chinese.
   *
   * @param reply the reply
   * @return the evidence, in order of appearance
   */
  public static List<Evidence> evidence(String reply) {
    return EmpathyJudge.judge(reply);
  }

  private static List<PrincipleFinding> check(
      List<ComplaintEvent> history,
      Duration acknowledgeWithin,
      Duration respondWithin,
      ReplyChecker checker,
      @Nullable ComplaintClocks clocks) {
    Complaint c =
        ComplaintWorkflow.replay(history)
            .orElseThrow(
                () -> CxValidationException.of("PrincipleCheck.history", "not be empty", "[]"));
    boolean blame = false;
    boolean negative = false;
    boolean usedName = false;
    boolean empathy = false;
    boolean stateRecognised = false;
    int unanswered = 0;
    boolean escalated = false;
    List<Evidence> empathyEvidence = new ArrayList<>();
    List<PhraseVerdict> phraseEvidence = new ArrayList<>();
    String name = c.register().complainantName().toLowerCase(Locale.ROOT).strip();
    for (ComplaintEvent e : history) {
      if (e instanceof ComplaintEvent.AgentResponded r) {
        unanswered = 0;
        ReplyCheck rc = checker.check(r.message());
        for (PhraseVerdict v : RespectJudge.judge(r.message(), rc.findings())) {
          phraseEvidence.add(v);
          if (!v.flagged()) {
            continue;
          }
          if (v.kind() == PhraseKind.BLAME_SHIFTING) {
            blame = true;
          } else {
            negative = true;
          }
        }
        String lower = r.message().toLowerCase(Locale.ROOT);
        if (!name.isEmpty() && lower.contains(name)) {
          usedName = true;
        }
        for (Evidence ev : EmpathyJudge.judge(r.message())) {
          empathyEvidence.add(ev);
          if (ev.counts()) {
            empathy = true;
          } else if (ev.rule().equals("blame")) {
            blame = true;
          }
        }
      } else if (e instanceof ComplaintEvent.CustomerReplied) {
        unanswered++;
      } else if (e instanceof ComplaintEvent.CustomerStateRecognised) {
        stateRecognised = true;
      } else if (e instanceof ComplaintEvent.Escalated) {
        escalated = true;
      }
    }
    List<PrincipleFinding> out = new ArrayList<>();
    Builder trust = new Builder(ComplaintPrinciple.TRUST);
    trust.criterion(
        !blame, "no reply shifts blame", "a reply shifts blame", "没有推卸责任的答复", "有答复推卸责任");
    trust.criterion(
        c.bounces() == 0,
        "the complaint was not passed around",
        "the complaint bounced " + c.bounces() + " times between departments",
        "投诉没有被推来推去",
        "投诉在部门间被退回 " + c.bounces() + " 次");
    if (c.solvedAt().isPresent() || c.decision().isPresent()) {
      trust.criterion(
          c.decision().isPresent(),
          "a decision was communicated",
          "no decision was communicated",
          "已告知处理决定",
          "没有告知处理决定");
    }
    out.add(trust.build());
    Builder respect = new Builder(ComplaintPrinciple.RESPECT);
    respect.criterion(
        usedName,
        "a reply uses the customer's name",
        "no reply uses the customer's name",
        "答复中称呼了客户姓名",
        "答复中没有称呼客户姓名");
    respect.criterion(
        !negative,
        "no reply uses negative phrases",
        "a reply uses negative phrases",
        "答复中没有消极用语",
        "答复中有消极用语");
    for (PhraseVerdict v : phraseEvidence) {
      respect.evidence("evidence: " + v.line(), "依据：" + v.lineZh());
    }
    out.add(respect.build());
    Builder understanding = new Builder(ComplaintPrinciple.UNDERSTANDING);
    understanding.criterion(
        empathy,
        "a reply shows empathy or apologises",
        "no reply shows empathy or apologises",
        "答复表达了理解或歉意",
        "答复没有表达理解或歉意");
    for (Evidence ev : empathyEvidence) {
      understanding.evidence("evidence: " + ev.line(), "依据：" + ev.lineZh());
    }
    out.add(understanding.build());
    Builder sensitivity = new Builder(ComplaintPrinciple.SENSITIVITY);
    sensitivity.criterion(
        stateRecognised,
        "the customer's state was recognised",
        "the customer's state was never recorded",
        "识别并记录了客户状态",
        "没有记录客户状态");
    sensitivity.criterion(
        unanswered == 0 || !c.active(),
        "every customer reply was answered",
        unanswered + " customer replies are unanswered",
        "客户的每条回复都得到了答复",
        "有 " + unanswered + " 条客户回复没有答复");
    out.add(sensitivity.build());
    Builder timeliness = new Builder(ComplaintPrinciple.TIMELINESS);
    if (clocks != null) {
      for (ClockVerdict v : Timeliness.of(clocks, WarningLevel.standard())) {
        timeliness.criterion(
            v.timely(),
            v.target() + " within its SLA target (" + v.explain() + ")",
            v.target() + " breached its SLA target (" + v.explain() + ")",
            v.target() + " 在 SLA 目标内",
            v.target() + " 超出 SLA 目标");
      }
    } else {
      timelyByLimits(c, acknowledgeWithin, respondWithin, timeliness);
    }
    boolean escalationNeeded =
        c.customerState().filter(s -> s == CustomerState.IRATE).isPresent()
            || c.register().safetyFlag();
    if (escalationNeeded) {
      timeliness.criterion(
          escalated,
          "escalated as the situation required",
          "not escalated although the customer was irate or safety was at stake",
          "按需要及时升级",
          "客户愤怒或涉及安全，却没有升级");
    }
    out.add(timeliness.build());
    return out;
  }

  private static void timelyByLimits(
      Complaint c, Duration acknowledgeWithin, Duration respondWithin, Builder timeliness) {
    Duration ack = c.acknowledgedAt().map(t -> Duration.between(c.receivedAt(), t)).orElse(null);
    timeliness.criterion(
        ack != null && ack.compareTo(acknowledgeWithin) <= 0,
        "acknowledged within " + acknowledgeWithin,
        ack == null ? "never acknowledged" : "acknowledged after " + ack,
        "在 " + acknowledgeWithin + " 内确认",
        ack == null ? "一直未确认" : "确认用时 " + ack);
    Duration first = c.firstResponseAt().map(t -> Duration.between(c.receivedAt(), t)).orElse(null);
    timeliness.criterion(
        first != null && first.compareTo(respondWithin) <= 0,
        "first answered within " + respondWithin,
        first == null ? "never answered" : "first answered after " + first,
        "在 " + respondWithin + " 内首次答复",
        first == null ? "一直未答复" : "首次答复用时 " + first);
  }

  private static final class Builder {
    private final ComplaintPrinciple principle;
    private final List<String> en = new ArrayList<>();
    private final List<String> zh = new ArrayList<>();
    private boolean met = true;

    Builder(ComplaintPrinciple principle) {
      this.principle = principle;
    }

    void criterion(boolean ok, String yes, String no, String yesZh, String noZh) {
      met &= ok;
      en.add((ok ? "met: " : "not met: ") + (ok ? yes : no));
      zh.add((ok ? "达到：" : "未达到：") + (ok ? yesZh : noZh));
    }

    void evidence(String line, String lineZh) {
      en.add(line);
      zh.add(lineZh);
    }

    PrincipleFinding build() {
      return new PrincipleFinding(principle, met, en, zh);
    }
  }
}
