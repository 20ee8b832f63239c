package se.varna.area;

/**
 * The level of an area. Constant names are the API's and the database's values.
 */
public enum AreaType {
    municipality,
    district,
    locality
}
