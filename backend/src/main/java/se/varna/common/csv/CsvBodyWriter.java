package se.varna.common.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;

/**
 * Writes an answer as CSV when the request accepts {@value CsvDialect#MEDIA_TYPE}, the resource
 * method produces it and a {@link CsvExport} knows the answer's type. The dialect comes from
 * the request's {@code Accept} (see {@link CsvDialect}); the file name from the export.
 */
@Provider
@Produces(CsvDialect.MEDIA_TYPE)
public class CsvBodyWriter implements MessageBodyWriter<Object> {

    @Inject
    Instance<CsvExport<?>> exports;

    @Inject
    HttpHeaders request;

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return exportFor(type) != null;
    }

    @Override
    public void writeTo(Object answer, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        CsvDialect dialect = CsvDialect.negotiate(request.getAcceptableMediaTypes());
        write(exportFor(type), answer, dialect, headers, body);
    }

    private static <T> void write(CsvExport<T> export, Object answer, CsvDialect dialect,
            MultivaluedMap<String, Object> headers, OutputStream body) throws IOException {
        T typed = export.answerType().cast(answer);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, dialect.contentType());
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + safe(export.fileName(typed)) + "\"");
        CsvWriter.write(body, dialect, export.header(), export.rows(typed));
    }

    private CsvExport<?> exportFor(Class<?> type) {
        for (CsvExport<?> export : exports) {
            if (export.answerType().isAssignableFrom(type)) {
                return export;
            }
        }
        return null;
    }

    /** Letters, digits, {@code . _ -} only: nothing that could break out of the quoted file name. */
    static String safe(String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]+", "-");
        return safe.isBlank() ? "export.csv" : safe;
    }
}
