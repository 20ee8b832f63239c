package se.varna.measure;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A group a measure is aimed at. Constant names are the API's values.
 */
@Schema(name = "TargetGroup", description = "A group a measure is aimed at.")
public enum TargetGroup {
    children,
    youngPeople,
    women,
    men,
    elderly,
    parents,
    residents,
    professionals
}
