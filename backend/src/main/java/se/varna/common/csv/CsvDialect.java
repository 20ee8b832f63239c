package se.varna.common.csv;

import java.util.List;
import java.util.Locale;

import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.core.MediaType;

/**
 * The two ways a CSV answer is written. A client picks one with the {@code delimiter}
 * parameter of {@code text/csv} in its {@code Accept} header: {@code text/csv} or
 * {@code text/csv;delimiter=comma} for the default, {@code text/csv;delimiter=semicolon} for
 * Excel in a Swedish locale (where the comma is the decimal mark, so Excel splits fields at
 * {@code ;}). Either way the file is UTF-8 with a byte-order mark, CRLF line ends and RFC 4180
 * quoting.
 */
public enum CsvDialect {

    /** {@code ,} between fields, {@code .} as decimal mark. */
    COMMA("comma", ',', '.'),

    /** {@code ;} between fields, {@code ,} as decimal mark: what Swedish Excel opens as it is. */
    SEMICOLON("semicolon", ';', ',');

    /** The media type of every CSV answer. */
    public static final String MEDIA_TYPE = "text/csv";

    /** The media-type parameter that chooses the dialect. */
    public static final String PARAMETER = "delimiter";

    private final String name;
    private final char separator;
    private final char decimalMark;

    CsvDialect(String name, char separator, char decimalMark) {
        this.name = name;
        this.separator = separator;
        this.decimalMark = decimalMark;
    }

    /** The value of the {@code delimiter} parameter that asks for this dialect. */
    public String parameterValue() {
        return name;
    }

    public char separator() {
        return separator;
    }

    public char decimalMark() {
        return decimalMark;
    }

    /** The {@code Content-Type} of an answer in this dialect: it names the dialect back. */
    public String contentType() {
        return MEDIA_TYPE + ";charset=UTF-8;" + PARAMETER + "=" + name;
    }

    /**
     * The dialect the request accepts: that of the first {@code text/csv} in {@code Accept}
     * (which the service sorts by preference), the default when only a wildcard such as
     * {@code text/*} matched. An unknown {@code delimiter} is a media type this service cannot
     * produce: 406.
     */
    public static CsvDialect negotiate(List<MediaType> acceptable) {
        MediaType csv = MediaType.valueOf(MEDIA_TYPE);
        for (MediaType accepted : acceptable) {
            if (accepted.isWildcardType() || accepted.isWildcardSubtype() || !accepted.isCompatible(csv)) {
                continue;
            }
            String asked = accepted.getParameters().get(PARAMETER);
            if (asked == null) {
                return COMMA;
            }
            for (CsvDialect dialect : values()) {
                if (dialect.name.equals(asked.strip().toLowerCase(Locale.ROOT))) {
                    return dialect;
                }
            }
            throw new NotAcceptableException("text/csv has no delimiter '" + asked + "'");
        }
        return COMMA;
    }
}
