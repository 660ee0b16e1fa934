package ca.quebec.catalogue.record;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import com.fasterxml.jackson.databind.ObjectMapper;

import ca.quebec.catalogue.category.Category;
import ca.quebec.catalogue.category.CategoryRepository;
import ca.quebec.catalogue.kernel.BilingualText;
import ca.quebec.catalogue.kernel.Caller;
import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.ProblemException;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.SignIn;
import ca.quebec.catalogue.kernel.Violation;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.software.Software;
import ca.quebec.catalogue.solution.Solution;
import ca.quebec.catalogue.visibility.VisibilityPolicy;

/** The rules software and solutions share, with hand-made collaborators instead of a database. */
class RecordRulesTest {

    // The bundled SPDX list, read once: the licence rules are the real ones.
    private static final LicenceRegistry LICENCES = new LicenceRegistry(new ObjectMapper());

    private static final Caller CONTRIBUTOR = new Caller("key-contrib", "ville-exemple", Role.CONTRIBUTOR, "Ville d'Exemple", SignIn.API_KEY);
    private static final Caller CURATOR = new Caller("key-curator", "mcn", Role.CURATOR, "Ministère", SignIn.API_KEY);

    private static final String PLATFORMS = "windows, macos, linux, unix, bsd, android, ios, web";

    /** Categories known to the fake repository; anything else is unknown. */
    private static final Set<String> CATEGORIES = Set.of("graphics", "office", "education");

    private static final CategoryRepository CATEGORY_REPOSITORY = new CategoryRepository() {
        @Override
        public Category findById(String id) {
            if (!CATEGORIES.contains(id)) {
                return null;
            }
            Category category = new Category();
            category.id = id;
            category.nameFr = id;
            category.nameEn = id;
            return category;
        }
    };

    /** property -> value -> the records holding it (published gimp; krita submitted by mern, not yet public); the look-ups made. */
    private final Map<String, Map<String, List<RecordRepository.Summary>>> stored = Map.of(
            "id", Map.of("gimp", List.of(new RecordRepository.Summary(7, "gimp", "published", null)),
                    "krita", List.of(new RecordRepository.Summary(9, "krita", "submitted", "mern")),
                    "krita-2", List.of(new RecordRepository.Summary(10, "krita-2", "submitted", "mern"))),
            "normalizedName", Map.of("gimp", List.of(new RecordRepository.Summary(7, "gimp", "published", null)),
                    "krita", List.of(new RecordRepository.Summary(9, "krita", "submitted", "mern"))),
            "normalizedRepository", Map.of("gitlab.gnome.org/gnome/gimp", List.of(new RecordRepository.Summary(7, "gimp", "published", null))));
    private final List<String> lookups = new ArrayList<>();

    private final RecordRepository records = new RecordRepository(null) {
        @Override
        public List<Summary> others(Class<? extends CatalogueRecord> type, String property, String value, Long exceptPk) {
            lookups.add(type.getSimpleName() + " " + property + "=" + value);
            // The record being updated is not its own duplicate.
            return stored.getOrDefault(property, Map.of()).getOrDefault(value, List.of()).stream()
                    .filter(r -> !Long.valueOf(r.pk()).equals(exceptPk)).toList();
        }
    };

    private final RecordRules rules = new RecordRules(LICENCES, CATEGORY_REPOSITORY, records);

    /** A submission; the with… methods change one field of a valid one. */
    record Input(String id, String name, List<String> aliases, BilingualText description, String licence, Boolean freeSoftware,
            BilingualText curatorNote, String homepage, String repository, List<String> categories, List<String> keywords,
            List<String> platforms) implements DescriptiveInput {

        static Input valid() {
            return new Input(null, "GIMP", List.of("GNU Image Manipulation Program"),
                    new BilingualText("Retouche d'images matricielles", "Raster image editing"), "GPL-3.0-or-later", null, null,
                    "https://www.gimp.org", "https://gitlab.gnome.org/GNOME/gimp", List.of("graphics"), List.of("image", "photo"),
                    List.of("linux", "windows", "macos"));
        }

        static Input minimal() {
            return new Input(null, "GIMP", null, new BilingualText("Retouche d'images", null), null, null, null, null, null, null,
                    null, null);
        }

        Input withId(String v) {
            return new Input(v, name, aliases, description, licence, freeSoftware, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withName(String v) {
            return new Input(id, v, aliases, description, licence, freeSoftware, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withAliases(List<String> v) {
            return new Input(id, name, v, description, licence, freeSoftware, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withDescription(BilingualText v) {
            return new Input(id, name, aliases, v, licence, freeSoftware, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withLicence(String v) {
            return new Input(id, name, aliases, description, v, freeSoftware, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withFreeSoftware(Boolean v) {
            return new Input(id, name, aliases, description, licence, v, curatorNote, homepage, repository, categories, keywords, platforms);
        }

        Input withCuratorNote(BilingualText v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, v, homepage, repository, categories, keywords, platforms);
        }

        Input withHomepage(String v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, curatorNote, v, repository, categories, keywords, platforms);
        }

        Input withRepository(String v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, curatorNote, homepage, v, categories, keywords, platforms);
        }

        Input withCategories(List<String> v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, curatorNote, homepage, repository, v, keywords, platforms);
        }

        Input withKeywords(List<String> v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, curatorNote, homepage, repository, categories, v, platforms);
        }

        Input withPlatforms(List<String> v) {
            return new Input(id, name, aliases, description, licence, freeSoftware, curatorNote, homepage, repository, categories, keywords, v);
        }
    }

    private List<Violation> check(Input in, Caller caller) {
        Checks checks = new Checks();
        rules.check(in, caller, checks);
        return checks.violations();
    }

    // --- check ---------------------------------------------------------------------------

    static Stream<Arguments> validInputs() {
        return Stream.of(
                Arguments.of("full submission", Input.valid(), CONTRIBUTOR),
                Arguments.of("only what is required", Input.minimal(), CONTRIBUTOR),
                Arguments.of("explicit id", Input.valid().withId("le-gimp"), CONTRIBUTOR),
                Arguments.of("licence in another case", Input.valid().withLicence("gpl-3.0-or-later OR mit"), CONTRIBUTOR),
                Arguments.of("LicenseRef", Input.valid().withLicence("LicenseRef-Maison"), CONTRIBUTOR),
                Arguments.of("name of exactly 200 characters", Input.valid().withName("a".repeat(200)), CONTRIBUTOR),
                Arguments.of("name that grows to 195 letters once normalized", Input.valid().withName("\uFDFA".repeat(13)), CONTRIBUTOR),
                Arguments.of("curator note from a curator", Input.valid().withCuratorNote(new BilingualText("Licence à confirmer", null)), CURATOR),
                Arguments.of("every platform", Input.valid().withPlatforms(List.of(PLATFORMS.split(", "))), CONTRIBUTOR),
                Arguments.of("several known categories", Input.valid().withCategories(List.of("graphics", "education")), CONTRIBUTOR));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void aValidInputHasNoViolation(String label, Input in, Caller caller) {
        assertEquals(List.of(), check(in, caller));
    }

    static Stream<Arguments> invalidInputs() {
        Input valid = Input.valid();
        return Stream.of(
                Arguments.of("missing name", valid.withName(null), CONTRIBUTOR,
                        List.of(Violation.of("/name", "required"))),
                Arguments.of("blank name", valid.withName("   "), CONTRIBUTOR,
                        List.of(Violation.of("/name", "required"))),
                Arguments.of("name without letters", valid.withName("---"), CONTRIBUTOR,
                        List.of(Violation.of("/name", "name-without-letters"))),
                Arguments.of("name too long", valid.withName("a".repeat(201)), CONTRIBUTOR,
                        List.of(Violation.of("/name", "too-long", 200, 201))),
                // 14 characters, whose stored form (taken apart by NFKD, 15 letters each) is 210: it would not fit its column.
                Arguments.of("name that grows past the bound once normalized", valid.withName("\uFDFA".repeat(14)), CONTRIBUTOR,
                        List.of(Violation.of("/name", "too-long", 200, 210))),
                Arguments.of("id not a slug", valid.withId("Le GIMP"), CONTRIBUTOR,
                        List.of(Violation.of("/id", "slug", 80))),
                Arguments.of("duplicate alias", valid.withAliases(List.of("Gimp", "Gimp")), CONTRIBUTOR,
                        List.of(Violation.of("/aliases/1", "duplicate", "Gimp"))),
                Arguments.of("no description", valid.withDescription(null), CONTRIBUTOR,
                        List.of(Violation.of("/description", "required"))),
                Arguments.of("description without French", valid.withDescription(new BilingualText(null, "Image editing")), CONTRIBUTOR,
                        List.of(Violation.of("/description/fr", "required"))),
                Arguments.of("deprecated SPDX id", valid.withLicence("GPL-2.0"), CONTRIBUTOR,
                        List.of(Violation.of("/licence", "licence-deprecated-id", "GPL-2.0"))),
                Arguments.of("incomplete SPDX expression", valid.withLicence("MIT OR"), CONTRIBUTOR,
                        List.of(Violation.of("/licence", "licence-missing-id", ""))),
                Arguments.of("unknown SPDX id", valid.withLicence("GPL-9.0"), CONTRIBUTOR,
                        List.of(Violation.of("/licence", "licence-unknown-id", "GPL-9.0"))),
                Arguments.of("ftp homepage", valid.withHomepage("ftp://ftp.gimp.org/pub"), CONTRIBUTOR,
                        List.of(Violation.of("/homepage", "url"))),
                Arguments.of("javascript homepage", valid.withHomepage("javascript:alert(1)"), CONTRIBUTOR,
                        List.of(Violation.of("/homepage", "url"))),
                Arguments.of("relative repository", valid.withRepository("gitlab.gnome.org/GNOME/gimp"), CONTRIBUTOR,
                        List.of(Violation.of("/repository", "url"))),
                Arguments.of("unknown category", valid.withCategories(List.of("nope", "graphics")), CONTRIBUTOR,
                        List.of(Violation.of("/categories/0", "unknown-category", "nope"))),
                Arguments.of("duplicate keyword", valid.withKeywords(List.of("image", "image")), CONTRIBUTOR,
                        List.of(Violation.of("/keywords/1", "duplicate", "image"))),
                Arguments.of("unknown platform", valid.withPlatforms(List.of("amiga")), CONTRIBUTOR,
                        List.of(Violation.of("/platforms/0", "enum", "amiga", PLATFORMS))),
                Arguments.of("curator note from a contributor", valid.withCuratorNote(new BilingualText("Note", null)), CONTRIBUTOR,
                        List.of(Violation.of("/curatorNote", "curator-only"))),
                Arguments.of("curator note without French", valid.withCuratorNote(new BilingualText(null, "Note")), CURATOR,
                        List.of(Violation.of("/curatorNote/fr", "required"))),
                // Every refused value is reported at once, in the order of the fields.
                Arguments.of("several faults", valid.withName("---").withHomepage("ftp://x.org").withPlatforms(List.of("linux", "amiga")),
                        CONTRIBUTOR, List.of(Violation.of("/name", "name-without-letters"), Violation.of("/homepage", "url"),
                                Violation.of("/platforms/1", "enum", "amiga", PLATFORMS))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void eachFaultIsReportedAtItsPointer(String label, Input in, Caller caller, List<Violation> expected) {
        assertEquals(expected, check(in, caller));
    }

    // --- apply ---------------------------------------------------------------------------

    private Software applied(UnaryOperator<Input> change) {
        Software s = new Software();
        rules.apply(s, change.apply(Input.valid()));
        return s;
    }

    @Test
    void applyCopiesTheCoreInItsStoredForm() {
        Software s = applied(in -> in.withName("  GIMP 2 — Éditeur  ").withLicence("gpl-3.0-or-later OR mit")
                .withRepository("https://www.GitLab.gnome.org/GNOME/gimp.git/"));
        assertEquals("GIMP 2 — Éditeur", s.name);
        assertEquals("gimp2editeur", s.normalizedName);
        assertEquals("GPL-3.0-or-later OR MIT", s.licence);
        assertEquals(Set.of("GPL-3.0-or-later", "MIT"), s.licenceIds);
        assertEquals(Boolean.TRUE, s.freeSoftware);
        assertEquals("https://www.GitLab.gnome.org/GNOME/gimp.git/", s.repository);
        assertEquals("gitlab.gnome.org/gnome/gimp", s.normalizedRepository);
        assertEquals("https://www.gimp.org", s.homepage);
        assertEquals("Retouche d'images matricielles", s.descriptionFr);
        assertEquals("Raster image editing", s.descriptionEn);
        assertEquals(List.of("GNU Image Manipulation Program"), s.aliases);
        assertEquals(Set.of("graphics"), s.categories);
        assertEquals(List.of("image", "photo"), s.keywords);
        assertEquals(List.of("linux", "windows", "macos"), s.platforms);
        assertNull(s.curatorNoteFr);
        assertNull(s.curatorNoteEn);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // Approved by both, by the OSI only, by the FSF only: free software.
            "MIT                  | true",
            "0BSD                 | true",
            "WTFPL                | true",
            // OR: one free way is enough.
            "Elastic-2.0 OR MIT   | true",
            // Approved by neither, or not on the list: nobody can say from the licence alone.
            "Elastic-2.0          | null",
            "LicenseRef-Maison    | null",
            "MIT AND Elastic-2.0  | null" })
    void freeSoftwareIsDerivedFromAnApprovedLicence(String licence, Boolean expected) {
        assertEquals(expected, applied(in -> in.withLicence(licence)).freeSoftware);
    }

    @Test
    void aLicenseRefIsKeptButNamesNoSpdxId() {
        Software s = applied(in -> in.withLicence("LicenseRef-Maison"));
        assertEquals("LicenseRef-Maison", s.licence);
        assertEquals(Set.of(), s.licenceIds);
        assertNull(s.freeSoftware);
    }

    @Test
    void noLicenceClearsTheLicenceAndLeavesFreeSoftwareUnknown() {
        Software s = new Software();
        s.licence = "MIT";
        s.licenceIds = new java.util.LinkedHashSet<>(Set.of("MIT"));
        s.freeSoftware = Boolean.TRUE;
        rules.apply(s, Input.minimal());
        assertNull(s.licence);
        assertEquals(Set.of(), s.licenceIds);
        assertNull(s.freeSoftware);
        // Absent lists are stored empty, not null.
        assertEquals(List.of(), s.aliases);
        assertEquals(Set.of(), s.categories);
        assertEquals(List.of(), s.keywords);
        assertEquals(List.of(), s.platforms);
        assertNull(s.normalizedRepository);
    }

    @Test
    void anExplicitFreeSoftwareWinsOverTheLicence() {
        // The 2017 inventory lists a few non-free products whatever their licence says.
        assertEquals(Boolean.FALSE, applied(in -> in.withLicence("MIT").withFreeSoftware(false)).freeSoftware);
        assertEquals(Boolean.TRUE, applied(in -> in.withLicence("Elastic-2.0").withFreeSoftware(true)).freeSoftware);
    }

    @Test
    void aCuratorNoteIsCopied() {
        Software s = applied(in -> in.withCuratorNote(new BilingualText("Licence à confirmer", "Licence to be confirmed")));
        assertEquals("Licence à confirmer", s.curatorNoteFr);
        assertEquals("Licence to be confirmed", s.curatorNoteEn);
    }

    // --- prepareNew ----------------------------------------------------------------------

    private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    @Test
    void aCuratorsRecordIsPublishedAtOnce() {
        Software s = new Software();
        RecordRules.prepareNew(s, CURATOR, NOW);
        assertEquals("published", s.status);
        assertEquals("mcn", s.submittedBy);
        assertEquals(1, s.revision);
        assertEquals(NOW, s.createdAt);
        assertEquals(NOW, s.updatedAt);
    }

    @Test
    void aContributorsRecordAwaitsModeration() {
        Software s = new Software();
        RecordRules.prepareNew(s, CONTRIBUTOR, NOW);
        assertEquals("submitted", s.status);
        assertEquals("ville-exemple", s.submittedBy);
        assertEquals(1, s.revision);
        assertEquals(NOW, s.createdAt);
        assertEquals(NOW, s.updatedAt);
    }

    @Test
    void anAdminActsAsACurator() {
        Software s = new Software();
        RecordRules.prepareNew(s, new Caller("key-admin", "mcn", Role.ADMIN, "Admin", SignIn.API_KEY), NOW);
        assertEquals("published", s.status);
    }

    // --- idFor ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            // An id asked for is kept as it is (check() judges it).
            "mon-id   | GIMP                  | mon-id",
            "mon-id   | null                  | mon-id",
            // Otherwise a slug of the name.
            "null     | GIMP                  | gimp",
            "null     | Éditeur C++ Québec    | editeur-cpp-quebec",
            "null     | C# & .NET             | csharp-net",
            "null     | '  LibreOffice  Calc '| libreoffice-calc",
            // No name: no id (check() reports the missing name).
            "null     | null                  | null" })
    void idForKeepsTheIdAskedForOrSlugsTheName(String id, String name, String expected) {
        Checks checks = new Checks();
        assertEquals(expected, RecordRules.idFor(Input.minimal().withId(id).withName(name), checks));
        assertEquals(List.of(), checks.violations());
    }

    @Test
    void aNameWithoutSlugCharactersNeedsAnId() {
        // "日本語" has letters, so the name is valid, but no ASCII slug can be made from it.
        Checks checks = new Checks();
        assertEquals("", RecordRules.idFor(Input.minimal().withName("日本語"), checks));
        assertEquals(List.of(Violation.of("/id", "required")), checks.violations());
    }

    // --- unusedId and refuseDuplicates ----------------------------------------------------

    static final VisibilityPolicy ANONYMOUS = VisibilityPolicy.ANONYMOUS;
    static final VisibilityPolicy MERN = VisibilityPolicy.of(new Caller("k", "mern", Role.CONTRIBUTOR, "t", SignIn.API_KEY));
    static final VisibilityPolicy MTESS = VisibilityPolicy.of(new Caller("k", "mtess", Role.CONTRIBUTOR, "t", SignIn.API_KEY));
    static final VisibilityPolicy CURATOR_SEES = VisibilityPolicy.of(new Caller("k", "sct", Role.CURATOR, "t", SignIn.API_KEY));

    private ProblemException refused(RecordKind kind, String normalizedName, String normalizedRepository, VisibilityPolicy policy) {
        Class<? extends CatalogueRecord> type = kind == RecordKind.SOFTWARE ? Software.class : Solution.class;
        return assertThrows(ProblemException.class,
                () -> rules.refuseDuplicates(type, kind, normalizedName, normalizedRepository, null, policy));
    }

    private static void assertConflict(ProblemException e, String type, String existingPath, String id) {
        assertEquals(409, e.status());
        assertEquals(type, e.type());
        assertEquals(existingPath, e.existing());
        assertEquals(Map.of("Link", "<" + existingPath + ">; rel=\"duplicate\""), e.headers());
        assertEquals(List.of(id), e.args());
    }

    @Test
    void theSameNormalizedNameOfAVisibleRecordIsADuplicate() {
        assertConflict(refused(RecordKind.SOFTWARE, "gimp", null, ANONYMOUS), "duplicate-name", "/api/v1/software/gimp", "gimp");
        assertConflict(refused(RecordKind.SOFTWARE, "krita", null, MERN), "duplicate-name", "/api/v1/software/krita", "krita");
        assertConflict(refused(RecordKind.SOFTWARE, "krita", null, CURATOR_SEES), "duplicate-name", "/api/v1/software/krita", "krita");
    }

    @Test
    void aRecordTheCallerMayNotSeeIsNoDuplicateForIt() {
        // Refusing would tell another body that mern submitted krita.
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "krita", null, null, MTESS);
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "krita", null, null, ANONYMOUS);
        assertEquals(List.of("Software normalizedName=krita", "Software normalizedName=krita"), lookups);
    }

    @Test
    void theSameRepositoryIsADuplicate() {
        assertConflict(refused(RecordKind.SOFTWARE, "autre", "gitlab.gnome.org/gnome/gimp", MTESS), "duplicate-repository",
                "/api/v1/software/gimp", "gimp");
    }

    @Test
    void aSolutionDuplicatePointsToTheSolutionsCollection() {
        assertConflict(refused(RecordKind.SOLUTION, "gimp", null, MTESS), "duplicate-name", "/api/v1/solutions/gimp", "gimp");
    }

    @Test
    void aNewRecordWithNothingInCommonPassesAndAnAbsentRepositoryIsNotLookedUp() {
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "inkscape", "gitlab.com/inkscape/inkscape", null, MTESS);
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "inkscape", null, null, MTESS);
        assertEquals(List.of("Software normalizedName=inkscape", "Software normalizedRepository=gitlab.com/inkscape/inkscape",
                "Software normalizedName=inkscape"), lookups);
    }

    @Test
    void aRecordIsNotADuplicateOfItself() {
        rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "gimp", "gitlab.gnome.org/gnome/gimp", 7L, MTESS);
        ProblemException e = assertThrows(ProblemException.class,
                () -> rules.refuseDuplicates(Software.class, RecordKind.SOFTWARE, "gimp", null, 8L, MTESS));
        assertEquals("duplicate-name", e.type());
    }

    @Test
    void anIdTakenByAVisibleRecordIsADuplicateNamingIt() {
        assertConflict(assertThrows(ProblemException.class, () -> rules.unusedId(Software.class, RecordKind.SOFTWARE, "gimp", true, MTESS)),
                "duplicate-id", "/api/v1/software/gimp", "gimp");
        assertConflict(assertThrows(ProblemException.class, () -> rules.unusedId(Software.class, RecordKind.SOFTWARE, "gimp", false, MTESS)),
                "duplicate-id", "/api/v1/software/gimp", "gimp");
    }

    @Test
    void anIdAskedForThatAHiddenRecordHoldsIsRefusedWithoutNamingIt() {
        ProblemException e = assertThrows(ProblemException.class, () -> rules.unusedId(Software.class, RecordKind.SOFTWARE, "krita", true, MTESS));
        assertEquals(409, e.status());
        assertEquals("id-taken", e.type());
        assertEquals(null, e.existing());
        assertEquals(Map.of(), e.headers());
    }

    @Test
    void aSlugThatHiddenRecordsHoldGetsTheNextFreeSuffix() {
        assertEquals("krita-3", rules.unusedId(Software.class, RecordKind.SOFTWARE, "krita", false, MTESS));
        assertEquals("inkscape", rules.unusedId(Software.class, RecordKind.SOFTWARE, "inkscape", false, MTESS));
    }
}
