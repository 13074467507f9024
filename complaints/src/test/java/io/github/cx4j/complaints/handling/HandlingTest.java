/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintCommand;
import io.github.cx4j.complaints.workflow.ComplaintEvent;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.ComplaintWorkflow;
import io.github.cx4j.complaints.workflow.Decision;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Register;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.core.CustomerId;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.concept.ComplaintPrinciple;
import io.github.cx4j.core.concept.CustomerCue;
import io.github.cx4j.core.concept.CustomerState;
import io.github.cx4j.core.concept.HandlingApproach;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HandlingTest {
  private final ReplyChecker checker = ReplyChecker.standard();

  @Test
  void flagsEverySeedPhraseInBothLanguages() {
    for (String zh :
        List.of("不可能，这种事我们从来没有发生过", "这个问题要问厂商，我们只负责卖", "嗯，我不大清楚", "我绝对没有说过那种话", "这是公司规定")) {
      ReplyCheck r = checker.check(zh);
      assertFalse(r.clean(), zh);
      assertTrue(r.findings().stream().anyMatch(f -> f.kind() == PhraseKind.BLAME_SHIFTING), zh);
    }
    ReplyCheck policy = checker.check("Sorry, it's company policy.");
    assertEquals(1, policy.findings().size());
    ReplyFinding f = policy.findings().get(0);
    assertEquals("COMPANY_POLICY", f.code());
    assertEquals("company policy", f.matched());
    assertEquals("So the customer just has to put up with it?!", f.customerHears());
    assertTrue(f.betterWording().startsWith("The rule is there to protect you"));
    ReplyFinding zhPolicy = checker.check("这是公司规定。").findings().get(0);
    assertEquals("所以要顾客配合？！", zhPolicy.customerHears());
    assertEquals("zh", zhPolicy.language());
  }

  @Test
  void flagsNegativePhrasesKeepsLongestAndRespectsWordBoundaries() {
    ReplyCheck r = checker.check("Calm down. As I said, there is nothing I can do.");
    assertEquals(
        List.of("CALM_DOWN", "AS_I_SAID", "NOTHING_I_CAN_DO"),
        r.findings().stream().map(ReplyFinding::code).toList());
    ReplyCheck overlap = checker.check("我也没办法");
    assertEquals(1, overlap.findings().size());
    assertEquals("NOTHING_I_CAN_DO", overlap.findings().get(0).code());
    assertTrue(checker.check("Our policyholders are covered.").clean());
    assertTrue(checker.check("We will refund you today, Mr. Wang.").clean());
  }

  @Test
  void countsWeAgainstYou() {
    ReplyCheck en = checker.check("You should read your manual; you're responsible.");
    assertEquals(0, en.weCount());
    assertEquals(3, en.youCount());
    assertTrue(en.youOutnumbersWe());
    assertTrue(
        en.advice(Locale.ENGLISH).get(en.advice(Locale.ENGLISH).size() - 1).contains("say \"we\""));
    ReplyCheck zh = checker.check("我们马上为您处理，咱们一起看看。");
    assertEquals(2, zh.weCount());
    assertEquals(1, zh.youCount());
    assertEquals(List.of("未发现问题。"), zh.advice(Locale.CHINESE));
    assertEquals(List.of("No problems found."), checker.check("We are on it.").advice(Locale.ROOT));
    assertTrue(checker.check("这是公司规定").advice(Locale.CHINESE).get(0).contains("不妨说"));
  }

  @Test
  void lexiconsAreExtendableData() {
    String json =
        "[{\"code\":\"BUSY\",\"kind\":\"NEGATIVE\",\"language\":\"en\",\"triggers\":[\"I'm"
            + " busy\"],\"customerHears\":\"I don't matter.\",\"betterWording\":\"I'll be with"
            + " you in two minutes.\"}]";
    Lexicon mine =
        Lexicon.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    ReplyChecker extended = ReplyChecker.of(Lexicon.standard().plus(mine.entries()));
    assertEquals("BUSY", extended.check("Sorry, I'm busy").findings().get(0).code());
    assertTrue(checker.check("Sorry, I'm busy").clean());
    assertThrows(
        CxValidationException.class,
        () -> Lexicon.fromJson(new ByteArrayInputStream("{".getBytes(StandardCharsets.UTF_8))));
    assertEquals(
        "LexiconEntry.language must be en or zh, was \"fr\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    new LexiconEntry(
                        "X", PhraseKind.NEGATIVE, "fr", List.of("x"), "heard", "better"))
            .getMessage());
  }

  @Test
  void guidancePerStateAndFromCues() {
    HandlingGuidance irate = HandlingGuide.standard().forState(CustomerState.IRATE);
    assertEquals(HandlingApproach.DEFUSE_AND_RESOLVE, irate.approach());
    assertEquals("LET_VENT", irate.steps().get(1).code());
    for (CustomerState s : CustomerState.values()) {
      assertFalse(HandlingGuide.standard().forState(s).steps().isEmpty());
    }
    HandlingGuidance fromCues =
        HandlingGuide.standard().forCues(List.of(CustomerCue.INSULTS, CustomerCue.INTERRUPTS));
    assertEquals(Optional.of(CustomerState.IRATE), fromCues.state());
    HandlingGuidance unknown = HandlingGuide.standard().forCues(List.of());
    assertEquals(HandlingApproach.OBSERVE_AND_ASK, unknown.approach());
    assertTrue(unknown.state().isEmpty());
    HandlingGuide custom =
        HandlingGuide.standard()
            .withSteps(
                HandlingApproach.ACT_EFFICIENTLY,
                List.of(HandlingStep.of("JUST_DO_IT", "Do it.", "马上办。")));
    assertEquals(1, custom.forState(CustomerState.INSISTENT).steps().size());
    assertEquals(
        "马上办。", custom.forState(CustomerState.INSISTENT).steps().get(0).text(Locale.CHINESE));
  }

  @Test
  void frameworksAreConfigurableStepLists() {
    assertEquals(
        List.of("LISTEN", "APOLOGISE", "SOLVE", "THANK"),
        HandlingFrameworks.last().steps().stream().map(HandlingStep::code).toList());
    assertEquals(5, HandlingFrameworks.heard().steps().size());
    assertEquals("BELIEVE", HandlingFrameworks.blast().steps().get(0).code());
    HandlingFramework flow = HandlingFrameworks.interactionFlow();
    assertEquals("RECOVER", flow.next("CHECK_SATISFACTION", false).orElseThrow().code());
    assertEquals("THANK", flow.next("CHECK_SATISFACTION", true).orElseThrow().code());
    assertEquals("FIND_NEEDS", flow.next("RECOVER", true).orElseThrow().code());
    assertEquals("CLOSE", flow.next("THANK", true).orElseThrow().code());
    assertTrue(flow.next("CLOSE", true).isEmpty());
    HandlingFramework mine =
        HandlingFrameworks.last()
            .withStepAfter("APOLOGISE", HandlingStep.of("EXPLAIN", "Explain.", "解释。"))
            .withStepReplaced("THANK", HandlingStep.of("FOLLOW_UP", "Follow up.", "跟进。"))
            .withoutStep("LISTEN");
    assertEquals(
        List.of("APOLOGISE", "EXPLAIN", "SOLVE", "FOLLOW_UP"),
        mine.steps().stream().map(HandlingStep::code).toList());
    assertEquals(
        "HandlingFramework.step must be one of [LISTEN, APOLOGISE, SOLVE, THANK], was \"NOPE\"",
        assertThrows(
                CxValidationException.class, () -> HandlingFrameworks.last().withoutStep("NOPE"))
            .getMessage());
    assertThrows(
        CxValidationException.class,
        () ->
            HandlingFramework.of(
                "X", List.of(HandlingStep.of("A", "a", "甲"), HandlingStep.of("A", "b", "乙"))));
    assertThrows(
        CxValidationException.class,
        () ->
            HandlingFramework.of(
                "X", List.of(new HandlingStep("A", "a", "甲", Optional.of("Z"), Optional.empty()))));
    assertThrows(CxValidationException.class, () -> HandlingStep.of("lower", "a", "b"));
  }

  private static List<ComplaintEvent> history(boolean good) {
    ComplaintId id = ComplaintId.of("R-1");
    Employee waiter = Employee.of("w1", "floor");
    Instant t = Instant.parse("2026-03-01T14:30:00Z");
    List<ComplaintCommand> cmds = new ArrayList<>();
    cmds.add(
        new ComplaintCommand.Receive(
            id,
            CustomerId.of("guest"),
            waiter,
            Register.of(Channel.IN_PERSON, "dinner", "cold soup", "Wang", "n/a", Severity.LOW),
            Optional.empty()));
    if (good) {
      cmds.add(
          new ComplaintCommand.RecordCustomerState(
              id, waiter, CustomerState.IRATE, List.of(CustomerCue.INTERRUPTS)));
      cmds.add(new ComplaintCommand.EvaluateEscalations(id));
      cmds.add(
          new ComplaintCommand.Respond(
              id, waiter, "Mr. Wang, we are very sorry; we will bring a hot one at once."));
      cmds.add(new ComplaintCommand.Solve(id, waiter, ClosureOutcome.RESOLVED, "new soup"));
    } else {
      cmds.add(
          new ComplaintCommand.RecordCustomerState(id, waiter, CustomerState.IRATE, List.of()));
      cmds.add(new ComplaintCommand.Respond(id, waiter, "It's company policy. Calm down."));
      cmds.add(new ComplaintCommand.RecordCustomerReply(id, "unacceptable"));
    }
    List<ComplaintEvent> events = new ArrayList<>();
    Optional<Complaint> state = Optional.empty();
    int minute = 0;
    for (ComplaintCommand c : cmds) {
      Instant at = t.plus(Duration.ofMinutes(good ? minute : minute * 2000L));
      minute++;
      Decision d = ComplaintWorkflow.standard().decide(state, c, at);
      assertTrue(d.accepted(), d.toString());
      for (ComplaintEvent e : d.events()) {
        state = Optional.of(ComplaintWorkflow.evolve(state, e));
        events.add(e);
      }
    }
    return events;
  }

  @Test
  void principlesMetByAGoodCase() {
    List<PrincipleFinding> findings = PrincipleCheck.check(history(true));
    assertEquals(5, findings.size());
    for (PrincipleFinding f : findings) {
      assertTrue(f.met(), f.toString());
    }
    assertEquals(ComplaintPrinciple.TRUST, findings.get(0).principle());
  }

  @Test
  void principlesNotMetByABadCaseWithReasons() {
    List<PrincipleFinding> findings = PrincipleCheck.check(history(false));
    for (PrincipleFinding f : findings) {
      assertFalse(f.met(), f.toString());
    }
    assertTrue(findings.get(0).reasons().contains("not met: a reply shifts blame"));
    assertTrue(findings.get(1).reasonsZh().contains("未达到：答复中有消极用语"));
    assertTrue(
        findings.get(4).reasons().stream().anyMatch(r -> r.startsWith("not met: not escalated")));
    assertTrue(findings.get(3).reasons().contains("not met: 1 customer replies are unanswered"));
    assertEquals(
        "PrincipleCheck.history must not be empty, was \"[]\"",
        assertThrows(CxValidationException.class, () -> PrincipleCheck.check(List.of()))
            .getMessage());
  }
}
