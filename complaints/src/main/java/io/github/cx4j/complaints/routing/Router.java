/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.core.CxValidationException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Routes complaints to queues and agents: the first queue that takes a request wins; in it, the
 * queue's strategy picks a member who has capacity left and speaks the request's language (an agent
 * with no languages speaks any). A request no queue takes, or whose queue has no eligible member,
 * is left unassigned. A pure function of the requests and the team's state; immutable and
 * thread-safe.
 */
public final class Router {
  private final List<Queue> queues;
  private final Agent[] agents;
  private final Map<String, Integer> index = new HashMap<>();
  private final int[][] members;

  private Router(List<Queue> queues, List<Agent> agents) {
    this.queues = List.copyOf(queues);
    this.agents = agents.toArray(new Agent[0]);
    for (int i = 0; i < this.agents.length; i++) {
      if (index.put(this.agents[i].id(), i) != null) {
        throw CxValidationException.of("Router.agents", "have unique ids", this.agents[i].id());
      }
    }
    members = new int[queues.size()][];
    for (int q = 0; q < queues.size(); q++) {
      Queue queue = queues.get(q);
      members[q] = new int[queue.members().size()];
      for (int m = 0; m < members[q].length; m++) {
        Integer i = index.get(queue.members().get(m));
        if (i == null) {
          throw CxValidationException.of(
              "Queue.members",
              "be known agents (queue " + queue.name() + ")",
              queue.members().get(m));
        }
        members[q][m] = i;
      }
    }
  }

  /**
   * A router.
   *
   * @param queues the queues, in matching order
   * @param agents the agents the queues name
   * @return the router
   * @throws CxValidationException for a duplicate agent or a queue member who is not an agent
   */
  public static Router of(List<Queue> queues, List<Agent> agents) {
    return new Router(queues, agents);
  }

  /**
   * Routes a batch of requests, one after the other, each seeing the assignments before it.
   *
   * @param requests the requests
   * @param team the team's state before the batch
   * @return the assignments and the state after
   */
  public RoutingResult route(List<RoutingRequest> requests, TeamState team) {
    int[] open = new int[agents.length];
    for (int i = 0; i < agents.length; i++) {
      open[i] = team.openOf(agents[i].id());
    }
    int[] last = new int[queues.size()];
    for (int q = 0; q < last.length; q++) {
      last[q] = team.lastPicked().getOrDefault(queues.get(q).name(), -1);
    }
    List<Assignment> out = new ArrayList<>(requests.size());
    for (RoutingRequest r : requests) {
      int q = queueOf(r);
      if (q < 0) {
        out.add(new Assignment(r.complaintId(), Optional.empty(), Optional.empty(), "no-queue"));
        continue;
      }
      Queue queue = queues.get(q);
      int m = pick(queue, members[q], last[q], open, r);
      String rule = queue.strategy().name().toLowerCase(Locale.ROOT).replace('_', '-');
      if (m < 0) {
        out.add(new Assignment(r.complaintId(), Optional.of(queue.name()), Optional.empty(), rule));
        continue;
      }
      int agent = members[q][m];
      open[agent]++;
      last[q] = m;
      out.add(
          new Assignment(
              r.complaintId(),
              Optional.of(queue.name()),
              Optional.of(agents[agent].employee()),
              rule));
    }
    Map<String, Integer> openOut = new HashMap<>(team.open());
    for (int i = 0; i < agents.length; i++) {
      openOut.put(agents[i].id(), open[i]);
    }
    Map<String, Integer> lastOut = new HashMap<>(team.lastPicked());
    for (int q = 0; q < last.length; q++) {
      if (last[q] >= 0) {
        lastOut.put(queues.get(q).name(), last[q]);
      }
    }
    return new RoutingResult(out, new TeamState(openOut, lastOut));
  }

  private int queueOf(RoutingRequest r) {
    for (int q = 0; q < queues.size(); q++) {
      if (queues.get(q).takes(r)) {
        return q;
      }
    }
    return -1;
  }

  private int pick(Queue queue, int[] mem, int last, int[] open, RoutingRequest r) {
    int n = mem.length;
    if (queue.strategy() == Strategy.ROUND_ROBIN) {
      for (int k = 1; k <= n; k++) {
        int m = Math.floorMod(last + k, n);
        if (eligible(agents[mem[m]], open[mem[m]], r, false)) {
          return m;
        }
      }
      return -1;
    }
    boolean skills = queue.strategy() == Strategy.SKILLS;
    int best = -1;
    for (int m = 0; m < n; m++) {
      int a = mem[m];
      if (eligible(agents[a], open[a], r, skills) && (best < 0 || open[a] < open[mem[best]])) {
        best = m;
      }
    }
    return best;
  }

  private static boolean eligible(Agent a, int open, RoutingRequest r, boolean skills) {
    return open < a.capacity()
        && (a.languages().isEmpty() || a.languages().contains(r.language()))
        && (!skills || a.skills().contains(r.category()));
  }
}
