package ca.quebec.catalogue.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Base64;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/** Standard Webhooks signatures and the retry schedule, without a server. */
class SignaturesTest {

    @Test
    void theSignatureIsTheOneTheStandardWebhooksLibrariesCompute() {
        // The test vector of the Standard Webhooks reference libraries.
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
                Signatures.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"));
    }

    @Test
    void aSecretIsWhsecAndTheBase64OfThirtyTwoRandomBytes() {
        String secret = Signatures.newSecret();
        assertTrue(secret.startsWith("whsec_"), secret);
        assertEquals(32, Base64.getDecoder().decode(secret.substring(6)).length);
        assertNotEquals(secret, Signatures.newSecret());
    }

    @Test
    void retriesComeLaterEachTimeWithJitterUpToTheLongestDelay() {
        Backoff backoff = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1));
        SplittableRandom random = new SplittableRandom(7);
        for (int attempts = 1; attempts <= 40; attempts++) {
            long step = Math.min(5_000L << Math.min(attempts - 1, 30), 3_600_000L);
            long delay = backoff.after(attempts, random).toMillis();
            assertTrue(delay >= step / 2 && delay <= step, attempts + " attempts: " + delay + " ms, step " + step);
        }
        // A receiver's Retry-After is honoured, up to the longest delay.
        assertEquals(Duration.ofMinutes(10), backoff.after(1, Duration.ofMinutes(10), random));
        assertEquals(Duration.ofHours(1), backoff.after(1, Duration.ofDays(2), random));
    }
}
