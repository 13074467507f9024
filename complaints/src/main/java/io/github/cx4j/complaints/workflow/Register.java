/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import java.util.Optional;

/**
 * What ISO 10002:2018 clause 8.2 asks an organisation to record when it receives a complaint.
 * Fields holding personal data are classified in {@link Redaction#classification()} and removed by
 * {@link Redaction#redact(Register)}.
 *
 * @param channel how the complaint arrived
 * @param product the product or service complained about
 * @param description the complaint in the complainant's words (personal)
 * @param complainantName the complainant's name (personal)
 * @param contact how to reach the complainant, e-mail or phone (personal)
 * @param remedySought what the complainant asks for, if stated (personal)
 * @param severity the severity at receipt
 * @param safetyFlag whether health or safety is at stake
 * @param accessibilityNeeds needs for accessible communication, if any (sensitive)
 * @param representative the person acting for the complainant, if any (personal)
 * @param personComplainedAbout the employee id of the person the complaint is about, if any; they
 *     may neither investigate nor own the complaint (ISO 10002:2018 clause 5.4, objectivity)
 */
public record Register(
    Channel channel,
    String product,
    String description,
    String complainantName,
    String contact,
    Optional<String> remedySought,
    Severity severity,
    boolean safetyFlag,
    Optional<String> accessibilityNeeds,
    Optional<String> representative,
    Optional<String> personComplainedAbout) {

  /** Checks the fields. */
  public Register {
    Checks.present(channel, "Register.channel");
    Checks.text(product, "Register.product");
    Checks.text(description, "Register.description");
    Checks.present(complainantName, "Register.complainantName");
    Checks.present(contact, "Register.contact");
    remedySought = Checks.optional(remedySought);
    Checks.present(severity, "Register.severity");
    accessibilityNeeds = Checks.optional(accessibilityNeeds);
    representative = Checks.optional(representative);
    personComplainedAbout = Checks.optional(personComplainedAbout);
  }

  /**
   * A register with the required fields and no optional ones.
   *
   * @param channel the channel
   * @param product the product or service
   * @param description the complaint's text
   * @param complainantName the complainant's name
   * @param contact the complainant's contact
   * @param severity the severity
   * @return the register
   */
  public static Register of(
      Channel channel,
      String product,
      String description,
      String complainantName,
      String contact,
      Severity severity) {
    return new Register(
        channel,
        product,
        description,
        complainantName,
        contact,
        Optional.empty(),
        severity,
        false,
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * This register with the safety flag set or cleared.
   *
   * @param flag whether health or safety is at stake
   * @return a copy
   */
  public Register withSafetyFlag(boolean flag) {
    return new Register(
        channel,
        product,
        description,
        complainantName,
        contact,
        remedySought,
        severity,
        flag,
        accessibilityNeeds,
        representative,
        personComplainedAbout);
  }

  /**
   * This register naming the employee the complaint is about.
   *
   * @param employeeId the employee's id
   * @return a copy
   */
  public Register withPersonComplainedAbout(String employeeId) {
    return new Register(
        channel,
        product,
        description,
        complainantName,
        contact,
        remedySought,
        severity,
        safetyFlag,
        accessibilityNeeds,
        representative,
        Optional.of(Checks.text(employeeId, "Register.personComplainedAbout")));
  }

  /**
   * This register with the remedy the complainant asks for.
   *
   * @param remedy the remedy sought, in the complainant's words
   * @return a copy
   */
  public Register withRemedySought(String remedy) {
    return new Register(
        channel,
        product,
        description,
        complainantName,
        contact,
        Optional.of(remedy),
        severity,
        safetyFlag,
        accessibilityNeeds,
        representative,
        personComplainedAbout);
  }
}
