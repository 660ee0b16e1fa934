package ca.quebec.catalogue.kernel;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * The time services stamp on what they write. They take a {@link Clock} by
 * injection, so that a test can fix it; timestamps are cut to microseconds, the
 * precision both databases keep, so that what is read back equals what was written.
 */
public final class Clocks {

    @Produces
    @Singleton
    static Clock clock() {
        return Clock.systemUTC();
    }

    Clocks() {
    }

    public static OffsetDateTime now(Clock clock) {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
