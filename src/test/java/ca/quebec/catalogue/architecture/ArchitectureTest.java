package ca.quebec.catalogue.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.ws.rs.Path;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The map of ARCHITECTURE.md, checked: rooms that import each other fail the
 * build, the kernel holds no HTTP type and imports no room, the HTTP edge
 * imports only the kernel, services import no JAX-RS type, and every endpoint
 * lives in the room that owns what it serves.
 */
class ArchitectureTest {

    private static final String ROOT = "ca.quebec.catalogue";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void noTwoRoomsImportEachOther() {
        slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void theKernelImportsNoRoomAndNoHttpType() {
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".kernel.."))))
                .check(MAIN);
        noClasses().that().resideInAPackage(ROOT + ".kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..", "io.vertx..")
                .check(MAIN);
    }

    @Test
    void theHttpEdgeImportsOnlyTheKernel() {
        noClasses().that().resideInAPackage(ROOT + ".web..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..").and(not(resideInAPackage(ROOT + ".kernel.."))
                        .and(not(resideInAPackage(ROOT + ".web..")))))
                .check(MAIN);
    }

    @Test
    void servicesRulesAndRepositoriesImportNoJaxRsType() {
        noClasses().that().haveSimpleNameEndingWith("Service").or().haveSimpleNameEndingWith("Repository")
                .or().haveSimpleNameEndingWith("Rules").or().haveSimpleNameEndingWith("Policy")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.jboss.resteasy..")
                .check(MAIN);
    }

    @Test
    void representationsAreRecords() {
        classes().that().haveSimpleNameEndingWith("View").or().haveSimpleNameEndingWith("Input")
                .and().areNotInterfaces().and().areTopLevelClasses()
                .should().beRecords().check(MAIN);
    }

    /**
     * Who may see what is written in the visibility room only: outside it, no JPQL
     * names a lifecycle state, no Lucene query filters on it, no code redacts a
     * contact or branches on being authenticated to choose what to show.
     */
    @Test
    void visibilityIsDecidedInOnePlace() throws IOException {
        List<Pattern> copies = List.of(
                Pattern.compile("'(submitted|published|rejected|archived)'"),
                Pattern.compile("status in \\("),
                Pattern.compile("new Term\\(Fields\\.(STATUS|SUBMITTED_BY)"),
                Pattern.compile("new Contact\\(null, null, null"),
                Pattern.compile("authenticated\\(\\) \\?|authenticated \\?"));
        List<String> found = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = Files.walk(java.nio.file.Path.of("src/main/java/ca/quebec/catalogue"))) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith(".java") && !f.toString().contains("/visibility/")).toList()) {
                String text = Files.readString(file);
                for (Pattern copy : copies) {
                    if (copy.matcher(text).find()) {
                        found.add(file + ": " + copy);
                    }
                }
            }
        }
        assertEquals(List.of(), found);
    }

    /** Which room serves a path: the first pattern that matches wins. */
    private static final Map<String, String> ROOMS = new LinkedHashMap<>();

    static {
        ROOMS.put("/api/v1/export/dcat", "dcat");
        ROOMS.put("/api/v1/feeds(/.*)?", "feed");
        ROOMS.put(".*/usages(/.*)?", "usage");
        ROOMS.put(".*/inventory(/.*)?", "inventory");
        ROOMS.put("/api/v1/reconcile(/.*)?", "reconciliation");
        ROOMS.put(".*/(history|changes)", "changes");
        ROOMS.put(".*/(approve|reject|archive)", "moderation");
        ROOMS.put("/api/v1/(admin|me)(/.*)?", "security");
        ROOMS.put("/api/v1/(search|suggest)", "search");
        ROOMS.put("/api/v1/organizations(/.*)?", "organization");
        ROOMS.put("/api/v1/software(/.*)?", "software");
        ROOMS.put("/api/v1/solutions(/.*)?", "solution");
        ROOMS.put("/api/v1/categories(/.*)?", "category");
        ROOMS.put("/api/v1/licences(/.*)?", "licence");
        ROOMS.put("/api/v1/publiccode(/.*)?", "publiccode");
        ROOMS.put("/api/v1/webhooks(/.*)?", "webhook");
        ROOMS.put("/api/v1/export(/.*)?", "export");
        ROOMS.put("/api/v1/statistics", "statistics");
        ROOMS.put("/problems/.*", "web");
        // The portal's pages: French at the root, English under /en/, and the site map.
        ROOMS.put("|/en|/recherche|/en/search|/statistiques|/en/statistics|/sitemap\\.xml"
                + "|/(logiciels|solutions|organismes|categories)/\\{id}|/en/(software|solutions|organizations|categories)/\\{id}", "portal");
    }

    @Test
    void everyEndpointLivesInTheRoomThatOwnsIt() {
        List<String> misplaced = new ArrayList<>();
        int endpoints = 0;
        for (JavaClass resource : MAIN) {
            if (!resource.isAnnotatedWith(Path.class)) {
                continue;
            }
            String base = resource.getAnnotationOfType(Path.class).value();
            for (JavaMethod method : resource.getMethods()) {
                if (method.getAnnotations().stream().noneMatch(a -> a.getRawType().isAnnotatedWith(jakarta.ws.rs.HttpMethod.class))) {
                    continue;
                }
                endpoints++;
                String path = (base + (method.isAnnotatedWith(Path.class) ? "/" + method.getAnnotationOfType(Path.class).value() : ""))
                        .replaceAll("\\{(\\w+):[^}]*}", "{$1}").replaceAll("/+", "/").replaceAll("/$", "");
                String room = ROOMS.entrySet().stream().filter(e -> path.matches(e.getKey())).map(Map.Entry::getValue).findFirst()
                        .orElse("?");
                String actual = resource.getPackageName().substring(ROOT.length() + 1);
                if (!actual.equals(room)) {
                    misplaced.add(path + " in " + actual + ", expected " + room);
                }
            }
        }
        assertTrue(endpoints > 40, "the scan found the endpoints: " + endpoints);
        assertEquals(List.of(), misplaced);
    }
}
