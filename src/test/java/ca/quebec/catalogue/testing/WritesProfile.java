package ca.quebec.catalogue.testing;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Tests that write run on their own freshly seeded catalogue, so that the read
 * tests always see the seed exactly. Within the profile, tests use their own
 * records or assert differences, never absolute counts that another write test moves.
 */
public class WritesProfile implements QuarkusTestProfile {
}
