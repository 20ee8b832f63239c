package se.varna.reliability;

import se.varna.support.EmbeddedPostgresResource;

/**
 * A throwaway PostgreSQL of its own for tests that load the demo data into it: as a different
 * resource it gets its own service instance and database, so the tests sharing
 * {@link EmbeddedPostgresResource} never see those records.
 */
public class DemoDataPostgresResource extends EmbeddedPostgresResource {
}
