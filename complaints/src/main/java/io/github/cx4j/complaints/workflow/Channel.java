/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.Labelled;

/**
 * The channel through which a complaint was received (ISO 10002:2018 clause 8.2 register field).
 */
public enum Channel implements Labelled {
  /** By telephone. */
  PHONE,
  /** By e-mail. */
  EMAIL,
  /** Through a web form. */
  WEB_FORM,
  /** Through live chat or messaging. */
  CHAT,
  /** Face to face. */
  IN_PERSON,
  /** By letter. */
  LETTER,
  /** Through social media. */
  SOCIAL_MEDIA,
  /** Through a mobile application. */
  APP;

  @Override
  public String code() {
    return name();
  }
}
