/**
 * Routing of new complaints: queues chosen by category, channel, priority and language (first
 * matching queue wins), and an agent chosen in the queue by round robin, least open complaints or
 * skills, as pure functions over a team's state ({@link io.github.cx4j.complaints.routing.Router}).
 *
 * <p>Routing assigns who works a complaint, never who answers for it: the employee who first
 * received it stays accountable (first-question responsibility, course file "All-Staff Service";
 * {@link io.github.cx4j.complaints.workflow.Complaint#accountable()}).
 */
@NullMarked
package io.github.cx4j.complaints.routing;

import org.jspecify.annotations.NullMarked;
