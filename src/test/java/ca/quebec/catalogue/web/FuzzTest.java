package ca.quebec.catalogue.web;

import static ca.quebec.catalogue.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.ContractCheck;
import ca.quebec.catalogue.testing.Fingerprint;
import ca.quebec.catalogue.testing.Keys;
import ca.quebec.catalogue.testing.RawHttp;
import ca.quebec.catalogue.web.FuzzRequests.Operation;
import ca.quebec.catalogue.web.FuzzRequests.Request;
import ca.quebec.catalogue.web.FuzzRequests.Role;

/**
 * Contract-driven fuzzing: every operation of openapi/openapi.yaml, for every
 * kind of caller (anonymous, a contributor of the body that owns the target, a
 * contributor of another body, a curator, an admin), with valid-looking requests
 * and hostile ones, sent byte for byte ({@link RawHttp}) so that nothing is
 * cleaned up on the way. No answer is a 5xx; every 4xx is a problem+json whose
 * status is the answer's; every answer is one the contract describes (strictly,
 * {@link ContractCheck}); a request with a defect the contract refuses is
 * refused; and a refusal changes nothing.
 *
 * <p>How "a refusal changes nothing" is checked, honestly and within the time:
 * a fingerprint of the whole catalogue costs about one request, and a success
 * legitimately changes it. So requests go in rounds. Those that must change
 * nothing (reads, and requests with a defect the contract refuses whatever the
 * data) run concurrently, in windows between two fingerprints that must be
 * equal. The others (writes that may succeed) run one at a time with a
 * fingerprint after each: when one is refused, the fingerprint has not moved.
 * The fuzz has a catalogue of its own (its profile): it archives, revokes and
 * replaces for real, and other tests count on the seed.
 *
 * <p>{@code -Dfuzz.seed=…} replays a run, {@code -Dfuzz.seed=random} draws a new one (what is generated never depends on an
 * answer); {@code -Dfuzz.requests=…} sets how many (10,000 by default);
 * {@code -Dfuzz.shown=…} how many groups of failures are shown (20).
 */
@QuarkusTest
@TestProfile(FuzzTest.OwnCatalogue.class)
class FuzzTest {

    /** A catalogue of the fuzz's own: its successful writes touch no other test's data. */
    public static class OwnCatalogue implements QuarkusTestProfile {
    }

    static final ObjectMapper JSON = new ObjectMapper();
    /** The bodies with a contributor key: owners of what the requests name, and "another body" for each other. */
    static final List<String> BODIES = List.of("mern", "mtess", "msp", "tbs-sct", "city-of-sault-ste-marie-on", "ville-de-montreal");
    static final int ROUNDS = 10;
    /**
     * The build replays one run, so that a clean clone passes or fails the same way twice;
     * {@code -Dfuzz.seed=random} explores a new one (how the defects it fixed were found).
     */
    static final long BUILD_SEED = -4232574760448012089L;
    static final int WINDOW = 120;
    static final int THREADS = 3;
    static final int SHOWN = Integer.getInteger("fuzz.shown", 20);

    @Inject
    Fingerprint fingerprint;

    /** What came back, or why nothing did. */
    record Outcome(int status, Map<String, String> headers, String body, String error) {

        boolean succeeded() {
            return status >= 200 && status < 300;
        }

        String describe() {
            if (error != null) {
                return "    no answer: " + error + "\n";
            }
            StringBuilder text = new StringBuilder("    -> ").append(status).append('\n');
            headers.forEach((name, value) -> {
                if (!List.of("date", "vary", "access-control-expose-headers", "connection").contains(name)) {
                    text.append("       ").append(name).append(": ").append(FuzzRequests.excerpt(value, 200)).append('\n');
                }
            });
            return text.append("       ").append(FuzzRequests.printable(FuzzRequests.excerpt(body, 600))).append('\n').toString();
        }
    }

    /** One failed expectation, with the request and the answer that show it. */
    record Failure(String kind, String detail, Request request, Outcome outcome) {

        String group() {
            return request.operationId() + " " + outcome.status() + " " + kind;
        }
    }

    /** Failures grouped by operation, status and kind: the first of each group is shown in full. */
    static final class Failures {
        private final Map<String, List<Failure>> groups = new LinkedHashMap<>();

        synchronized void add(Failure failure) {
            groups.computeIfAbsent(failure.group(), g -> new ArrayList<>()).add(failure);
        }

        synchronized boolean isEmpty() {
            return groups.isEmpty();
        }

        synchronized String report(long seed, int requests) {
            int total = groups.values().stream().mapToInt(List::size).sum();
            StringBuilder text = new StringBuilder().append(total).append(" failures in ").append(groups.size())
                    .append(" groups (operation, status, kind); replay with -Dfuzz.seed=").append(seed).append(" -Dfuzz.requests=")
                    .append(requests).append('\n');
            int shown = 0;
            for (Map.Entry<String, List<Failure>> group : groups.entrySet()) {
                if (shown++ == SHOWN) {
                    text.append("\n… and ").append(groups.size() - SHOWN).append(" more groups (-Dfuzz.shown=…)\n");
                    break;
                }
                Failure first = group.getValue().get(0);
                text.append("\n== ").append(group.getKey()).append(" (").append(group.getValue().size()).append("×): ")
                        .append(first.detail()).append('\n').append(first.request().describe()).append(first.outcome().describe());
            }
            return text.toString();
        }
    }

    /** One run: what it found, and the fingerprint that the next refusal must leave as it is. */
    private final class Run {
        final Failures failures = new Failures();
        final Map<String, Integer> statuses = new TreeMap<>();
        String baseline = fingerprint.take();
        int fingerprints = 1;

        /** Requests that must each change nothing, concurrently: the catalogue is the same after them. */
        void window(List<Request> window, ExecutorService pool) throws Exception {
            List<Future<Outcome>> answers = new ArrayList<>();
            for (Request request : window) {
                answers.add(pool.submit(() -> exchange(request)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < window.size(); i++) {
                outcomes.add(answers.get(i).get(2, TimeUnit.MINUTES));
                check(window.get(i), outcomes.get(i));
            }
            String now = take();
            if (!now.equals(baseline)) {
                failures.add(windowChanged(window, outcomes));
                baseline = now;
            }
        }

        /** A request that may write: if it is refused, the catalogue is the same after it. */
        void write(Request request) {
            Outcome outcome = exchange(request);
            check(request, outcome);
            String now = take();
            if (!outcome.succeeded() && !now.equals(baseline)) {
                failures.add(new Failure("refusal-changed-data", "answered " + outcome.status() + ", yet the catalogue changed", request,
                        outcome));
            }
            baseline = now;
        }

        private String take() {
            fingerprints++;
            return fingerprint.take();
        }

        void check(Request request, Outcome outcome) {
            synchronized (statuses) {
                statuses.merge(outcome.error() != null ? "none" : Integer.toString(outcome.status()), 1, Integer::sum);
            }
            if (outcome.error() != null) {
                failures.add(new Failure("no-answer", outcome.error(), request, outcome));
                return;
            }
            int status = outcome.status();
            String type = outcome.headers().getOrDefault("content-type", "");
            // An announced overload (Retry-After, problem+json) is the one 5xx allowed; it should not happen here.
            boolean overload = status == 503 && outcome.headers().containsKey("retry-after") && type.startsWith(Problem.MEDIA_TYPE);
            if (status >= 500 && !overload) {
                failures.add(new Failure("server-error", "a 5xx", request, outcome));
                return;
            }
            if (status >= 400) {
                // The portal's pages answer a refusal as an HTML page where the contract says so (ContractCheck below); the API, as a problem.
                String problem = type.startsWith("text/html") && !request.rawPath().startsWith("/api/") ? page(outcome.body())
                        : problem(status, type, outcome.body());
                if (problem != null) {
                    failures.add(new Failure("not-a-problem", problem, request, outcome));
                }
            } else if (request.mustRefuse()) {
                failures.add(new Failure("accepted-refusal", "a request the contract refuses was answered " + status, request, outcome));
            }
            List<String> breaches = ContractCheck.instance().check(request.method(), request.rawPath(), status, type, outcome.body());
            if (!breaches.isEmpty()) {
                failures.add(new Failure("contract", FuzzRequests.excerpt(String.join("; ", breaches), 400), request, outcome));
            }
        }
    }

    static long seedOf(String wanted) {
        return "random".equals(wanted) ? new Random().nextLong() : Long.parseLong(wanted);
    }

    @Test
    void everyOperationForEveryCallerAnswersWithinTheContractAndRefusalsChangeNothing() throws Exception {
        long seed = seedOf(System.getProperty("fuzz.seed", String.valueOf(BUILD_SEED)));
        int wanted = Integer.getInteger("fuzz.requests", 10_000);
        System.out.println("FuzzTest: seed " + seed + " (replay with -Dfuzz.seed=" + seed + "), " + wanted + " requests");
        long started = System.nanoTime();

        JsonNode contract = ContractCheck.instance().document();
        List<Operation> operations = FuzzRequests.operations(contract);
        operations.forEach(o -> assertNotNull(o.id(), o.method() + " " + o.template() + " has no operationId"));
        Map<String, Operation> byId = new LinkedHashMap<>();
        operations.forEach(o -> byId.put(o.id(), o));
        List<Role> roles = List.of(Role.values());
        FuzzValues.Pools pools = pools();
        Random random = new Random(seed);
        FuzzRequests requests = new FuzzRequests(new FuzzValues(random, contract, pools), pools, fixture());

        int total = Math.max(wanted, operations.size() * roles.size());
        List<String> cycle = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        Run run = new Run();
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0, sent = 0; round < ROUNDS; round++) {
                int quota = total / ROUNDS + (round < total % ROUNDS ? 1 : 0);
                List<Request> batch = new ArrayList<>();
                for (int i = 0; i < quota; i++) {
                    if (cycle.isEmpty()) {
                        // Every operation with every role once per pass, in an order the seed decides.
                        operations.forEach(o -> roles.forEach(r -> cycle.add(o.id() + " " + r.name())));
                        Collections.shuffle(cycle, random);
                    }
                    String[] combo = cycle.remove(cycle.size() - 1).split(" ");
                    batch.add(requests.next(sent++, byId.get(combo[0]), Role.valueOf(combo[1])));
                    covered.add(combo[0] + " " + combo[1]);
                }
                List<Request> unchanging = batch.stream().filter(Request::mustNotChange).toList();
                List<Request> writes = batch.stream().filter(r -> !r.mustNotChange()).toList();
                long windowsStarted = System.nanoTime();
                for (int from = 0; from < unchanging.size(); from += WINDOW) {
                    run.window(unchanging.subList(from, Math.min(unchanging.size(), from + WINDOW)), pool);
                }
                long writesStarted = System.nanoTime();
                for (Request request : writes) {
                    run.write(request);
                }
                System.out.printf("FuzzTest: round %d: %d requests that must change nothing in %d ms, %d that may write in %d ms%n",
                        round + 1, unchanging.size(), TimeUnit.NANOSECONDS.toMillis(writesStarted - windowsStarted), writes.size(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - writesStarted));
            }
        } finally {
            pool.shutdownNow();
        }

        System.out.println("FuzzTest: " + total + " requests, " + operations.size() + " operations × " + roles.size() + " roles ("
                + covered.size() + " covered), " + run.fingerprints + " fingerprints, "
                + TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started) + " s, seed " + seed + "; statuses " + run.statuses);
        assertEquals(operations.size() * roles.size(), covered.size(), "every operation with every role");
        if (!run.failures.isEmpty()) {
            fail(run.failures.report(seed, wanted));
        }
    }

    /**
     * The catalogue changed in a window of requests that must each change nothing: one
     * failure, shown with the request most likely to blame, and every write of the window
     * listed by number, status and operation.
     */
    private static Failure windowChanged(List<Request> window, List<Outcome> outcomes) {
        StringBuilder writes = new StringBuilder();
        int suspect = 0;
        int rank = -1;
        for (int i = 0; i < window.size(); i++) {
            Request request = window.get(i);
            if (request.method().equals("GET") || request.method().equals("OPTIONS")) {
                continue;
            }
            Outcome outcome = outcomes.get(i);
            writes.append(" #").append(request.index()).append(' ').append(outcome.status()).append(' ').append(request.operationId());
            // Most suspect: a refusal that was accepted; then a write that was; then the first write.
            int r = outcome.succeeded() && request.mustRefuse() ? 2
                    : outcome.succeeded() && !FuzzRequests.READ_ONLY_POSTS.contains(request.operationId()) ? 1 : 0;
            if (r > rank) {
                rank = r;
                suspect = i;
            }
        }
        return new Failure("refusal-changed-data", "the catalogue changed in a window of " + window.size()
                + " requests that must each change nothing; its writes:" + writes, window.get(suspect), outcomes.get(suspect));
    }

    private static Outcome exchange(Request request) {
        try {
            RawHttp.Answer answer = RawHttp.send(request.head(), request.body(), request.chunked());
            return new Outcome(answer.status(), answer.headers(), answer.body(), null);
        } catch (IOException | RuntimeException e) {
            return new Outcome(-1, Map.of(), "", e.toString());
        }
    }

    /** What is wrong with a page that refuses, or null: it is a whole page in its language, with its one heading. */
    private static String page(String body) {
        return body.contains("<html lang=\"") && body.contains("<h1") && body.contains("</html>") ? null : "not a whole HTML page";
    }

    /** What is wrong with a 4xx's problem, or null. */
    private static String problem(int status, String type, String body) {
        if (!type.startsWith(Problem.MEDIA_TYPE)) {
            return "Content-Type is '" + type + "', not " + Problem.MEDIA_TYPE;
        }
        JsonNode problem;
        try {
            problem = JSON.readTree(body);
        } catch (IOException e) {
            return "the body is not JSON";
        }
        if (problem == null || !problem.path("type").isTextual() || !problem.path("title").isTextual() || !problem.path("status").isInt()) {
            return "type, title or status missing";
        }
        return problem.path("status").asInt() == status ? null : "the problem's status is " + problem.path("status").asInt();
    }

    // ---------------------------------------------------------------------------------------------
    // What the fuzz may name
    // ---------------------------------------------------------------------------------------------

    /** Ids of the seed, read from the files it is loaded from. */
    private static FuzzValues.Pools pools() throws IOException {
        List<String> licences = new ArrayList<>();
        JSON.readTree(Path.of("data/spdx/licenses.json").toFile()).path("licenses").forEach(l -> {
            if (!l.path("deprecated").asBoolean()) {
                licences.add(l.path("id").asText());
            }
        });
        return new FuzzValues.Pools(ids("software"), ids("solutions"), ids("organizations"), ids("categories"), licences);
    }

    private static List<String> ids(String file) throws IOException {
        List<String> ids = new ArrayList<>();
        seed(file).forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private static JsonNode seed(String file) throws IOException {
        JsonNode root = JSON.readTree(Path.of("data", file + ".json").toFile());
        return root.isArray() ? root : root.elements().next();
    }

    /** Keys for each role, keys to revoke, software that each body submitted: issued through the API, before the first fingerprint. */
    private static FuzzRequests.Fixture fixture() throws IOException {
        Map<String, String> contributors = new LinkedHashMap<>();
        BODIES.forEach(body -> contributors.put(body, Keys.issue(body, "contributor", "fuzz " + body)));
        String curator = Keys.issue("sct", "curator", "fuzz curator");
        // Keys that only the fuzz's revocations name: the callers' own keys stay valid.
        List<String> spare = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            spare.add(api(Keys.ADMIN).contentType("application/json")
                    .body(Map.of("organization", "cspq", "role", "contributor", "label", "fuzz spare " + i))
                    .post("/api/v1/admin/api-keys").then().statusCode(201).extract().path("id"));
        }
        Map<String, String> submitted = new LinkedHashMap<>();
        for (String body : BODIES) {
            for (int i = 0; i < 2; i++) {
                submitted.put(api(contributors.get(body)).contentType("application/json")
                        .body(Map.of("name", "Soumission fuzz " + body + " " + i, "description", Map.of("fr", "Une soumission à modérer.")))
                        .post("/api/v1/software").then().statusCode(201).extract().path("id"), body);
            }
        }
        Map<String, String> owners = new TreeMap<>();
        seed("solutions").forEach(s -> owners.put(s.path("id").asText(), s.path("owner").asText()));
        List<String[]> usages = new ArrayList<>();
        seed("usages").forEach(u -> {
            if (BODIES.contains(u.path("organization").asText()) && u.hasNonNull("software")) {
                usages.add(new String[] { u.path("software").asText(), u.path("organization").asText() });
            }
        });
        Properties messages = new Properties();
        try (InputStream in = FuzzTest.class.getResourceAsStream("/messages.properties")) {
            messages.load(in);
        }
        List<String> problemTypes = messages.stringPropertyNames().stream().filter(k -> k.startsWith("problem.") && k.endsWith(".title"))
                .map(k -> k.substring("problem.".length(), k.length() - ".title".length())).sorted().toList();
        List<byte[]> publiccode = List.of("/solutions/carrefour.yml", "/solutions/permis.yml", "/publiccode/golden/valid-full.yml",
                "/publiccode/golden/valid-minimal.yml", "/publiccode/golden/invalid-values.yml").stream().map(FuzzRequests::resource).toList();
        return new FuzzRequests.Fixture(contributors, curator, Keys.ADMIN, spare, owners, submitted, usages, problemTypes, publiccode);
    }
}
