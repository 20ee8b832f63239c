package se.varna.safetyanalysis;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A place that feels unsafe or where problems gather (a row of place_of_concern). */
@Embeddable
public class PlaceOfConcern {

    @Column(nullable = false)
    public String name;

    @Column(columnDefinition = "text")
    public String description;

    public Double latitude;

    public Double longitude;
}
