/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.scoring.audit;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.github.cx4j.core.CxValidationException;
import io.github.cx4j.core.Labelled;
import io.github.cx4j.core.concept.ConceptGroup;
import io.github.cx4j.core.concept.Vocabulary;
import java.io.IOException;

/**
 * Concepts of any vocabulary group in JSON as qualified codes, {@code
 * "RetentionStep.TOP_MANAGEMENT_SUPPORT"}.
 */
final class ConceptJson {
  private ConceptJson() {}

  static String qualified(Labelled concept) {
    Class<?> type = concept instanceof Enum<?> e ? e.getDeclaringClass() : concept.getClass();
    return type.getSimpleName() + "." + concept.code();
  }

  static Labelled resolve(String qualified, String field) {
    int dot = qualified.indexOf('.');
    if (dot < 0) {
      throw CxValidationException.of(field, "be a qualified concept code Type.CODE", qualified);
    }
    String type = qualified.substring(0, dot);
    String code = qualified.substring(dot + 1);
    ConceptGroup group =
        Vocabulary.group(type)
            .orElseThrow(
                () ->
                    CxValidationException.of(field, "name a concept type of the vocabulary", type));
    for (Labelled concept : group.concepts()) {
      if (concept.code().equals(code)) {
        return concept;
      }
    }
    throw CxValidationException.of(field, "be a code of concept type " + type, code);
  }

  static final class Serializer extends JsonSerializer<Labelled> {
    @Override
    public void serialize(Labelled value, JsonGenerator gen, SerializerProvider serializers)
        throws IOException {
      gen.writeString(qualified(value));
    }
  }

  static final class Deserializer extends JsonDeserializer<Labelled> {
    @Override
    public Labelled deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      return resolve(p.getValueAsString(), "concept");
    }
  }
}
