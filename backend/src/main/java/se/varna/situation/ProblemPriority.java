package se.varna.situation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How urgent the coordinator judges a problem of a lägesbild. */
@Schema(name = "ProblemPriority", description = "How urgent the problem is judged.")
public enum ProblemPriority {
    high, medium, low
}
