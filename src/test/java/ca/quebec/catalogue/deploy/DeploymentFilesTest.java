package ca.quebec.catalogue.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The deployment files under deploy/, checked offline (no container engine, no cluster):
 * every Kubernetes manifest parses, images are pinned, the Deployment carries what a platform
 * team asks for (three replicas, three probes, limits, a restricted security context, secrets
 * by reference), a disruption budget, Service and Ingress exist, PostgreSQL is a CloudNativePG
 * cluster of three with backups, every environment variable the Deployment sets is a setting
 * the service really reads, and every kustomization names files that exist. Plain JUnit: no
 * Quarkus application is started.
 */
class DeploymentFilesTest {

    private static final Path DEPLOY = Path.of("deploy");
    private static final Path KUBERNETES = DEPLOY.resolve("kubernetes");
    private static final Path BASE = KUBERNETES.resolve("base");
    private static final Path PRODUCTION = KUBERNETES.resolve("overlays/production");

    /** A parsed YAML document and the file it came from, for messages. */
    record Doc(Path file, Map<String, Object> body) {
        String kind() {
            return (String) body.get("kind");
        }

        String name() {
            return str(body, "metadata", "name");
        }
    }

    // ------------------------------------------------------------------ manifests

    @Test
    void everyManifestParsesAndHasAKind() throws IOException {
        List<Doc> docs = manifests(KUBERNETES);
        assertTrue(docs.size() >= 8, "manifests found under " + KUBERNETES + ": " + docs.size());
        for (Doc doc : docs) {
            assertNotNull(doc.kind(), doc.file() + ": a document without kind");
            if (!doc.kind().equals("Kustomization")) {
                assertNotNull(doc.body().get("apiVersion"), doc.file() + ": no apiVersion");
                assertNotNull(doc.name(), doc.file() + ": " + doc.kind() + " without a name");
            }
        }
    }

    @Test
    void kustomizationsNameFilesThatExist() throws IOException {
        List<Doc> kustomizations = manifests(KUBERNETES).stream()
                .filter(d -> "Kustomization".equals(d.kind())).toList();
        assertTrue(kustomizations.size() >= 2, "a base and at least one overlay");
        for (Doc k : kustomizations) {
            Path dir = k.file().getParent();
            List<String> referenced = new ArrayList<>(strings(k.body().get("resources")));
            for (Object patch : list(k.body().get("patches"))) {
                if (patch instanceof Map<?, ?> p && p.get("path") != null) {
                    referenced.add((String) p.get("path"));
                }
            }
            referenced.addAll(strings(k.body().get("patchesStrategicMerge")));
            assertFalse(referenced.isEmpty(), k.file() + " references nothing");
            for (String ref : referenced) {
                Path target = dir.resolve(ref).normalize();
                assertTrue(Files.isRegularFile(target)
                        || Files.isRegularFile(target.resolve("kustomization.yaml")),
                        k.file() + " names " + ref + ", which is neither a file nor a kustomization");
            }
            // Every manifest beside a kustomization is used by it (a forgotten file would
            // silently not be deployed).
            try (Stream<Path> siblings = Files.list(dir)) {
                for (Path sibling : siblings.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    if (!sibling.getFileName().toString().equals("kustomization.yaml")) {
                        assertTrue(referenced.contains(sibling.getFileName().toString()),
                                sibling + " is not listed in " + k.file());
                    }
                }
            }
        }
    }

    @Test
    void imagesArePinnedWithARegistryAndAnExactTag() throws IOException {
        List<String> images = new ArrayList<>();
        for (Doc doc : manifests(KUBERNETES)) {
            collectImages(doc.body(), images, doc.file());
        }
        assertTrue(images.stream().anyMatch(i -> i.contains("catalogue-logiciels-libres")), "the service's image: " + images);
        images.forEach(DeploymentFilesTest::assertPinned);
        // The overlay's image transformer must not bring latest back.
        Doc overlay = single(manifests(PRODUCTION), "Kustomization", null);
        for (Object image : list(overlay.body().get("images"))) {
            Map<?, ?> m = (Map<?, ?>) image;
            Object tag = m.get("newTag");
            assertTrue(m.get("digest") != null || (tag != null && !"latest".equals(tag.toString())),
                    overlay.file() + ": images entry without an exact tag or digest: " + m);
        }
    }

    @Test
    void theDeploymentRunsThreeReplicasWithProbesLimitsAndARestrictedSecurityContext() throws IOException {
        checkDeployment(single(manifests(BASE), "Deployment", "catalogue"));
    }

    @Test
    void databaseCredentialsAndTheAdminKeyComeFromSecrets() throws IOException {
        Map<String, Object> container = container(single(manifests(BASE), "Deployment", "catalogue"));
        Map<String, Map<String, Object>> env = env(container);
        for (String name : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD",
                "CATALOGUE_SECURITY_BOOTSTRAP_ADMIN_KEY")) {
            Map<String, Object> var = env.get(name);
            assertNotNull(var, name + " is not set");
            assertFalse(var.containsKey("value"), name + " is written in clear in the manifest");
            assertNotNull(str(var, "valueFrom", "secretKeyRef", "name"), name + " must come from a secretKeyRef");
            assertNotNull(str(var, "valueFrom", "secretKeyRef", "key"), name + ": secretKeyRef without a key");
        }
        // Nothing secret-looking in clear anywhere in the manifests.
        for (Doc doc : manifests(KUBERNETES)) {
            assertFalse("Secret".equals(doc.kind()), doc.file() + ": Secrets are created by the operator, never committed");
            for (Map<String, Object> var : allEnv(doc)) {
                String n = String.valueOf(var.get("name"));
                if (n.matches(".*(PASSWORD|SECRET|_KEY|TOKEN).*")) {
                    assertFalse(var.containsKey("value"), doc.file() + ": " + n + " in clear");
                }
            }
        }
    }

    @Test
    void aDisruptionBudgetAServiceAndAnIngressCoverTheDeployment() throws IOException {
        List<Doc> base = manifests(BASE);
        Doc deployment = single(base, "Deployment", "catalogue");
        Map<String, Object> podLabels = map(deployment.body(), "spec", "template", "metadata", "labels");

        Doc pdb = single(base, "PodDisruptionBudget", null);
        assertEquals("policy/v1", pdb.body().get("apiVersion"));
        Map<String, Object> pdbSelector = map(pdb.body(), "spec", "selector", "matchLabels");
        assertTrue(podLabels.entrySet().containsAll(pdbSelector.entrySet()), "the PDB selects the pods: " + pdbSelector);
        Object minAvailable = map(pdb.body(), "spec").get("minAvailable");
        Object maxUnavailable = map(pdb.body(), "spec").get("maxUnavailable");
        assertTrue(minAvailable != null || maxUnavailable != null, "the PDB bounds something");
        if (minAvailable instanceof Integer min) {
            assertTrue(min >= 1 && min < 3, "minAvailable leaves room for one disruption of three: " + min);
        }

        Doc service = single(base, "Service", "catalogue");
        Map<String, Object> serviceSelector = map(service.body(), "spec", "selector");
        assertTrue(podLabels.entrySet().containsAll(serviceSelector.entrySet()), "the Service selects the pods");

        Doc ingress = single(base, "Ingress", null);
        List<Object> rules = list(map(ingress.body(), "spec").get("rules"));
        assertFalse(rules.isEmpty(), "the Ingress has rules");
        for (Object rule : rules) {
            for (Object path : list(map(asMap(rule), "http").get("paths"))) {
                assertEquals(service.name(), str(asMap(path), "backend", "service", "name"),
                        "the Ingress routes to the Service");
            }
        }
    }

    @Test
    void postgresqlIsACloudNativePgClusterOfThreeWithBackups() throws IOException {
        List<Doc> base = manifests(BASE);
        Doc cluster = single(base, "Cluster", null);
        assertEquals("postgresql.cnpg.io/v1", cluster.body().get("apiVersion"));
        Map<String, Object> spec = map(cluster.body(), "spec");
        assertEquals(3, spec.get("instances"), "three PostgreSQL instances");
        assertNotNull(str(spec, "storage", "size"), "the cluster's storage size");

        boolean objectStore = str(spec, "backup", "barmanObjectStore", "destinationPath") != null;
        boolean scheduled = base.stream().anyMatch(d -> "ScheduledBackup".equals(d.kind())
                && cluster.name().equals(str(d.body(), "spec", "cluster", "name")));
        assertTrue(objectStore, "backups described: spec.backup.barmanObjectStore.destinationPath");
        assertTrue(scheduled, "a ScheduledBackup of " + cluster.name());
        assertNotNull(str(spec, "backup", "retentionPolicy"), "a retention policy for the backups");

        // The application reads the cluster's own credentials and talks to its primary.
        Map<String, Map<String, Object>> env = env(container(single(base, "Deployment", "catalogue")));
        String appSecret = str(spec, "bootstrap", "initdb", "secret", "name");
        assertNotNull(appSecret, "the cluster's owner credentials come from a named Secret");
        assertEquals(appSecret, str(env.get("QUARKUS_DATASOURCE_USERNAME"), "valueFrom", "secretKeyRef", "name"));
        assertEquals(appSecret, str(env.get("QUARKUS_DATASOURCE_PASSWORD"), "valueFrom", "secretKeyRef", "name"));
        String url = (String) env.get("QUARKUS_DATASOURCE_JDBC_URL").get("value");
        String database = str(spec, "bootstrap", "initdb", "database");
        assertEquals("jdbc:postgresql://" + cluster.name() + "-rw:5432/" + database, url,
                "the JDBC URL names the cluster's read-write Service and its database");
    }

    @Test
    void everyVariableTheDeploymentSetsIsASettingOfTheService() throws IOException {
        Set<String> known = knownSettings();
        List<Doc> deployments = manifests(KUBERNETES).stream().filter(d -> "Deployment".equals(d.kind())).toList();
        assertFalse(deployments.isEmpty());
        int checked = 0;
        for (Doc doc : deployments) {
            for (Map<String, Object> var : allEnv(doc)) {
                String name = (String) var.get("name");
                assertTrue(known.contains(name), doc.file() + ": " + name
                        + " is not a setting the service reads (application.properties, a @ConfigMapping, or a Quarkus extension's)");
                checked++;
            }
        }
        assertTrue(checked >= 6, "variables checked: " + checked);
    }

    /** Renders the overlay as kubectl would apply it, when kubectl is installed. */
    @Test
    void theProductionOverlayRendersToTheSameGuarantees() throws Exception {
        Path rendered = Files.createTempFile("catalogue-overlay", ".yaml");
        Process kubectl;
        try {
            kubectl = new ProcessBuilder("kubectl", "kustomize", PRODUCTION.toString())
                    .redirectOutput(rendered.toFile()).redirectErrorStream(false).start();
        } catch (IOException noKubectl) {
            Assumptions.abort("kubectl is not installed: the overlay is not rendered");
            return;
        }
        assertTrue(kubectl.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize took over a minute");
        String errors = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, kubectl.exitValue(), "kubectl kustomize failed: " + errors);
        List<Doc> docs = parse(rendered);
        Files.delete(rendered);
        for (Doc doc : docs) {
            assertNotNull(str(doc.body(), "metadata", "namespace"), doc.kind() + " " + doc.name() + " has no namespace");
        }
        checkDeployment(single(docs, "Deployment", "catalogue"));
        single(docs, "PodDisruptionBudget", null);
        assertEquals(3, map(single(docs, "Cluster", null).body(), "spec").get("instances"));
        List<String> images = new ArrayList<>();
        docs.forEach(d -> collectImages(d.body(), images, rendered));
        images.forEach(DeploymentFilesTest::assertPinned);
    }

    // ------------------------------------------------------------------ container build

    @Test
    void theContainerBuildCompilesThePostgresqlFlavourOnPinnedImagesAsANonRootUser() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        List<String> froms = dockerfile.lines().map(String::strip)
                .filter(l -> l.regionMatches(true, 0, "FROM ", 0, 5)).toList();
        assertTrue(froms.size() >= 2, "a multi-stage build: " + froms);
        for (String from : froms) {
            String image = from.split("\\s+")[1];
            assertTrue(image.contains(":") || image.contains("@sha256:"), "base image without a tag: " + from);
            assertFalse(image.endsWith(":latest") || image.contains(":latest@"), "base image on latest: " + from);
        }
        assertTrue(dockerfile.contains("./mvnw -B -ntp package -DskipTests -Ppostgresql"),
                "the build stage compiles the PostgreSQL flavour itself");
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(dockerfile);
        String lastUser = null;
        while (user.find()) {
            lastUser = user.group(1);
        }
        assertNotNull(lastUser, "the image sets a USER");
        assertTrue(lastUser.matches("[1-9][0-9]*(:[0-9]+)?"), "a numeric, non-root USER (runAsNonRoot can check it): " + lastUser);
        Object runAsUser = map(single(manifests(BASE), "Deployment", "catalogue").body(),
                "spec", "template", "spec", "securityContext").get("runAsUser");
        assertEquals(lastUser.split(":")[0], String.valueOf(runAsUser), "the pod runs as the image's user");
        assertTrue(dockerfile.contains("-XX:MaxRAMPercentage="), "the heap follows the container's limit");

        Path dockerignore = Path.of(".dockerignore");
        assertTrue(Files.isRegularFile(dockerignore), "a .dockerignore at the build context's root");
        List<String> ignore = Files.readAllLines(dockerignore).stream().map(String::strip).toList();
        assertTrue(ignore.contains("*") || ignore.contains("target"), "target/ stays out of the build context");
        for (String copied : List.of(".mvn", "mvnw", "pom.xml", "src", "data")) {
            assertTrue(!ignore.contains("*") || ignore.contains("!" + copied), copied + " must reach the build context");
        }
    }

    /**
     * The heap follows the container's memory limit and leaves room beside it: the image's
     * JVM options (and the Deployment's, which restate them) give the heap a share of the limit,
     * never a fixed size that ignores it; at least 384 MiB of the limit stay for what is not heap
     * (the JVM counted about 250 MiB of it committed at the seed's size, with NMT); a JVM out of
     * memory exits; the collector is
     * chosen, not left to the machine's ergonomics. The README's run command for the package
     * states a heap too, and the compose file a memory limit.
     */
    @Test
    void theJvmStaysWithinTheContainersMemory() throws IOException {
        String dockerfile = Files.readString(DEPLOY.resolve("Dockerfile"));
        Matcher env = Pattern.compile("JDK_JAVA_OPTIONS=\"([^\"]*)\"").matcher(dockerfile);
        assertTrue(env.find(), "the image sets JDK_JAVA_OPTIONS");
        String imageOptions = env.group(1);
        checkJvmOptions("deploy/Dockerfile", imageOptions);

        Map<String, Object> container = container(single(manifests(BASE), "Deployment", "catalogue"));
        Map<String, Object> limits = map(container, "resources", "limits");
        long limit = bytes(String.valueOf(limits.get("memory")));
        assertEquals(String.valueOf(limits.get("memory")), String.valueOf(map(container, "resources", "requests").get("memory")),
                "memory request = limit");
        Map<String, Map<String, Object>> vars = env(container);
        String podOptions = vars.containsKey("JDK_JAVA_OPTIONS") ? (String) vars.get("JDK_JAVA_OPTIONS").get("value") : imageOptions;
        checkJvmOptions("the Deployment", podOptions);
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=([0-9.]+)").matcher(podOptions);
        assertTrue(percentage.find());
        long heap = (long) (limit * Double.parseDouble(percentage.group(1)) / 100);
        assertTrue(limit - heap >= 384L << 20, "at least 384 MiB beside a heap of " + (heap >> 20) + " MiB in a limit of " + (limit >> 20) + " MiB");
        assertTrue(heap >= 256L << 20, "a heap of at least 256 MiB: " + (heap >> 20) + " MiB");

        Map<String, Object> compose = asMap(map(parse(DEPLOY.resolve("compose.yaml")).get(0).body(), "services").get("catalogue-1"));
        assertNotNull(compose.get("mem_limit"), "compose gives the service a memory limit the heap follows");

        String readme = Files.readString(Path.of("README.md"));
        Matcher run = Pattern.compile("java ([^`\n]*)-jar target/quarkus-app/quarkus-run\\.jar").matcher(readme);
        assertTrue(run.find(), "the README runs the package");
        assertTrue(run.group(1).matches(".*(-Xmx\\d+[mg]|-XX:MaxRAMPercentage=).*"), "the README's run command states a heap: " + run.group());
    }

    private static void checkJvmOptions(String where, String options) {
        assertTrue(options.matches(".*-XX:MaxRAMPercentage=[0-9.]+.*"), where + ": the heap is a share of the limit: " + options);
        assertFalse(options.matches(".*-Xmx\\S+.*"), where + ": no fixed heap, which would ignore the limit: " + options);
        assertTrue(options.contains("-XX:+ExitOnOutOfMemoryError"), where + ": out of memory, the JVM exits: " + options);
        assertTrue(options.matches(".*-XX:\\+Use(Serial|Parallel|G1|Z|Shenandoah)GC.*"), where + ": a chosen collector: " + options);
    }

    /** A Kubernetes quantity of memory (1Gi, 1536Mi, 2G) in bytes. */
    private static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi|K|M|G)?").matcher(quantity);
        assertTrue(m.matches(), "a memory quantity: " + quantity);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            case "K" -> n * 1_000;
            case "M" -> n * 1_000_000;
            case "G" -> n * 1_000_000_000;
            default -> n;
        };
    }

    @Test
    void composeRunsTheSameImageOnPinnedPostgresql() throws IOException {
        Map<String, Object> compose = parse(DEPLOY.resolve("compose.yaml")).get(0).body();
        Map<String, Object> services = map(compose, "services");
        String postgres = str(services, "postgres", "image");
        assertNotNull(postgres);
        assertTrue(postgres.startsWith("postgres:") && !postgres.endsWith(":latest") && postgres.matches(".*:\\d+\\.\\d+.*"),
                "PostgreSQL on an exact tag: " + postgres);
        int instances = 0;
        for (Map.Entry<String, Object> service : services.entrySet()) {
            Map<String, Object> s = asMap(service.getValue());
            if (s.get("build") != null) {
                assertEquals("deploy/Dockerfile", str(s, "build", "dockerfile"), service.getKey());
                instances++;
            }
        }
        assertTrue(instances >= 1, "the service, built from deploy/Dockerfile");
    }

    // ------------------------------------------------------------------ checks shared by base and rendered overlay

    private static void checkDeployment(Doc deployment) {
        Map<String, Object> spec = map(deployment.body(), "spec");
        assertEquals(3, spec.get("replicas"), "three replicas");
        Map<String, Object> pod = map(spec, "template", "spec");
        Map<String, Object> container = container(deployment);

        assertProbe(container, "startupProbe", "/q/health/started");
        assertProbe(container, "readinessProbe", "/q/health/ready");
        assertProbe(container, "livenessProbe", "/q/health/live");

        for (String kind : List.of("requests", "limits")) {
            Map<String, Object> r = map(container, "resources", kind);
            assertNotNull(r.get("cpu"), "resources." + kind + ".cpu");
            assertNotNull(r.get("memory"), "resources." + kind + ".memory");
        }

        Map<String, Object> podSecurity = map(pod, "securityContext");
        Map<String, Object> security = map(container, "securityContext");
        assertEquals(true, first(security.get("runAsNonRoot"), podSecurity.get("runAsNonRoot")), "runAsNonRoot");
        assertEquals(false, security.get("allowPrivilegeEscalation"), "allowPrivilegeEscalation: false");
        assertEquals(true, security.get("readOnlyRootFilesystem"), "readOnlyRootFilesystem: true");
        assertEquals(List.of("ALL"), map(security, "capabilities").get("drop"), "capabilities.drop: [ALL]");
        assertEquals("RuntimeDefault", first(str(security, "seccompProfile", "type"), str(podSecurity, "seccompProfile", "type")),
                "seccompProfile RuntimeDefault");

        // A read-only root: /tmp (export files, java.io.tmpdir) must be a writable emptyDir.
        String tmpVolume = list(container.get("volumeMounts")).stream().map(DeploymentFilesTest::asMap)
                .filter(m -> "/tmp".equals(m.get("mountPath"))).map(m -> (String) m.get("name"))
                .findFirst().orElse(null);
        assertNotNull(tmpVolume, "/tmp is mounted");
        Map<String, Object> volume = list(pod.get("volumes")).stream().map(DeploymentFilesTest::asMap)
                .filter(v -> tmpVolume.equals(v.get("name"))).findFirst().orElseThrow();
        assertTrue(volume.containsKey("emptyDir"), "/tmp is an emptyDir: " + volume);
    }

    private static void assertProbe(Map<String, Object> container, String probe, String path) {
        Map<String, Object> p = map(container, probe);
        assertFalse(p.isEmpty(), probe + " is missing");
        assertEquals(path, str(p, "httpGet", "path"), probe + "'s path");
    }

    private static void assertPinned(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int slash = withoutDigest.indexOf('/');
        assertTrue(slash > 0 && withoutDigest.substring(0, slash).matches(".*[.:].*|localhost"),
                "the image names its registry: " + image);
        String lastPart = withoutDigest.substring(withoutDigest.lastIndexOf('/') + 1);
        assertTrue(lastPart.contains(":") || image.contains("@sha256:"), "the image has a tag or digest: " + image);
        assertFalse(lastPart.endsWith(":latest"), "the image is on latest: " + image);
    }

    // ------------------------------------------------------------------ the settings the service reads

    /** Environment variable names of every setting: the service's own and its extensions'. */
    private static Set<String> knownSettings() throws IOException {
        Set<String> properties = new HashSet<>();
        // application.properties (every profile).
        Properties application = new Properties();
        try (InputStream in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
            application.load(in);
        }
        for (String key : application.stringPropertyNames()) {
            properties.add(key.startsWith("%") ? key.substring(key.indexOf('.') + 1) : key);
        }
        // The service's @ConfigMapping interfaces, read from their sources.
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                properties.addAll(mappedProperties(Files.readString(source)));
            }
        }
        assertTrue(properties.contains("catalogue.security.bootstrap-admin-key"), "the config mappings were read");
        // Quarkus extensions publish their settings in META-INF/quarkus-config-doc/quarkus-config-model.json.
        Pattern quarkusName = Pattern.compile("\"(quarkus\\.[a-z0-9.-]+)\"");
        Enumeration<URL> models = DeploymentFilesTest.class.getClassLoader()
                .getResources("META-INF/quarkus-config-doc/quarkus-config-model.json");
        int extensions = 0;
        while (models.hasMoreElements()) {
            try (InputStream in = models.nextElement().openStream()) {
                Matcher m = quarkusName.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                while (m.find()) {
                    properties.add(m.group(1));
                }
            }
            extensions++;
        }
        assertTrue(extensions > 0, "no Quarkus config model on the test classpath");
        // SmallRye Config's environment rule: every non-alphanumeric character becomes _, upper case.
        Set<String> known = properties.stream().map(p -> p.replaceAll("[^A-Za-z0-9]", "_").toUpperCase())
                .collect(Collectors.toCollection(HashSet::new));
        // Read by the java launcher, the JVM and the C library rather than by the service.
        known.addAll(RUNTIME_VARIABLES);
        return known;
    }

    private static final Set<String> RUNTIME_VARIABLES = Set.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "MALLOC_ARENA_MAX");

    private static final Pattern MAPPING = Pattern.compile("@ConfigMapping\\(prefix\\s*=\\s*\"([^\"]+)\"\\)");
    private static final Pattern WITH_NAME = Pattern.compile("@WithName\\(\"([^\"]+)\"\\)");
    private static final Pattern ABSTRACT_METHOD = Pattern.compile("(\\w+)\\(\\)\\s*$");

    static Set<String> mappedProperties(String source) {
        Matcher mapping = MAPPING.matcher(source);
        if (!mapping.find()) {
            return Set.of();
        }
        String prefix = mapping.group(1);
        String body = source.substring(source.indexOf('{', mapping.end()) + 1);
        // Strip comments, then each abstract method is a statement ending with "name()".
        body = body.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\n]*", "");
        Set<String> names = new HashSet<>();
        for (String statement : body.split(";")) {
            if (statement.contains("default ") || statement.contains("{")) {
                continue;
            }
            Matcher method = ABSTRACT_METHOD.matcher(statement.strip());
            if (method.find()) {
                Matcher withName = WITH_NAME.matcher(statement);
                String name = withName.find() ? withName.group(1)
                        : method.group(1).replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
                names.add(prefix + "." + name);
            }
        }
        return names;
    }

    // ------------------------------------------------------------------ YAML plumbing

    private static List<Doc> manifests(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            List<Doc> docs = new ArrayList<>();
            for (Path file : files.filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml")).sorted().toList()) {
                docs.addAll(parse(file));
            }
            return docs;
        }
    }

    private static List<Doc> parse(Path file) throws IOException {
        Load load = new Load(LoadSettings.builder().setLabel(file.toString()).build());
        List<Doc> docs = new ArrayList<>();
        try {
            for (Object doc : load.loadAllFromString(Files.readString(file))) {
                if (doc == null) {
                    continue;
                }
                assertTrue(doc instanceof Map, file + ": a document that is not a mapping");
                docs.add(new Doc(file, asMap(doc)));
            }
        } catch (RuntimeException e) {
            fail(file + " does not parse: " + e.getMessage());
        }
        return docs;
    }

    private static Doc single(List<Doc> docs, String kind, String name) {
        List<Doc> found = docs.stream().filter(d -> kind.equals(d.kind()))
                .filter(d -> name == null || name.equals(d.name())).toList();
        assertEquals(1, found.size(), "exactly one " + kind + (name == null ? "" : " " + name) + ", found " + found.size());
        return found.get(0);
    }

    private static Map<String, Object> container(Doc deployment) {
        List<Object> containers = list(map(deployment.body(), "spec", "template", "spec").get("containers"));
        assertEquals(1, containers.size(), deployment.file() + ": one container");
        return asMap(containers.get(0));
    }

    private static Map<String, Map<String, Object>> env(Map<String, Object> container) {
        Map<String, Map<String, Object>> env = new LinkedHashMap<>();
        for (Object var : list(container.get("env"))) {
            env.put((String) asMap(var).get("name"), asMap(var));
        }
        return env;
    }

    /** Every env entry of every container of a Deployment (patches included). */
    private static List<Map<String, Object>> allEnv(Doc doc) {
        if (!"Deployment".equals(doc.kind())) {
            return List.of();
        }
        List<Map<String, Object>> all = new ArrayList<>();
        for (Object c : list(map(doc.body(), "spec", "template", "spec").get("containers"))) {
            list(asMap(c).get("env")).forEach(v -> all.add(asMap(v)));
        }
        return all;
    }

    private static void collectImages(Object node, List<String> images, Path file) {
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                if (("image".equals(e.getKey()) || "imageName".equals(e.getKey())) && e.getValue() instanceof String s) {
                    images.add(s);
                } else {
                    collectImages(e.getValue(), images, file);
                }
            }
        } else if (node instanceof List<?> l) {
            l.forEach(item -> collectImages(item, images, file));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return o instanceof Map ? (Map<String, Object>) o : Map.of();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> list(Object o) {
        return o instanceof List ? (List<Object>) o : List.of();
    }

    private static List<String> strings(Object o) {
        return list(o).stream().map(String::valueOf).toList();
    }

    private static Map<String, Object> map(Map<String, Object> root, String... path) {
        Map<String, Object> node = root;
        for (String key : path) {
            node = asMap(node == null ? null : node.get(key));
        }
        return node;
    }

    private static String str(Map<String, Object> root, String... path) {
        if (root == null) {
            return null;
        }
        Map<String, Object> parent = map(root, java.util.Arrays.copyOf(path, path.length - 1));
        Object value = parent.get(path[path.length - 1]);
        return value == null ? null : value.toString();
    }

    private static Object first(Object a, Object b) {
        return Objects.requireNonNullElse(a, b == null ? "" : b);
    }
}
