/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.complaints.workflow.ComplaintEvent.AgentResponded;
import io.github.cx4j.complaints.workflow.ComplaintEvent.CustomerReplied;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Investigated;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Received;
import io.github.cx4j.complaints.workflow.ComplaintEvent.Solved;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Classifies the personal fields of complaints and redacts them for export (data minimisation, GDPR
 * art. 5(1)(c), PIPL art. 6; ISO 10002:2018 clause 5.4 confidentiality). Redaction replaces each
 * personal text by {@link #REDACTED} and keeps everything an analyst needs: ids, times, statuses,
 * classification, remedies and scores.
 */
public final class Redaction {
  /** The text that replaces a redacted field. */
  public static final String REDACTED = "[redacted]";

  private static final Map<String, PersonalDataClass> CLASSIFICATION = classify();

  private Redaction() {}

  private static Map<String, PersonalDataClass> classify() {
    Map<String, PersonalDataClass> m = new LinkedHashMap<>();
    m.put("Register.channel", PersonalDataClass.NONE);
    m.put("Register.product", PersonalDataClass.NONE);
    m.put("Register.description", PersonalDataClass.PERSONAL);
    m.put("Register.complainantName", PersonalDataClass.PERSONAL);
    m.put("Register.contact", PersonalDataClass.PERSONAL);
    m.put("Register.remedySought", PersonalDataClass.PERSONAL);
    m.put("Register.severity", PersonalDataClass.NONE);
    m.put("Register.safetyFlag", PersonalDataClass.NONE);
    m.put("Register.accessibilityNeeds", PersonalDataClass.SENSITIVE);
    m.put("Register.representative", PersonalDataClass.PERSONAL);
    m.put("Register.personComplainedAbout", PersonalDataClass.PERSONAL);
    m.put("Complaint.findings", PersonalDataClass.PERSONAL);
    m.put("Complaint.decision", PersonalDataClass.PERSONAL);
    m.put("ComplaintEvent.Investigated.findings", PersonalDataClass.PERSONAL);
    m.put("ComplaintEvent.AgentResponded.message", PersonalDataClass.PERSONAL);
    m.put("ComplaintEvent.CustomerReplied.message", PersonalDataClass.PERSONAL);
    m.put("ComplaintEvent.Solved.decision", PersonalDataClass.PERSONAL);
    return Map.copyOf(m);
  }

  /**
   * The classification of every field that may hold text about a person; fields not listed hold no
   * personal data.
   *
   * @return field ({@code Type.field}) to class
   */
  public static Map<String, PersonalDataClass> classification() {
    return CLASSIFICATION;
  }

  /**
   * A register with its personal fields redacted.
   *
   * @param r the register
   * @return the redacted copy
   */
  public static Register redact(Register r) {
    return new Register(
        r.channel(),
        r.product(),
        REDACTED,
        REDACTED,
        REDACTED,
        r.remedySought().map(x -> REDACTED),
        r.severity(),
        r.safetyFlag(),
        r.accessibilityNeeds().map(x -> REDACTED),
        r.representative().map(x -> REDACTED),
        r.personComplainedAbout().map(x -> REDACTED));
  }

  /**
   * A complaint with its personal fields redacted.
   *
   * @param c the complaint
   * @return the redacted copy
   */
  public static Complaint redact(Complaint c) {
    return Complaint.builder()
        .from(c)
        .register(redact(c.register()))
        .findings(c.findings().map(x -> REDACTED))
        .decision(c.decision().map(x -> REDACTED))
        .build();
  }

  /**
   * An event with its personal fields redacted; events without personal fields are returned as they
   * are.
   *
   * @param e the event
   * @return the redacted event
   */
  public static ComplaintEvent redact(ComplaintEvent e) {
    if (e instanceof Received r) {
      return new Received(
          r.id(),
          r.complaintId(),
          r.version(),
          r.at(),
          r.customer(),
          r.receivedBy(),
          redact(r.register()),
          r.followUpOf());
    }
    if (e instanceof Investigated i) {
      return new Investigated(i.id(), i.complaintId(), i.version(), i.at(), i.by(), REDACTED);
    }
    if (e instanceof AgentResponded a) {
      return new AgentResponded(a.id(), a.complaintId(), a.version(), a.at(), a.by(), REDACTED);
    }
    if (e instanceof CustomerReplied c) {
      return new CustomerReplied(c.id(), c.complaintId(), c.version(), c.at(), REDACTED);
    }
    if (e instanceof Solved s) {
      return new Solved(
          s.id(), s.complaintId(), s.version(), s.at(), s.by(), s.outcome(), REDACTED);
    }
    return e;
  }
}
