/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.complaints.handling;

/**
 * A flagged phrase in a reply.
 *
 * @param code the lexicon entry's code
 * @param kind blame-shifting or negative
 * @param language the entry's language
 * @param matched the text as it appears in the reply
 * @param start the index of the match in the reply (UTF-16 units)
 * @param customerHears what the customer hears in it
 * @param betterWording a better wording
 */
public record ReplyFinding(
    String code,
    PhraseKind kind,
    String language,
    String matched,
    int start,
    String customerHears,
    String betterWording) {}
