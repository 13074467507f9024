package io.github.cx4j.complaints.workflow;

import io.github.cx4j.core.CxValidationException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the workflow's records. */
final class Checks {
  private Checks() {}

  static <T> T present(@Nullable T value, String field) {
    if (value == null) {
      throw CxValidationException.of(field, "be present", null);
    }
    return value;
  }

  static <T> Optional<T> optional(@Nullable Optional<T> value) {
    return value == null ? Optional.empty() : value;
  }

  static String text(@Nullable String value, String field) {
    present(value, field);
    if (value.isBlank()) {
      throw CxValidationException.of(field, "not be blank", value);
    }
    return value;
  }

  static long positive(long value, String field) {
    if (value < 1) {
      throw CxValidationException.of(field, "be at least 1", value);
    }
    return value;
  }
}
