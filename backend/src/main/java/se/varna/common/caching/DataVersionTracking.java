package se.varna.common.caching;

import jakarta.inject.Singleton;

import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.FluentConfiguration;

import io.quarkus.flyway.FlywayConfigurationCustomizer;

/**
 * After every migration run, gives each table the data version's write trigger if it lacks it
 * ({@code data_version_track_all()}, migration V28_1): a table a later migration adds moves the
 * data version on without its migration having to say so.
 */
@Singleton
public class DataVersionTracking implements FlywayConfigurationCustomizer {

    @Override
    public void customize(FluentConfiguration configuration) {
        configuration.callbacks(new TrackAll());
    }

    static class TrackAll extends BaseCallback {

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_MIGRATE;
        }

        @Override
        public void handle(Event event, Context context) {
            try (var statement = context.getConnection().createStatement()) {
                statement.execute("select data_version_track_all() "
                        + "where to_regprocedure('data_version_track_all()') is not null");
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Tables could not be given the data version's trigger", e);
            }
        }

        @Override
        public String getCallbackName() {
            return "data version tracking";
        }
    }
}
