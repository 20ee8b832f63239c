package se.varna.common;

/**
 * Descriptions shared by the paged operations' OpenAPI annotations.
 */
public final class Paging {

    public static final String LIMIT_DESCRIPTION = "Largest number of items to answer.";
    public static final String OFFSET_DESCRIPTION = "Number of items to skip.";

    private Paging() {
    }
}
