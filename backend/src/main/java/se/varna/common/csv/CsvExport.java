package se.varna.common.csv;

import java.util.List;

/**
 * How one kind of answer is written as CSV. An operation answers CSV when its resource method
 * also {@code @Produces} {@value CsvDialect#MEDIA_TYPE} and a CDI bean implements this for
 * the type the method returns: the method, its parameter checks, its security and its service
 * call are the same for JSON and CSV, and {@link CsvBodyWriter} writes the same answer either
 * way, so a CSV file can never show what the JSON answer hides.
 */
public interface CsvExport<T> {

    /** The type of answer this writes (the resource method's return type). */
    Class<T> answerType();

    /** The file name offered in {@code Content-Disposition}; the writer makes it safe. */
    String fileName(T answer);

    /** The column names, in order. */
    List<String> header();

    /** One list of cells per line, in the header's order. */
    List<List<Object>> rows(T answer);
}
