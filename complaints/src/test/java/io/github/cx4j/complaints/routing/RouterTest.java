/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.cx4j.complaints.automation.Desk;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Employee;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RouterTest {
  static Agent agent(String id, Set<String> skills, Set<String> languages, int capacity) {
    return new Agent(Employee.of(id, "support"), skills, languages, capacity);
  }

  static RoutingRequest request(int i, String category, Channel channel, Priority p, String lang) {
    return new RoutingRequest(ComplaintId.of("C-" + i), category, channel, p, lang);
  }

  static List<String> agents(RoutingResult r) {
    List<String> out = new ArrayList<>();
    for (Assignment a : r.assignments()) {
      out.add(a.agent().map(Employee::id).orElse("-"));
    }
    return out;
  }

  @Test
  void roundRobinCyclesThroughMembersAndRemembersWhereItStopped() {
    Router router =
        Router.of(
            List.of(
                new Queue(
                    "all",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    List.of("a", "b", "c"),
                    Strategy.ROUND_ROBIN)),
            List.of(
                agent("a", Set.of(), Set.of(), 10),
                agent("b", Set.of(), Set.of(), 10),
                agent("c", Set.of(), Set.of(), 10)));
    List<RoutingRequest> four = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      four.add(request(i, "billing", Channel.EMAIL, Priority.MEDIUM, "en"));
    }
    RoutingResult first = router.route(four, TeamState.empty());
    assertEquals(List.of("a", "b", "c", "a"), agents(first));
    assertEquals(2, first.team().openOf("a"));
    RoutingResult second = router.route(four.subList(0, 2), first.team());
    assertEquals(List.of("b", "c"), agents(second));
    assertEquals("round-robin", second.assignments().get(0).rule());
  }

  @Test
  void queuesMatchCategoryChannelPriorityAndLanguageInOrder() {
    Router router =
        Router.of(
            List.of(
                new Queue(
                    "urgent-zh",
                    Set.of(),
                    Set.of(),
                    Set.of(Priority.CRITICAL),
                    Set.of("zh"),
                    List.of("wang"),
                    Strategy.LEAST_OPEN),
                new Queue(
                    "social",
                    Set.of(),
                    Set.of(Channel.SOCIAL_MEDIA),
                    Set.of(),
                    Set.of(),
                    List.of("sam"),
                    Strategy.LEAST_OPEN),
                new Queue(
                    "billing",
                    Set.of("billing"),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    List.of("bea"),
                    Strategy.LEAST_OPEN)),
            List.of(
                agent("wang", Set.of(), Set.of("zh"), 5),
                agent("sam", Set.of(), Set.of(), 5),
                agent("bea", Set.of(), Set.of(), 5)));
    RoutingResult r =
        router.route(
            List.of(
                request(1, "billing", Channel.SOCIAL_MEDIA, Priority.CRITICAL, "zh"),
                request(2, "billing", Channel.SOCIAL_MEDIA, Priority.CRITICAL, "en"),
                request(3, "billing", Channel.EMAIL, Priority.LOW, "en"),
                request(4, "delivery", Channel.EMAIL, Priority.LOW, "en")),
            TeamState.empty());
    assertEquals(
        List.of(
            Optional.of("urgent-zh"),
            Optional.of("social"),
            Optional.of("billing"),
            Optional.empty()),
        r.assignments().stream().map(Assignment::queue).toList());
    assertEquals(List.of("wang", "sam", "bea", "-"), agents(r));
    assertEquals("no-queue", r.assignments().get(3).rule());
    assertEquals(Optional.empty(), r.assignments().get(3).command());
  }

  @Test
  void leastOpenSkillsLanguageAndCapacity() {
    Router router =
        Router.of(
            List.of(
                new Queue(
                    "skills",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    List.of("x", "y", "z"),
                    Strategy.SKILLS)),
            List.of(
                agent("x", Set.of("billing"), Set.of("en"), 1),
                agent("y", Set.of("billing", "delivery"), Set.of("zh", "en"), 2),
                agent("z", Set.of("delivery"), Set.of(), 5)));
    TeamState team = new TeamState(java.util.Map.of("z", 3), java.util.Map.of());
    RoutingResult r =
        router.route(
            List.of(
                request(1, "billing", Channel.EMAIL, Priority.LOW, "en"),
                request(2, "billing", Channel.EMAIL, Priority.LOW, "en"),
                request(3, "billing", Channel.EMAIL, Priority.LOW, "zh"),
                request(4, "billing", Channel.EMAIL, Priority.LOW, "en"),
                request(5, "delivery", Channel.EMAIL, Priority.LOW, "fr")),
            team);
    // x and y both have 0 open: x (earlier); then y; then y is full after the zh one; no one left
    assertEquals(List.of("x", "y", "y", "-", "z"), agents(r));
    assertEquals(Optional.of("skills"), r.assignments().get(3).queue());
    assertEquals(4, r.team().openOf("z"));
    assertEquals(2, r.team().released("z").released("z").openOf("z"));
  }

  @Test
  void routingKeepsTheFirstReceiverAccountable() {
    Desk.Case c = new Desk.Case("R", Desk.MONDAY);
    Router router =
        Router.of(
            List.of(
                new Queue(
                    "all",
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    Set.of(),
                    List.of("bea"),
                    Strategy.LEAST_OPEN)),
            List.of(agent("bea", Set.of(), Set.of(), 3)));
    RoutingResult r = router.route(List.of(RoutingRequest.of(c.state(), "en")), TeamState.empty());
    c.run(r.assignments().get(0).command().orElseThrow(), Desk.MONDAY);
    assertEquals("bea", c.state().owner().id());
    assertEquals(Desk.ALICE, c.state().accountable());
    assertEquals(Optional.of("all"), c.state().queue());
  }

  @Test
  void badRoutingInputNamesTheField() {
    assertEquals(
        "Queue.members must be known agents (queue all), was \"ghost\"",
        assertThrows(
                CxValidationException.class,
                () ->
                    Router.of(
                        List.of(
                            new Queue(
                                "all",
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                Set.of(),
                                List.of("ghost"),
                                Strategy.ROUND_ROBIN)),
                        List.of(agent("a", Set.of(), Set.of(), 1))))
            .getMessage());
    assertEquals(
        "Agent.capacity must be at least 1 for a, was 0",
        assertThrows(CxValidationException.class, () -> agent("a", Set.of(), Set.of(), 0))
            .getMessage());
    assertEquals(
        "RoutingRequest.language must not be blank for complaint C-1, was \"\"",
        assertThrows(
                CxValidationException.class,
                () -> request(1, "billing", Channel.EMAIL, Priority.LOW, ""))
            .getMessage());
  }
}
