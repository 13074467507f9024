/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.core.CxValidationException;
import java.util.List;
import java.util.Set;

/**
 * A queue: which complaints it takes (an empty set takes any value) and who works it.
 *
 * @param name the queue's name
 * @param categories complaint categories taken
 * @param channels channels taken
 * @param priorities priorities taken
 * @param languages languages taken
 * @param members the agents' ids, in round-robin order
 * @param strategy how an agent is picked
 */
public record Queue(
    String name,
    Set<String> categories,
    Set<Channel> channels,
    Set<Priority> priorities,
    Set<String> languages,
    List<String> members,
    Strategy strategy) {

  /** Checks and copies the fields. */
  public Queue {
    if (name == null || name.isBlank()) {
      throw CxValidationException.of("Queue.name", "not be blank", name);
    }
    categories = Set.copyOf(categories);
    channels = Set.copyOf(channels);
    priorities = Set.copyOf(priorities);
    languages = Set.copyOf(languages);
    members = List.copyOf(members);
    if (members.isEmpty()) {
      throw CxValidationException.of("Queue.members", "name at least one agent in " + name, "[]");
    }
    if (strategy == null) {
      throw CxValidationException.of("Queue.strategy", "be present in " + name, "null");
    }
  }

  /**
   * Whether the queue takes a request.
   *
   * @param r the request
   * @return true if every condition matches
   */
  public boolean takes(RoutingRequest r) {
    return (categories.isEmpty() || categories.contains(r.category()))
        && (channels.isEmpty() || channels.contains(r.channel()))
        && (priorities.isEmpty() || priorities.contains(r.priority()))
        && (languages.isEmpty() || languages.contains(r.language()));
  }
}
