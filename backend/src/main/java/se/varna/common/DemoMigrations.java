package se.varna.common;

import java.util.Collection;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.resource.LoadableResource;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * Leaves the demo figures ({@code db/demo}) out of the migrations unless
 * {@code varna.demo-data} is on (profiles {@code local} and {@code dev}: {@code make run}).
 * Quarkus fixes {@code quarkus.flyway.locations} when the service is built, so one build could
 * not otherwise decide at start-up whether it loads them: the packaged service holds both
 * locations, and this hides the demo one from Flyway in production.
 */
@Singleton
public class DemoMigrations implements FlywayConfigurationCustomizer {

    /** The location of the demo figures' repeatable migrations. */
    static final String LOCATION = "db/demo/";

    @Inject
    VarnaConfig config;

    @Override
    public void customize(FluentConfiguration configuration) {
        if (!config.demoData()) {
            configuration.resourceProvider(withoutDemo(configuration.getResourceProvider()));
        }
    }

    /** The migrations {@code resources} offers, without those of {@code db/demo}. */
    public static ResourceProvider withoutDemo(ResourceProvider resources) {
        return new ResourceProvider() {
            @Override
            public LoadableResource getResource(String name) {
                return name.replace('\\', '/').contains(LOCATION) ? null : resources.getResource(name);
            }

            @Override
            public Collection<LoadableResource> getResources(String prefix, String... suffixes) {
                List<LoadableResource> kept = resources.getResources(prefix, suffixes).stream()
                        .filter(resource -> !isDemo(resource)).toList();
                return kept;
            }
        };
    }

    static boolean isDemo(LoadableResource resource) {
        String path = resource.getAbsolutePath() == null ? "" : resource.getAbsolutePath().replace('\\', '/');
        return path.startsWith(LOCATION) || path.contains("/" + LOCATION);
    }
}
