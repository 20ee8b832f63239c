package se.varna;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts Värna. When no database URL is configured (neither the environment variable
 * {@code QUARKUS_DATASOURCE_JDBC_URL} nor the system property
 * {@code quarkus.datasource.jdbc.url}), it first starts an embedded PostgreSQL with a
 * persistent data directory, so that {@code java -jar} just works on a developer machine.
 */
@QuarkusMain
public final class VarnaMain {

    private static final Logger LOG = Logger.getLogger(VarnaMain.class);
    private static final String DATABASE = "varna";

    private VarnaMain() {
    }

    public static void main(String... args) throws IOException, SQLException {
        String configuredUrl = firstNonBlank(System.getProperty("quarkus.datasource.jdbc.url"),
                System.getenv("QUARKUS_DATASOURCE_JDBC_URL"));
        if (configuredUrl != null) {
            LOG.infof("Database: the configured PostgreSQL at %s", configuredUrl);
        } else {
            startEmbeddedPostgres();
        }
        Quarkus.run(args);
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
