package se.varna.common.imports;

import se.varna.common.InvalidParameterException;
import se.varna.common.Messages;

/**
 * What an import does when some rows are invalid.
 */
public enum ImportMode {
    /** One invalid row rejects the whole file; nothing is stored. */
    ALL_OR_NOTHING("all-or-nothing"),
    /** The valid rows are stored, the invalid ones reported. */
    SKIP_INVALID("skip-invalid");

    private final String code;

    ImportMode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static ImportMode parse(String raw) {
        if (raw == null || raw.isBlank()) {
            return ALL_OR_NOTHING;
        }
        for (ImportMode mode : values()) {
            if (mode.code.equals(raw.trim())) {
                return mode;
            }
        }
        throw new InvalidParameterException("mode", Messages.text("import.mode", raw));
    }
}
