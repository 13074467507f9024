/**
 * The tour's eight course chapters, in the order of the course files ("CS Theory and Keeping
 * Customers", "Customer Relationship Management", "Understanding Customer Service", "Customer
 * Satisfaction Management", "All-Staff Service"): each opens with its learning objectives, works
 * the file's headings and example with the library, and ends with exercises whose answer keys the
 * library computes. The library's quantitative chapters are placed in them as sections by {@link
 * io.github.cx4j.examples.tour.TourOutline}.
 */
@NullMarked
package io.github.cx4j.examples.course;

import org.jspecify.annotations.NullMarked;
