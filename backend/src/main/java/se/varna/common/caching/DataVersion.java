package se.varna.common.caching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import se.varna.common.Municipality;

/**
 * The data version of the municipality's data: a number every committing write moves on, in the
 * same commit (the {@code data_version_written} trigger on every tracked table, migration
 * V28_1). Read from the database on each cached request, so that every replica sees a write as
 * soon as it is committed.
 */
@ApplicationScoped
public class DataVersion {

    @Inject
    DataSource dataSource;

    @Inject
    Municipality municipality;

    /** The version now; 0 before the municipality's first write. */
    public long current() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement read = connection
                        .prepareStatement("select version from data_version where municipality = ?")) {
            read.setString(1, municipality.code());
            try (ResultSet row = read.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The data version could not be read", e);
        }
    }
}
