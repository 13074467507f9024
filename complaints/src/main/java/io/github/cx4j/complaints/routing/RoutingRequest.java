/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.routing;

import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.Classification;
import io.github.cx4j.complaints.workflow.Complaint;
import io.github.cx4j.complaints.workflow.ComplaintId;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.core.CxValidationException;
import java.util.Optional;

/**
 * What routing reads of a complaint.
 *
 * @param complaintId the complaint
 * @param category its category ({@code "unassessed"} before the initial assessment)
 * @param channel its channel
 * @param priority its priority ({@link Priority#MEDIUM} before the assessment)
 * @param language the complainant's language, for example {@code "zh"} or {@code "en"}
 */
public record RoutingRequest(
    ComplaintId complaintId, String category, Channel channel, Priority priority, String language) {

  /** Checks the fields. */
  public RoutingRequest {
    if (complaintId == null || channel == null || priority == null) {
      throw CxValidationException.of(
          "RoutingRequest", "have a complaint id, channel and priority", complaintId);
    }
    if (category == null || category.isBlank()) {
      throw CxValidationException.of("RoutingRequest.category", "not be blank", complaintId);
    }
    if (language == null || language.isBlank()) {
      throw CxValidationException.of(
          "RoutingRequest.language", "not be blank for complaint " + complaintId.value(), language);
    }
  }

  /**
   * The request of a complaint.
   *
   * @param c the complaint
   * @param language the complainant's language
   * @return the request
   */
  public static RoutingRequest of(Complaint c, String language) {
    Optional<Classification> cl = c.classification();
    return new RoutingRequest(
        c.id(),
        cl.map(Classification::category).orElse("unassessed"),
        c.register().channel(),
        cl.map(Classification::priority).orElse(Priority.MEDIUM),
        language);
  }
}
