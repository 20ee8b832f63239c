package se.varna.area;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.area.BoundaryDtos.BoundaryCollection;
import se.varna.area.BoundaryDtos.BoundaryFeature;
import se.varna.area.BoundaryDtos.BoundaryProperties;
import se.varna.area.BoundaryDtos.Geometry;
import se.varna.area.BoundaryDtos.ImportItem;
import se.varna.area.BoundaryDtos.ImportReport;
import se.varna.area.BoundaryQueries.BoundaryRow;
import se.varna.common.FieldError;
import se.varna.common.InvalidParameterException;
import se.varna.common.Limits;
import se.varna.common.Messages;
import se.varna.common.NotFoundProblem;
import se.varna.common.imports.ImportRejectedException;
import se.varna.common.imports.UploadProblemException;

/**
 * Area boundaries: read as GeoJSON feature collections, replaced by the coordinator one area
 * at a time or many at once (all or nothing).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class BoundaryService {

    /** Largest body for one area's boundary. */
    public static final long MAX_BOUNDARY_BYTES = 2L * 1024 * 1024;
    /** Largest body for a collection of boundaries. */
    public static final long MAX_COLLECTION_BYTES = 20L * 1024 * 1024;
    /** Most features in one collection. */
    public static final int MAX_FEATURES = 1000;

    private static final Collator SWEDISH = Collator.getInstance(Locale.of("sv", "SE"));

    @Inject
    BoundaryQueries queries;

    @Inject
    AreaService areas;

    @Inject
    ObjectMapper objectMapper;

    /** The boundaries of {@code parentCode}'s children, in the area tree's order. */
    public BoundaryCollection childBoundaries(String parentCode) {
        Area parent = areas.findByCode(parentCode).orElseThrow(() -> new NotFoundProblem("area", parentCode));
        List<BoundaryFeature> features = queries.childrenOf(parent.id).stream()
                .sorted(Comparator.<BoundaryRow, Integer>comparing(r -> r.type().ordinal())
                        .thenComparing(BoundaryRow::name, SWEDISH))
                .map(this::feature)
                .toList();
        return new BoundaryCollection(features);
    }

    /** Replaces one area's boundary with a real one; the body is a geometry or a Feature. */
    @Transactional
    public BoundaryFeature replaceBoundary(String code, InputStream body) {
        Area area = areas.findByCode(code).orElseThrow(() -> new NotFoundProblem("area", code));
        JsonNode root = readJson(body, MAX_BOUNDARY_BYTES);
        List<FieldError> errors = new ArrayList<>();
        JsonNode geometry = root;
        String prefix = "";
        if ("Feature".equals(root.path("type").asText(null))) {
            geometry = root.get("geometry");
            prefix = "geometry";
            JsonNode named = root.path("properties").path("code");
            if (!named.isMissingNode() && !named.isNull() && named.asText().length() > Limits.CODE) {
                errors.add(new FieldError("properties.code", Limits.tooLong(Limits.CODE)));
            } else if (!named.isMissingNode() && !named.isNull()
                    && !AreaService.key(named.asText()).equals(AreaService.key(area.code))) {
                errors.add(new FieldError("properties.code", Messages.text("boundary.code.notThePath", named.asText(), code)));
            }
        }
        BoundaryGeometry.Checked checked = BoundaryGeometry.check(geometry, prefix, null);
        errors.addAll(checked.errors());
        if (!errors.isEmpty()) {
            throw new InvalidParameterException(errors);
        }
        queries.store(area.id, checked.geometry().toString());
        return feature(queries.byId(area.id).orElseThrow());
    }

    /**
     * Replaces the boundaries of every area a FeatureCollection names by
     * {@code properties.code}: all of them, or none when any feature is invalid.
     */
    @Transactional
    public ImportReport replaceBoundaries(InputStream body, boolean dryRun) {
        JsonNode features = featuresOf(readJson(body, MAX_COLLECTION_BYTES));
        CheckedFeatures checked = checkFeatures(features);
        if (!checked.errors.isEmpty()) {
            throw new BoundariesRejectedException(features.size(), checked.errors);
        }
        return store(checked, dryRun);
    }

    /** The features of a FeatureCollection: at least one, at most {@link #MAX_FEATURES}. */
    private static JsonNode featuresOf(JsonNode root) {
        if (!"FeatureCollection".equals(root.path("type").asText(null))) {
            throw new InvalidParameterException("type", Messages.text("boundary.collection.type"));
        }
        JsonNode features = root.get("features");
        if (features == null || !features.isArray() || features.isEmpty()) {
            throw new InvalidParameterException("features", Messages.text("boundary.collection.features"));
        }
        if (features.size() > MAX_FEATURES) {
            throw new InvalidParameterException("features", Messages.text("boundary.collection.tooMany",
                    features.size(), MAX_FEATURES));
        }
        return features;
    }

    /**
     * What the features of an upload say, feature by feature: each one's area and geometry,
     * and every error of all of them (the upload is stored whole or not at all).
     */
    private static final class CheckedFeatures {
        final int count;
        final List<FieldError> errors = new ArrayList<>();
        final Map<Integer, String> geometries = new LinkedHashMap<>();
        final Map<Integer, Area> areaOfFeature = new HashMap<>();
        final Map<Long, Integer> firstRowOfArea = new HashMap<>();

        CheckedFeatures(int count) {
            this.count = count;
        }
    }

    private CheckedFeatures checkFeatures(JsonNode features) {
        AreaIndex index = areas.index();
        CheckedFeatures checked = new CheckedFeatures(features.size());
        for (int i = 0; i < features.size(); i++) {
            int row = i + 1;
            String at = "features[" + i + "]";
            JsonNode feature = features.get(i);
            if (!"Feature".equals(feature.path("type").asText(null))) {
                checked.errors.add(new FieldError(at + ".type", Messages.text("boundary.feature.type"), row));
                continue;
            }
            checkArea(checked, index, i, feature.path("properties").path("code").asText(null));
            BoundaryGeometry.Checked geometry = BoundaryGeometry.check(feature.get("geometry"), at + ".geometry", row);
            checked.errors.addAll(geometry.errors());
            if (geometry.valid()) {
                checked.geometries.put(i, geometry.geometry().toString());
            }
        }
        return checked;
    }

    /**
     * Finds the area feature {@code i} names. The code's length is checked here, not by bean
     * validation: the body is read node by node so that an invalid feature is reported in the
     * 422 together with every other one.
     */
    private static void checkArea(CheckedFeatures checked, AreaIndex index, int i, String code) {
        int row = i + 1;
        String field = "features[" + i + "].properties.code";
        if (code == null || code.isBlank()) {
            checked.errors.add(new FieldError(field, Messages.text("boundary.feature.noCode"), row));
        } else if (code.length() > Limits.CODE) {
            checked.errors.add(new FieldError(field, Limits.tooLong(Limits.CODE), row));
        } else if (index.find(code).isEmpty()) {
            checked.errors.add(new FieldError(field, AreaService.unknownCode(code), row));
        } else {
            Area area = index.find(code).orElseThrow();
            checked.areaOfFeature.put(i, area);
            Integer first = checked.firstRowOfArea.putIfAbsent(area.id, row);
            if (first != null) {
                checked.errors.add(new FieldError(field, Messages.text("boundary.feature.repeated", code, first), row));
            }
        }
    }

    /** Stores the checked features' boundaries (none on a dry run) and reports each one. */
    private ImportReport store(CheckedFeatures checked, boolean dryRun) {
        Map<Long, BoundaryRow> rows = queries.byIds(checked.areaOfFeature.values().stream().map(a -> a.id).toList())
                .stream().collect(Collectors.toMap(BoundaryRow::id, Function.identity()));
        List<ImportItem> items = new ArrayList<>();
        int stored = 0;
        int unchanged = 0;
        for (int i = 0; i < checked.count; i++) {
            BoundaryRow area = rows.get(checked.areaOfFeature.get(i).id);
            String geometry = checked.geometries.get(i);
            boolean same = queries.hasRealBoundary(area.id(), geometry);
            if (same) {
                unchanged++;
            } else if (!dryRun) {
                queries.store(area.id(), geometry);
                stored++;
            }
            items.add(new ImportItem(i + 1, area.code(), area.name(), same ? "unchanged" : "stored",
                    !same && area.demo()));
        }
        return new ImportReport(dryRun, checked.count, stored, unchanged, items);
    }

    /** Removes an area's boundary: its map shows it without one. */
    @Transactional
    public void removeBoundary(String code) {
        Area area = areas.findByCode(code).orElseThrow(() -> new NotFoundProblem("area", code));
        queries.remove(area.id);
    }

    private BoundaryFeature feature(BoundaryRow row) {
        Geometry geometry = null;
        if (row.boundary() != null) {
            try {
                JsonNode stored = objectMapper.readTree(row.boundary());
                geometry = new Geometry(stored.path("type").asText(), stored.get("coordinates"));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Stored boundary of " + row.code() + " is not JSON", e);
            }
        }
        return new BoundaryFeature(row.code(), new BoundaryProperties(row.code(), row.name(), row.type(),
                row.boundary() != null && row.demo()), geometry);
    }

    private JsonNode readJson(InputStream body, long maxBytes) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(Math.toIntExact(maxBytes + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxBytes) {
            throw UploadProblemException.tooLarge(maxBytes);
        }
        JsonNode root;
        try {
            root = bytes.length == 0 ? null : objectMapper.readTree(bytes);
        } catch (IOException e) {
            throw new InvalidParameterException("body", Messages.text("boundary.body.notJson", firstLine(e.getMessage())));
        }
        if (root == null || root.isMissingNode()) {
            throw new InvalidParameterException("body", Messages.text("boundary.body.empty"));
        }
        if (!root.isObject()) {
            throw new InvalidParameterException("body", Messages.text("boundary.body.notObject"));
        }
        return root;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    /** An all-or-nothing boundary upload with invalid features: nothing was stored. */
    static final class BoundariesRejectedException extends ImportRejectedException {

        private final int featuresRead;

        BoundariesRejectedException(int featuresRead, List<FieldError> errors) {
            super(featuresRead, errors);
            this.featuresRead = featuresRead;
        }

        @Override
        public String detail() {
            long features = errors().stream().map(FieldError::row).distinct().count();
            return features + " of " + featuresRead + " features are invalid, so no boundary was stored. "
                    + "Each error names the feature (row, counting from 1) and what is wrong.";
        }
    }
}
