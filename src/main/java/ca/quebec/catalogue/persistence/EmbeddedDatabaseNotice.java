package ca.quebec.catalogue.persistence;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;

/**
 * The default build runs on an embedded H2 database, so that the service starts with
 * nothing else installed. Whoever starts it that way is told once, at start-up, that
 * it is for trials and development: one process owns the database file, so it cannot
 * run as several instances, and there is no replication or backup beyond copying the
 * folder. The PostgreSQL build says nothing.
 */
@ApplicationScoped
class EmbeddedDatabaseNotice {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseNotice.class);

    /** Right after the log format is chosen (web.JsonLogs), before the seed. */
    void onStart(@Observes @Priority(Integer.MIN_VALUE + 1) StartupEvent start,
            @ConfigProperty(name = "quarkus.datasource.db-kind") String dbKind,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url) {
        String notice = notice(dbKind, url);
        if (notice != null) {
            LOG.warn(notice);
        }
    }

    /** What to say for this database, or null when it is not the embedded one. */
    static String notice(String dbKind, String url) {
        if (!"h2".equalsIgnoreCase(dbKind)) {
            return null;
        }
        // The URL without its options: where the data is, nothing else (H2's URL holds no password).
        String where = url.indexOf(';') < 0 ? url : url.substring(0, url.indexOf(';'));
        return "Embedded H2 database (" + where + "): this build is meant for trials and development only, one instance "
                + "on one machine. For production, build with -Ppostgresql and set QUARKUS_DATASOURCE_JDBC_URL (README, PostgreSQL).";
    }
}
