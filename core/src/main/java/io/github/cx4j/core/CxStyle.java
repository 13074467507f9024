/*
 * Copyright 2026 the cx4j authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package io.github.cx4j.core;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of cx4j, applied per package in {@code package-info.java}.
 *
 * <p>Value types are interfaces or abstract classes with plain names ({@code Money}, {@code
 * CustomerId}); the generated implementation is called {@code ImmutableX} and lives beside them,
 * but users build values through {@code X.builder()} or {@code X.of(...)} and never need its name.
 * Collections are JDK collections, nulls are rejected, and every value is JSON-serialisable through
 * {@link CxJson#mapper()}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeImmutable = "Immutable*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = true),
    allParameters = false,
    optionalAcceptNullable = false,
    forceJacksonPropertyNames = false,
    // Only Immutables' own @Generated (JaCoCo leaves such classes out of coverage), none of the
    // annotations otherwise discovered on the class path (javax.annotation.processing.Generated,
    // Error Prone's): the generated code needs no module or dependency beyond the sources' own.
    allowedClasspathAnnotations = {org.immutables.value.Generated.class})
public @interface CxStyle {}
