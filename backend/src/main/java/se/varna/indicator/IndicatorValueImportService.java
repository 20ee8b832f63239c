package se.varna.indicator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import se.varna.area.AreaService;
import se.varna.common.CurrentCaller;
import se.varna.common.FieldError;
import se.varna.common.ForbiddenProblem;
import se.varna.common.Messages;
import se.varna.common.VarnaConfig;
import se.varna.common.VarnaRole;
import se.varna.common.imports.CsvUpload;
import se.varna.common.imports.ImportMode;
import se.varna.common.imports.ImportParams;
import se.varna.common.imports.ImportRejectedException;
import se.varna.common.imports.ImportReport;
import se.varna.common.imports.UploadProblemException;

/**
 * Imports indicator values in bulk, from our CSV or from Kolada's data JSON: every row is
 * checked by {@link ValueRules}, a row repeating an earlier row's key is rejected, and then
 * either nothing is stored (all-or-nothing with an invalid row: 422), or the valid rows are
 * (skip-invalid), or nothing because it is a dry run. Valid rows already stored with the same
 * figures are left untouched.
 */
@ApplicationScoped
public class IndicatorValueImportService {

    public static final List<String> REQUIRED = List.of("indicator", "period", "area", "sex", "ageGroup", "value");
    /**
     * {@code disclosure} is what a downloaded series says of each value (exact, rounded,
     * suppressed); an import accepts it so that a download imports again, and ignores it.
     */
    public static final List<String> OPTIONAL = List.of("numerator", "denominator", "status", "source", "disclosure");

    @Inject
    CurrentCaller caller;

    @Inject
    AreaService areas;

    @Inject
    VarnaConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    IndicatorValueStore store;

    @Transactional
    public ImportReport importCsv(InputStream body, ImportParams params) {
        boolean dryRun = params.dryRun();
        ImportMode mode = params.mode();
        CsvUpload file = CsvUpload.read(body, maxBytes(), REQUIRED, OPTIONAL);
        ValueRules rules = ValueRules.load(caller, areas.index());
        List<ValueRules.Raw> raws = new ArrayList<>();
        List<FieldError> shapeErrors = new ArrayList<>();
        for (CsvUpload.Row row : file) {
            Optional<FieldError> shape = row.shapeError();
            if (shape.isPresent()) {
                shapeErrors.add(shape.get());
                continue;
            }
            raws.add(new ValueRules.Raw(row.number(), row.get("indicator"), row.get("period"), row.get("area"),
                    row.get("sex"), row.get("ageGroup"), row.get("value"), row.get("numerator"),
                    row.get("denominator"), row.get("status"), row.get("source")));
        }
        return process(rules, raws, shapeErrors, raws.size() + shapeErrors.size(), file.encoding(),
                String.valueOf(file.delimiter()), dryRun, mode);
    }

    /**
     * Kolada's data format: {@code {"values":[{"kpi","municipality","period","values":[{"gender","value",…}]}]}}.
     * Each inner value is one row, numbered from 1 in the order of the file.
     */
    @Transactional
    public ImportReport importKolada(InputStream body, ImportParams params) {
        boolean dryRun = params.dryRun();
        ImportMode mode = params.mode();
        JsonNode entries = koladaEntries(readAtMost(body, maxBytes()));
        ValueRules rules = ValueRules.load(caller, areas.index());
        List<ValueRules.Raw> raws = new ArrayList<>();
        List<FieldError> shapeErrors = new ArrayList<>();
        long row = 0;
        for (JsonNode entry : entries) {
            row = koladaEntry(entry, row, rules, raws, shapeErrors);
        }
        if (row == 0) {
            throw UploadProblemException.noRows();
        }
        return process(rules, raws, shapeErrors, Math.toIntExact(row), "UTF-8", null, dryRun, mode);
    }

    /** The body's bytes: 413 over {@code max}, 400 when there are none but blanks. */
    private static byte[] readAtMost(InputStream body, long max) {
        byte[] bytes;
        try {
            bytes = body == null ? new byte[0] : body.readNBytes(Math.toIntExact(Math.min(max + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > max) {
            throw UploadProblemException.tooLarge(max);
        }
        if (new String(bytes, StandardCharsets.UTF_8).isBlank()) {
            throw UploadProblemException.empty();
        }
        return bytes;
    }

    /** The entries of Kolada's answer (its {@code values} array); 400 when the body is not that. */
    private JsonNode koladaEntries(byte[] bytes) {
        JsonNode root;
        try {
            root = json.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw UploadProblemException.unreadable(Messages.text("upload.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JsonNode entries = root == null ? null : root.get("values");
        if (entries == null || !entries.isArray()) {
            throw UploadProblemException.unreadable(Messages.text("upload.notKolada",
                    "{kpi, municipality, period, values:[{gender, value}]}"));
        }
        return entries;
    }

    /**
     * One entry's inner values as rows numbered on from {@code row} (an entry without any is one
     * invalid row); the last row number used.
     */
    private static long koladaEntry(JsonNode entry, long row, ValueRules rules, List<ValueRules.Raw> raws,
            List<FieldError> shapeErrors) {
        JsonNode inner = entry.get("values");
        if (inner == null || !inner.isArray() || inner.isEmpty()) {
            shapeErrors.add(FieldError.atRow(row + 1, "values", Messages.text("import.row.kolada.noValues",
                    raws.size() + shapeErrors.size() + 1)));
            return row + 1;
        }
        String kpi = text(entry.get("kpi"));
        Optional<Indicator> indicator = rules.indicatorByKoladaKpi(kpi);
        for (JsonNode value : inner) {
            row++;
            Optional<FieldError> shape = koladaShapeError(row, kpi, indicator, value);
            if (shape.isPresent()) {
                shapeErrors.add(shape.get());
            } else {
                raws.add(koladaRow(row, entry, value, indicator.get().code, kpi));
            }
        }
        return row;
    }

    /** What keeps a Kolada value from being a row of ours: no KPI, a KPI of no indicator, an unknown gender. */
    private static Optional<FieldError> koladaShapeError(long row, String kpi, Optional<Indicator> indicator,
            JsonNode value) {
        if (kpi == null) {
            return Optional.of(FieldError.atRow(row, "kpi", Messages.text("import.row.kolada.kpiMissing")));
        }
        if (indicator.isEmpty()) {
            return Optional.of(FieldError.atRow(row, "kpi", Messages.text("import.row.kolada.kpiUnknown",
                    ValueRules.shorten(kpi))));
        }
        String gender = text(value.get("gender"));
        if (koladaSex(gender) == null) {
            return Optional.of(FieldError.atRow(row, "gender", Messages.text("import.row.kolada.gender",
                    ValueRules.shorten(gender))));
        }
        return Optional.empty();
    }

    /** A Kolada value as a row of ours: the municipality's, of all ages, its source the KPI. */
    private static ValueRules.Raw koladaRow(long row, JsonNode entry, JsonNode value, String indicator, String kpi) {
        String status = text(value.get("status"));
        return new ValueRules.Raw(row, indicator, text(entry.get("period")), text(entry.get("municipality")),
                koladaSex(text(value.get("gender"))), "total", text(value.get("value")), null, null,
                status != null && status.toLowerCase(Locale.ROOT).startsWith("prel") ? "preliminary" : "final",
                "Kolada " + kpi.strip());
    }

    /** Kolada's gender as our sex: T total, K female, M male; null for anything else. */
    private static String koladaSex(String gender) {
        return switch (gender == null ? "" : gender.toUpperCase(Locale.ROOT)) {
            case "T" -> "total";
            case "K" -> "female";
            case "M" -> "male";
            default -> null;
        };
    }

    private ImportReport process(ValueRules rules, List<ValueRules.Raw> raws, List<FieldError> earlierErrors,
            int rowsRead, String encoding, String delimiter, boolean dryRun, ImportMode mode) {
        Rows rows = check(rules, raws, earlierErrors);
        List<FieldError> errors = rows.errors();
        errors.sort(Comparator.comparing(FieldError::row, Comparator.nullsFirst(Comparator.naturalOrder())));
        // a file may hold millions of errors: the first are listed, all are counted
        List<FieldError> listed = ImportRejectedException.firstListed(errors);
        if (rows.anyForbidden() && !rows.anyAllowed() && !caller.hasRole(VarnaRole.coordinator)) {
            throw new ForbiddenProblem(Messages.text("forbidden.indicatorValues",
                    caller.organisationCode().orElseGet(() -> Messages.text("word.none"))), listed);
        }
        int rowsRejected = (int) errors.stream().map(FieldError::row).distinct().count();
        if (!errors.isEmpty() && mode == ImportMode.ALL_OR_NOTHING && !dryRun) {
            throw new ImportRejectedException(rowsRead, rowsRejected, errors, errors.size());
        }
        List<IndicatorValueStore.Stored> stored = store.store(rows.valid(), caller.username(), dryRun);
        int unchanged = (int) stored.stream().filter(s -> s.outcome() == IndicatorValueStore.Outcome.unchanged).count();
        int written = dryRun ? 0 : stored.size() - unchanged;
        return new ImportReport(dryRun, mode.code(), encoding, delimiter, rowsRead, rowsRead - rowsRejected,
                rowsRejected, written, unchanged, listed);
    }

    /**
     * The rows checked: the valid ones, every error (a row repeating an earlier row's key is
     * one), and whether any row's indicator was the caller's to record or another's.
     */
    private record Rows(List<ValueRules.Valid> valid, List<FieldError> errors, boolean anyAllowed,
            boolean anyForbidden) {
    }

    private static Rows check(ValueRules rules, List<ValueRules.Raw> raws, List<FieldError> earlierErrors) {
        List<FieldError> errors = new ArrayList<>(earlierErrors);
        List<ValueRules.Valid> valid = new ArrayList<>();
        ValueRules.Duplicates duplicates = new ValueRules.Duplicates();
        boolean anyAllowed = false;
        boolean anyForbidden = false;
        for (ValueRules.Raw raw : raws) {
            ValueRules.Checked checked = rules.check(raw);
            anyForbidden |= checked.forbidden();
            anyAllowed |= checked.knownIndicator() && !checked.forbidden();
            if (checked.valid() == null) {
                errors.addAll(checked.errors());
                continue;
            }
            Optional<Long> earlier = duplicates.earlier(checked.valid());
            if (earlier.isPresent()) {
                errors.add(FieldError.atRow(raw.row(), "row", Messages.text("import.row.indicatorValue.repeated",
                        earlier.get())));
                continue;
            }
            valid.add(checked.valid());
        }
        return new Rows(valid, errors, anyAllowed, anyForbidden);
    }

    private long maxBytes() {
        return config.imports().indicatorValuesMaxSize().asLongValue();
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        return node.isValueNode() ? node.asText() : node.toString();
    }
}
