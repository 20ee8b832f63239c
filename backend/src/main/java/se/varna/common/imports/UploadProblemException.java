package se.varna.common.imports;

import java.util.List;

import se.varna.common.FieldError;
import se.varna.common.Messages;

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
        return new UploadProblemException(400, Messages.text("upload.empty.title"),
                Messages.text("upload.empty.detail"), List.of(new FieldError("file", Messages.text("upload.empty.file"))));
    }

    public static UploadProblemException noRows() {
        return new UploadProblemException(400, Messages.text("upload.noRows.title"),
                Messages.text("upload.noRows.detail"),
                List.of(new FieldError("file", Messages.text("upload.noRows.file"), 2)));
    }

    public static UploadProblemException tooLarge(long limitBytes) {
        return new UploadProblemException(413, Messages.text("upload.tooLarge.title"),
                Messages.text("upload.tooLarge.detail", human(limitBytes)),
                List.of(new FieldError("file", Messages.text("upload.tooLarge.file", human(limitBytes)))));
    }

    /** {@code why} is the catalogue's key of the reason, {@code upload.undecodable.*}. */
    public static UploadProblemException undecodable(String why, Object... arguments) {
        String reason = Messages.text(why, arguments);
        return new UploadProblemException(400, Messages.text("upload.unreadable.title"),
                Messages.text("upload.undecodable.detail", reason),
                List.of(new FieldError("file", Messages.text("upload.undecodable.file", reason))));
    }

    /** {@code expected} names the columns: the required ones, and the optional ones when there are. */
    public static UploadProblemException badHeader(List<FieldError> errors, List<String> required,
            List<String> optional) {
        String expected = optional.isEmpty() ? String.join(",", required)
                : Messages.text("upload.badHeader.optional", String.join(",", required), String.join(", ", optional));
        return new UploadProblemException(400, Messages.text("upload.badHeader.title"),
                Messages.text("upload.badHeader.detail", expected), errors);
    }

    /** The file cannot be read; {@code detail}, from the catalogue, says why. */
    public static UploadProblemException unreadable(String detail) {
        return new UploadProblemException(400, Messages.text("upload.unreadable.title"), detail,
                List.of(new FieldError("file", detail)));
    }

    /** A JSON request body over the service's limit, refused before it is read. */
    public static UploadProblemException bodyTooLarge(long limitBytes, long size) {
        return new UploadProblemException(413, Messages.text("upload.bodyTooLarge.title"),
                Messages.text("upload.bodyTooLarge.detail", limitBytes, size), List.of());
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
        return Messages.text("upload.size.bytes", bytes);
    }
}
