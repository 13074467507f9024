/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.automation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.RatingScale;

/**
 * What an automation does: the command it issues. JSON names the type in the property {@code
 * "type"}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = Action.Close.class, name = "close"),
  @JsonSubTypes.Type(value = Action.Remind.class, name = "remind"),
  @JsonSubTypes.Type(value = Action.Escalate.class, name = "escalate"),
  @JsonSubTypes.Type(value = Action.SendSurvey.class, name = "send-survey")
})
public sealed interface Action {

  /** Close the complaint with its outcome. */
  record Close() implements Action {}

  /**
   * Remind the complainant.
   *
   * @param message the reminder's text
   */
  record Remind(String message) implements Action {
    /** Checks the message. */
    public Remind {
      if (message == null || message.isBlank()) {
        throw CxValidationException.of("Action.Remind.message", "not be blank", message);
      }
    }
  }

  /**
   * Escalate to a level; with a {@link Trigger.ClockLevel} the trigger's level is used.
   *
   * @param level the level, 1 or more
   */
  record Escalate(int level) implements Action {
    /** Checks the level. */
    public Escalate {
      if (level < 1) {
        throw CxValidationException.of("Action.Escalate.level", "be at least 1", level);
      }
    }
  }

  /**
   * Send the survey after resolution.
   *
   * @param scale its scale
   */
  record SendSurvey(RatingScale scale) implements Action {
    /** Checks the scale. */
    public SendSurvey {
      if (scale == null) {
        throw CxValidationException.of("Action.SendSurvey.scale", "be present", "null");
      }
    }
  }
}
