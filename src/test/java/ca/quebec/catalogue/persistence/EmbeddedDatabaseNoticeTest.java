package ca.quebec.catalogue.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The embedded build says what it is for; the PostgreSQL build says nothing. */
class EmbeddedDatabaseNoticeTest {

    @Test
    void theEmbeddedDatabaseIsForTrialsAndDevelopment() {
        String notice = EmbeddedDatabaseNotice.notice("h2",
                "jdbc:h2:file:./.catalogue/catalogue;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;WRITE_DELAY=0");
        assertTrue(notice.startsWith("Embedded H2 database (jdbc:h2:file:./.catalogue/catalogue): "), notice);
        assertTrue(notice.contains("meant for trials and development only"), notice);
        assertTrue(notice.contains("-Ppostgresql"), notice);
        assertEquals(-1, notice.indexOf("WRITE_DELAY"), "where the data is, not the options");
    }

    @Test
    void postgresqlSaysNothing() {
        assertNull(EmbeddedDatabaseNotice.notice("postgresql", "jdbc:postgresql://127.0.0.1:5432/test"));
    }
}
