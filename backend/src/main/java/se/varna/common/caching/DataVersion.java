package se.varna.common.caching;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Destroyed;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import se.varna.common.Municipality;

/**
 * The data version of the municipality's data: a number every committing write moves on, in the
 * same commit (the {@code data_version_written} trigger on every tracked table, migration V28_1),
 * which also tells every listening connection the new version ({@code pg_notify}, V36_1).
 *
 * <p>The version is kept in memory, fed by a listener connection of its own (a daemon thread that
 * {@code LISTEN}s, and once a second re-reads the version on the same connection, which proves the
 * connection alive and corrects anything missed). {@link #current()} answers from memory only
 * while that holds: the listener is connected, has heard from the database within
 * {@code varna.data-version.max-silence}, and no transaction of this replica has committed since
 * the version was last read (this replica's own writes are seen at once, not when their
 * notification arrives). Otherwise — at start-up, after the listener dropped, after a local
 * commit — it reads the version from the database, as every request did before. A write through
 * another replica is seen once its notification has arrived here: PostgreSQL sends it when the
 * write commits, so the window is the notification's trip over the listener connection
 * (docs/api.md#caching).
 */
@ApplicationScoped
public class DataVersion {

    private static final Logger LOG = Logger.getLogger(DataVersion.class);
    static final String CHANNEL = "varna_data_version";
    private static final String READ = "select version from data_version where municipality = ?";

    @Inject
    DataSource dataSource;

    @Inject
    Municipality municipality;

    @Inject
    Config config;

    @ConfigProperty(name = "varna.data-version.listen", defaultValue = "true")
    boolean listen;

    /** How long the version in memory is trusted after the listener last heard from the database. */
    @ConfigProperty(name = "varna.data-version.max-silence", defaultValue = "3S")
    Duration maxSilence;

    /**
     * The newest version heard from the database (notified, or read by the listener or a request);
     * -1 before the first. Only ever moves on, like the version itself.
     */
    private final AtomicLong heard = new AtomicLong(-1);
    /** When the listener last heard from the database (System.nanoTime), valid while listening. */
    private volatile long heardAt;
    private volatile boolean listening;
    /** Transactions this replica ended, and how many of them a read of the version has followed. */
    private final AtomicLong localCommits = new AtomicLong();
    private final AtomicLong localCommitsRead = new AtomicLong();

    private volatile boolean running;
    private volatile Connection listenerConnection;
    private Thread listener;

    /** The version now; 0 before the municipality's first write. */
    public long current() {
        if (inMemory()) {
            return heard.get();
        }
        long commits = localCommits.get();
        long read = read();
        // a notification older than this read must not take the version back
        heard.accumulateAndGet(read, Math::max);
        localCommitsRead.accumulateAndGet(commits, Math::max);
        return read;
    }

    /** The version in memory, or -1 when {@link #current()} would read it: never blocks (the event loop asks). */
    long inMemoryOrNone() {
        long version = heard.get();
        return inMemory() ? version : -1;
    }

    /** Whether {@link #current()} now answers from memory. */
    boolean inMemory() {
        return listening && heard.get() >= 0 && localCommits.get() == localCommitsRead.get()
                && System.nanoTime() - heardAt < maxSilence.toNanos();
    }

    /** The newest version heard, without reading it (for the tests). */
    long heard() {
        return heard.get();
    }

    /**
     * A transaction of this replica ended (committed or rolled back): the next request reads the
     * version from the database, so that the caller who wrote never gets an answer from before
     * its own write, whatever the notification's delay.
     */
    void transactionEnded(@Observes @Destroyed(TransactionScoped.class) Object transaction) {
        localCommits.incrementAndGet();
    }

    private long read() {
        try (Connection connection = dataSource.getConnection()) {
            return read(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("The data version could not be read", e);
        }
    }

    private long read(Connection connection) throws SQLException {
        return read(connection, municipality.code());
    }

    private static long read(Connection connection, String code) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement(READ)) {
            read.setString(1, code);
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    void start(@Observes StartupEvent start) {
        if (!listen) {
            return;
        }
        running = true;
        listener = Thread.ofPlatform().daemon().name("varna-data-version-listener").start(this::listenWhileRunning);
    }

    void stop(@Observes ShutdownEvent stop) {
        running = false;
        listening = false;
        Connection connection = listenerConnection;
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // closing to wake the thread: nothing to do
            }
        }
        if (listener != null) {
            listener.interrupt();
        }
    }

    private void listenWhileRunning() {
        long backoff = 500;
        while (running) {
            try (Connection connection = connect()) {
                listenerConnection = connection;
                String code = municipalityCode();
                try (Statement statement = connection.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                // read after LISTEN: a write committed in between is both read and notified
                hear(read(connection, code));
                listening = true;
                LOG.debug("Listening for the data version");
                backoff = 500;
                PGConnection notifications = connection.unwrap(PGConnection.class);
                long lastRead = System.nanoTime();
                while (running) {
                    PGNotification[] arrived = notifications.getNotifications(1000);
                    long newest = -1;
                    for (PGNotification notification : arrived == null ? new PGNotification[0] : arrived) {
                        newest = Math.max(newest, version(notification.getParameter(), code));
                    }
                    if (newest >= 0) {
                        hear(newest);
                    }
                    if (System.nanoTime() - lastRead >= 1_000_000_000L) {
                        hear(read(connection, code));
                        lastRead = System.nanoTime();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    LOG.warnf("The data version's listener stopped (%s); each cached request reads it until it is back",
                            e.getMessage());
                }
            } finally {
                listening = false;
                listenerConnection = null;
            }
            if (running) {
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException e) {
                    return;
                }
                backoff = Math.min(backoff * 2, 10_000);
            }
        }
    }

    /** The listener heard the version from the database: notified, or read on its connection. */
    private void hear(long version) {
        heard.accumulateAndGet(version, Math::max);
        heardAt = System.nanoTime();
    }

    /** The version a notification names for this municipality, or -1. */
    private static long version(String payload, String code) {
        int space = payload.lastIndexOf(' ');
        if (space < 0 || !payload.substring(0, space).equals(code)) {
            return -1;
        }
        try {
            return Long.parseLong(payload.substring(space + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** The municipality's code, looked up (once) in a request context of the listener's own. */
    private String municipalityCode() {
        ManagedContext context = Arc.container().requestContext();
        context.activate();
        try {
            return municipality.code();
        } finally {
            context.terminate();
        }
    }

    /** A connection of its own, with the datasource's settings: held for as long as it listens. */
    private Connection connect() throws SQLException {
        String url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        Properties properties = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(u -> properties.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("connectTimeout", "3");
        properties.setProperty("socketTimeout", "10");
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("ApplicationName", "varna data version listener");
        return DriverManager.getConnection(url, properties);
    }
}
