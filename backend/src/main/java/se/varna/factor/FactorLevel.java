package se.varna.factor;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The level a risk or protective factor works on. Constant names are the API's values.
 */
@Schema(name = "FactorLevel", description = "The level a risk or protective factor works on.")
public enum FactorLevel {
    individual,
    social,
    structural
}
