package se.varna.common.imports;

import java.util.List;

import se.varna.common.FieldError;

/**
 * The uploaded file as a whole cannot be read: empty, too large, wrongly encoded, or
 * without the expected header. Answered with its own status and a message naming the file
 * or header.
 */
public class UploadProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<FieldError> errors;

    public UploadProblemException(int status, String title, String detail, List<FieldError> errors) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static UploadProblemException empty() {
        return new UploadProblemException(400, "Empty file", "The file is empty: it has no header and no rows.",
                List.of(new FieldError("file", "is empty")));
    }

    public static UploadProblemException noRows() {
        return new UploadProblemException(400, "No rows", "The file has a header but no data rows.",
                List.of(new FieldError("file", "has a header but no data rows", 2)));
    }

    public static UploadProblemException tooLarge(long limitBytes) {
        return new UploadProblemException(413, "File too large",
                "The file is larger than this import's limit of " + human(limitBytes)
                        + ". Split it into smaller files.",
                List.of(new FieldError("file", "is larger than " + human(limitBytes))));
    }

    public static UploadProblemException undecodable(String why) {
        return new UploadProblemException(400, "Unreadable file",
                "The file is not text in UTF-8 or Windows-1252 (" + why
                        + "). Save it from Excel as 'CSV UTF-8' or 'CSV (semikolonavgränsad)'.",
                List.of(new FieldError("file", "is not text in UTF-8 or Windows-1252: " + why)));
    }

    public static UploadProblemException badHeader(List<FieldError> errors, String expected) {
        return new UploadProblemException(400, "Wrong header",
                "The first row must name the columns " + expected + ".", errors);
    }

    public static UploadProblemException unreadable(String detail) {
        return new UploadProblemException(400, "Unreadable file", detail, List.of(new FieldError("file", detail)));
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    static String human(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " kB";
        }
        return bytes + " bytes";
    }
}
