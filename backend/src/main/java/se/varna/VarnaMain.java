package se.varna;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.smallrye.config.DotEnvConfigSourceProvider;
import io.smallrye.config.PropertiesConfigSourceLoader;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts Värna. The database is the one {@code quarkus.datasource.jdbc.url} names in any config
 * source Quarkus reads (environment, system properties, {@code .env},
 * {@code config/application.properties}, the packaged {@code application.properties}, each for
 * the active profile). When none names one:
 * <ul>
 * <li>in the {@code local} profile ({@code make run}, the end-to-end tests and the benchmark)
 * and {@code dev}, an embedded PostgreSQL with a persistent data directory is started first;</li>
 * <li>in any other profile, above all {@code prod} (the packaged service's and the container's
 * default), the start fails at once, naming the setting: a production service never runs on a
 * throw-away database of its own.</li>
 * </ul>
 */
@QuarkusMain
public final class VarnaMain {

    private static final Logger LOG = Logger.getLogger(VarnaMain.class);
    private static final String DATABASE = "varna";

    private VarnaMain() {
    }

    /** The profiles in which a missing database URL means an embedded PostgreSQL. */
    static final Set<String> EMBEDDED_PROFILES = Set.of("local", "dev");

    /** What the start does for its database. */
    enum Database {
        CONFIGURED, EMBEDDED, MISSING
    }

    public static void main(String... args) throws IOException, SQLException {
        String profile = activeProfile(System.getProperty("quarkus.profile"), System.getenv("QUARKUS_PROFILE"));
        Optional<String> configuredUrl = configuredUrl(profile, Thread.currentThread().getContextClassLoader());
        switch (database(profile, configuredUrl)) {
            case CONFIGURED -> LOG.infof("Database: the configured PostgreSQL at %s", configuredUrl.get());
            case EMBEDDED -> startEmbeddedPostgres();
            case MISSING -> {
                // (on standard error: logging is not set up before Quarkus starts)
                System.err.println("ERROR " + missingDatabase(profile));
                System.exit(1);
            }
        }
        Quarkus.run(args);
    }

    /** The decision, on its own for the tests: a configured URL wins; without one, embedded only in local and dev. */
    static Database database(String profile, Optional<String> configuredUrl) {
        if (configuredUrl.isPresent()) {
            return Database.CONFIGURED;
        }
        return Arrays.stream(profile.split(",")).map(String::trim).anyMatch(EMBEDDED_PROFILES::contains)
                ? Database.EMBEDDED : Database.MISSING;
    }

    static String missingDatabase(String profile) {
        return "No database configured: set QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url), with "
                + "QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD, to the PostgreSQL this service uses. "
                + "The profile '" + profile + "' never starts an embedded database (only " + EMBEDDED_PROFILES.stream()
                        .sorted().toList() + " do, for make run).";
    }

    /** The active profile as Quarkus determines it at run time: {@code prod} unless one is set. */
    static String activeProfile(String systemProperty, String environment) {
        String profile = firstNonBlank(systemProperty, environment);
        return profile == null ? "prod" : profile;
    }

    /**
     * The database URL from the same config sources, in the same order, as Quarkus will read it
     * once started (read here, before Quarkus starts, to decide whether to start one).
     */
    static Optional<String> configuredUrl(String profile, ClassLoader classLoader) {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withProfile(profile)
                .addDefaultSources() // system properties, environment, META-INF/microprofile-config.properties
                .withSources(DotEnvConfigSourceProvider.dotEnvSources(classLoader))
                .withSources(PropertiesConfigSourceLoader.inFileSystem(
                        Path.of("config", "application.properties").toUri().toString(), 260, classLoader))
                .withSources(PropertiesConfigSourceLoader.inClassPath("application.properties", 250, classLoader))
                .build();
        return config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).filter(url -> !url.isBlank());
    }

    private static void startEmbeddedPostgres() throws IOException, SQLException {
        Path dataDir = Path.of(envOr("VARNA_EMBEDDED_POSTGRES_DATA_DIR", ".data/postgres")).toAbsolutePath();
        int port = Integer.parseInt(envOr("VARNA_EMBEDDED_POSTGRES_PORT", "54329"));
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (IOException e) {
                LOG.warn("Could not stop the embedded PostgreSQL", e);
            }
        }, "embedded-postgres-stop"));
        ensureDatabase(postgres);
        String url = postgres.getJdbcUrl("postgres", DATABASE);
        System.setProperty("quarkus.datasource.jdbc.url", url);
        System.setProperty("quarkus.datasource.username", "postgres");
        System.setProperty("quarkus.datasource.password", "postgres");
        LOG.infof("Database: embedded PostgreSQL at %s (data in %s); set QUARKUS_DATASOURCE_JDBC_URL to use another",
                url, dataDir);
    }

    private static void ensureDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery(
                    "select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("create database " + DATABASE);
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
