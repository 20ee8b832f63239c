package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How well the measure's method is known to work: evidence-based, experience-based or a new method (`newMethod`). Constant names are the API's values.
 */
@Schema(name = "KnowledgeLevel", description = "How well the measure's method is known to work: evidence-based, experience-based or a new method (`newMethod`).")
public enum KnowledgeLevel {
    evidenceBased,
    experienceBased,
    newMethod
}
