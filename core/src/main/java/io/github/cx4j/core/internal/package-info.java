/**
 * Internal helpers shared by the packages of {@code cx4j-core}: bundle texts beyond label and
 * description, and argument checks. Not an API: it may change in any release.
 */
@NullMarked
package io.github.cx4j.core.internal;

import org.jspecify.annotations.NullMarked;
