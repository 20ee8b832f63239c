package se.varna.area;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import se.varna.common.FieldError;
import se.varna.common.Messages;

/**
 * Checks an uploaded GeoJSON boundary and turns it into the geometry Värna stores. An area's
 * boundary is a {@code Polygon} or {@code MultiPolygon} in WGS 84 (longitude, latitude, as
 * RFC 7946 requires) whose every ring is closed, has at least four positions and lies within
 * Sweden. Each problem is a {@link FieldError} naming the JSON path of what is wrong, e.g.
 * {@code geometry.coordinates[0][3]}; at most {@link #MAX_ERRORS} per geometry.
 */
final class BoundaryGeometry {

    /** Sweden with a margin: a boundary outside it is in the wrong coordinate system or place. */
    static final double WEST = 10.0;
    static final double EAST = 24.5;
    static final double SOUTH = 55.0;
    static final double NORTH = 69.5;
    /** A ring needs at least four positions: a triangle and the first repeated as the last. */
    static final int MIN_RING_POSITIONS = 4;
    static final int MAX_ERRORS = 10;

    private final String prefix;
    private final Integer row;
    private final List<FieldError> errors = new ArrayList<>();

    private BoundaryGeometry(String prefix, Integer row) {
        this.prefix = prefix;
        this.row = row;
    }

    /** The outcome: the normalised geometry when {@code errors} is empty. */
    record Checked(ObjectNode geometry, List<FieldError> errors) {
        boolean valid() {
            return errors.isEmpty();
        }
    }

    /**
     * Checks {@code geometry}, whose JSON path is {@code field} ({@code ""} for the body
     * itself); {@code row} is the feature's number in an uploaded collection, else null.
     */
    static Checked check(JsonNode geometry, String field, Integer row) {
        BoundaryGeometry check = new BoundaryGeometry(field, row);
        ObjectNode normalised = check.geometry(geometry);
        return new Checked(check.errors.isEmpty() ? normalised : null, List.copyOf(check.errors));
    }

    private ObjectNode geometry(JsonNode geometry) {
        if (geometry == null || geometry.isNull() || geometry.isMissingNode()) {
            error(prefix.isEmpty() ? "body" : prefix, Messages.text("boundary.geometry.missing"));
            return null;
        }
        if (!geometry.isObject()) {
            error(prefix.isEmpty() ? "body" : prefix, Messages.text("boundary.geometry.notObject"));
            return null;
        }
        JsonNode type = geometry.get("type");
        String typeName = type != null && type.isTextual() ? type.asText() : null;
        if (!"Polygon".equals(typeName) && !"MultiPolygon".equals(typeName)) {
            error(path("type"), typeName == null ? Messages.text("boundary.geometry.noType")
                    : Messages.text("boundary.geometry.wrongType", typeName));
            return null;
        }
        JsonNode coordinates = geometry.get("coordinates");
        if (coordinates == null || !coordinates.isArray() || coordinates.isEmpty()) {
            error(path("coordinates"), Messages.text("Polygon".equals(typeName)
                    ? "boundary.coordinates.rings" : "boundary.coordinates.polygons"));
            return null;
        }
        ObjectNode result = JsonNodeFactory.instance.objectNode();
        result.put("type", typeName);
        result.set("coordinates", "Polygon".equals(typeName) ? polygon(coordinates, path("coordinates"))
                : multiPolygon(coordinates));
        return result;
    }

    /** A MultiPolygon's coordinates: each polygon checked and normalised. */
    private ArrayNode multiPolygon(JsonNode coordinates) {
        ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
        for (int p = 0; p < coordinates.size(); p++) {
            String where = path("coordinates") + "[" + p + "]";
            JsonNode polygon = coordinates.get(p);
            if (!polygon.isArray() || polygon.isEmpty()) {
                error(where, Messages.text("boundary.polygon"));
                continue;
            }
            normalised.add(polygon(polygon, where));
        }
        return normalised;
    }

    private ArrayNode polygon(JsonNode rings, String where) {
        ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
        for (int r = 0; r < rings.size(); r++) {
            String ringPath = where + "[" + r + "]";
            JsonNode ring = rings.get(r);
            if (!ring.isArray()) {
                error(ringPath, Messages.text("boundary.ring"));
                continue;
            }
            if (ring.size() < MIN_RING_POSITIONS) {
                error(ringPath, Messages.text("boundary.ring.tooFew", ring.size(),
                        ring.size(), MIN_RING_POSITIONS));
                continue;
            }
            ArrayNode positions = JsonNodeFactory.instance.arrayNode();
            boolean positionsValid = true;
            for (int i = 0; i < ring.size(); i++) {
                ArrayNode position = position(ring.get(i), ringPath + "[" + i + "]");
                if (position == null) {
                    positionsValid = false;
                } else {
                    positions.add(position);
                }
            }
            if (positionsValid && !positions.get(0).equals(positions.get(positions.size() - 1))) {
                error(ringPath, Messages.text("boundary.ring.notClosed", show(positions.get(0))));
            }
            normalised.add(positions);
        }
        return normalised;
    }

    private ArrayNode position(JsonNode position, String where) {
        if (!position.isArray() || position.size() < 2 || position.size() > 3 || !position.get(0).isNumber()
                || !position.get(1).isNumber() || (position.size() == 3 && !position.get(2).isNumber())) {
            error(where, Messages.text("boundary.position"));
            return null;
        }
        double longitude = position.get(0).asDouble();
        double latitude = position.get(1).asDouble();
        if (longitude < -180 || longitude > 180) {
            String outside = Messages.text("boundary.longitude.outside", number(longitude));
            error(where + "[0]", Math.abs(longitude) > 1000
                    ? Messages.text("boundary.longitude.metres", outside) : outside);
            return null;
        }
        if (latitude < -90 || latitude > 90) {
            error(where + "[1]", Messages.text("boundary.latitude.outside", number(latitude)));
            return null;
        }
        if (longitude < WEST || longitude > EAST || latitude < SOUTH || latitude > NORTH) {
            boolean swapped = latitude >= WEST && latitude <= EAST && longitude >= SOUTH && longitude <= NORTH;
            String outside = Messages.text("boundary.position.outsideSweden", number(longitude), number(latitude),
                    number(WEST), number(EAST), number(SOUTH), number(NORTH));
            error(where, swapped ? Messages.text("boundary.position.swapped", outside) : outside);
            return null;
        }
        ArrayNode normalised = JsonNodeFactory.instance.arrayNode();
        normalised.add(longitude);
        normalised.add(latitude);
        return normalised;
    }

    private String path(String member) {
        return prefix.isEmpty() ? member : prefix + "." + member;
    }

    private void error(String field, String message) {
        if (errors.size() < MAX_ERRORS) {
            errors.add(new FieldError(field, message, row));
        }
    }

    private static String show(JsonNode position) {
        return "[" + number(position.get(0).asDouble()) + ", " + number(position.get(1).asDouble()) + "]";
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.6f", value);
        return text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
    }
}
