/**
 * The guided tour: {@link io.github.cx4j.examples.tour.TourCommand} runs every {@link
 * io.github.cx4j.examples.tour.TourChapter} found through {@link java.util.ServiceLoader}, in
 * English or Chinese.
 */
package io.github.cx4j.examples.tour;
