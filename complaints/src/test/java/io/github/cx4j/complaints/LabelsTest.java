/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints;

import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.cx4j.complaints.handling.PhraseKind;
import io.github.cx4j.complaints.recovery.JusticeDimension;
import io.github.cx4j.complaints.recovery.ParadoxVerdict;
import io.github.cx4j.complaints.recovery.RecoveryGroup;
import io.github.cx4j.complaints.recovery.RemedyKind;
import io.github.cx4j.complaints.workflow.Channel;
import io.github.cx4j.complaints.workflow.ClosureOutcome;
import io.github.cx4j.complaints.workflow.Impact;
import io.github.cx4j.complaints.workflow.IsoStage;
import io.github.cx4j.complaints.workflow.PersonalDataClass;
import io.github.cx4j.complaints.workflow.Priority;
import io.github.cx4j.complaints.workflow.Recurrence;
import io.github.cx4j.complaints.workflow.RejectionReason;
import io.github.cx4j.complaints.workflow.SatisfactionPhase;
import io.github.cx4j.complaints.workflow.Severity;
import io.github.cx4j.complaints.workflow.StatusCategory;
import io.github.cx4j.complaints.workflow.TrackingStatus;
import io.github.cx4j.complaints.workflow.Urgency;
import io.github.cx4j.core.Labelled;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LabelsTest {
  @Test
  void everyConceptHasEnglishAndChineseTexts() {
    List<Class<? extends Enum<?>>> types =
        List.of(
            StatusCategory.class,
            IsoStage.class,
            TrackingStatus.class,
            ClosureOutcome.class,
            Channel.class,
            Severity.class,
            Recurrence.class,
            Impact.class,
            Urgency.class,
            Priority.class,
            SatisfactionPhase.class,
            PersonalDataClass.class,
            RejectionReason.class,
            RemedyKind.class,
            JusticeDimension.class,
            RecoveryGroup.class,
            ParadoxVerdict.class,
            PhraseKind.class);
    for (Class<? extends Enum<?>> type : types) {
      for (Enum<?> constant : type.getEnumConstants()) {
        Labelled l = (Labelled) constant;
        String en = l.label(Locale.ENGLISH);
        String zh = l.label(Locale.CHINESE);
        assertFalse(en.isBlank());
        assertFalse(zh.equals(en), type + "." + constant);
        assertFalse(l.description(Locale.CHINESE).isBlank());
        assertFalse(l.description(new Locale("tr", "TR")).isBlank());
      }
    }
  }
}
