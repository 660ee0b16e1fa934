package ca.quebec.catalogue.publiccode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Hostile or broken input comes back as a report with one error, never as an exception,
 * and is refused as soon as a limit is crossed: each test checks where reading stopped,
 * which shows the validator did not read (or build) more than it had to.
 */
class HostileYamlTest {

    private final PubliccodeValidator validator = Fixtures.validator();

    private PubliccodeIssue refused(byte[] yaml) {
        PubliccodeReport report = validator.validate(yaml);
        assertFalse(report.valid());
        assertEquals(1, report.errors().size(), () -> report.errors().toString());
        assertTrue(report.warnings().isEmpty());
        return report.errors().get(0);
    }

    private PubliccodeIssue refused(String fixture) {
        return refused(Fixtures.bytes("hostile/" + fixture));
    }

    private static void assertIssue(PubliccodeIssue issue, String code, String key, int line, int column) {
        assertEquals(List.of(code, key, line, column), List.of(issue.code(), issue.key(), issue.line(), issue.column()),
                issue::toString);
    }

    @Test
    void tooLargeIsRefusedBeforeBeingRead() {
        byte[] yaml = new byte[PubliccodeLimits.DEFAULT.maxBytes() + 1];
        java.util.Arrays.fill(yaml, (byte) '#');
        assertIssue(refused(yaml), "yaml-too-large", "", 0, 0);
        assertEquals(List.of(256), refused(yaml).args());
    }

    @Test
    void sizeLimitIsConfigurable() {
        PubliccodeValidator small = new PubliccodeValidator(Fixtures.LICENCES, new PubliccodeLimits(64, 32, 32, 20_000),
                Fixtures.TODAY);
        byte[] yaml = Fixtures.bytes("golden/valid-minimal.yml");
        assertEquals("yaml-too-large", small.validate(yaml).errors().get(0).code());
        assertTrue(validator.validate(yaml).valid());
    }

    @Test
    void emptyFile() {
        assertIssue(refused(new byte[0]), "yaml-empty", "", 0, 0);
        assertIssue(refused("# rien\n".getBytes(StandardCharsets.UTF_8)), "yaml-empty", "", 0, 0);
    }

    @Test
    void invalidUtf8PointsAtTheBadByte() {
        PubliccodeIssue issue = refused("latin1.yml");
        assertIssue(issue, "yaml-encoding", "", 2, 11);
        assertEquals(List.of(38), issue.args());
    }

    @Test
    void utf8ByteOrderMarkIsAccepted() {
        byte[] minimal = Fixtures.bytes("golden/valid-minimal.yml");
        byte[] withBom = new byte[minimal.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(minimal, 0, withBom, 3, minimal.length);
        assertTrue(validator.validate(withBom).valid());
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecondOne() {
        assertIssue(refused("duplicate-key.yml"), "yaml-duplicate-key", "legal.license", 5, 3);
    }

    @Test
    void nonStringKeysAreRefused() {
        assertIssue(refused("non-string-key.yml"), "yaml-key-not-string", "", 3, 1);
        assertIssue(refused("collection-key.yml"), "yaml-key-not-string", "", 2, 3);
    }

    @Test
    void secondDocumentIsRefusedWithoutBeingRead() {
        assertIssue(refused("multiple-documents.yml"), "yaml-multiple-documents", "", 3, 1);
    }

    @Test
    void recursiveAliasIsRefused() {
        assertIssue(refused("recursive.yml"), "yaml-recursive", "description.fr.shortDescription", 5, 23);
    }

    @Test
    void tagsNamingJavaTypesAreRefused() {
        PubliccodeIssue issue = refused("custom-tag.yml");
        assertIssue(issue, "yaml-tag", "name", 2, 7);
        assertEquals(List.of("tag:yaml.org,2002:java.lang.Runtime"), issue.args());
    }

    @Test
    void rootMustBeAMapping() {
        assertIssue(refused("root-list.yml"), "yaml-root-not-mapping", "", 1, 1);
    }

    @Test
    void syntaxErrorHasItsPlace() {
        PubliccodeIssue issue = refused("syntax.yml");
        assertEquals("yaml-syntax", issue.code());
        assertEquals(3, issue.line());
    }

    /** "Billion laughs": ten levels of ten aliases each. Refused at the 33rd alias, on line 6 of 12. */
    @Test
    void billionLaughsIsRefusedAtTheAliasLimit() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0.5\"\nl0: &l0 \"ha\"\n");
        for (int level = 1; level <= 10; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        PubliccodeIssue issue = refused(yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("yaml-aliases", issue.code());
        assertEquals(6, issue.line());
    }

    /**
     * Few aliases, but each multiplies: 4 levels of 8 aliases over a list of 50 items would expand
     * to 204,800 nodes. Refused by counting, when the count passes 20,000, without expanding.
     */
    @Test
    void expansionIsCountedNotPerformed() {
        StringBuilder yaml = new StringBuilder("publiccodeYmlVersion: \"0.5\"\nl0: &l0 [");
        for (int i = 0; i < 50; i++) {
            yaml.append(i == 0 ? "" : ", ").append("x");
        }
        yaml.append("]\n");
        for (int level = 1; level <= 4; level++) {
            yaml.append("l").append(level).append(": &l").append(level).append(" [");
            for (int i = 0; i < 8; i++) {
                yaml.append(i == 0 ? "" : ", ").append("*l").append(level - 1);
            }
            yaml.append("]\n");
        }
        PubliccodeIssue issue = refused(yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("yaml-too-many-nodes", issue.code());
        assertEquals(List.of(20_000), issue.args());
        assertEquals(5, issue.line());
    }

    /** 100,000 opening brackets: refused at the 33rd, column 33, before the rest is scanned. */
    @Test
    void deepFlowNestingIsRefusedAtTheLimit() {
        String yaml = "x: " + "[".repeat(100_000);
        PubliccodeIssue issue = refused(yaml.getBytes(StandardCharsets.UTF_8));
        assertEquals("yaml-too-deep", issue.code());
        assertEquals(List.of(32), issue.args());
        assertEquals(1, issue.line());
        assertEquals(4 + 31, issue.column());
    }

    @Test
    void deepBlockNestingIsRefusedAtTheLimit() {
        StringBuilder yaml = new StringBuilder();
        for (int depth = 0; depth < 200; depth++) {
            yaml.append("  ".repeat(depth)).append("k").append(depth).append(":\n");
        }
        yaml.append("  ".repeat(200)).append("fin\n");
        PubliccodeIssue issue = refused(yaml.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals("yaml-too-deep", issue.code());
        assertEquals(33, issue.line());
    }

    @Test
    void fewAliasesArePlainYaml() {
        String yaml = new String(Fixtures.bytes("golden/valid-minimal.yml"), StandardCharsets.UTF_8)
                .replace("  license: LiLiQ-R-1.1", "  license: &licence LiLiQ-R-1.1\n  mainCopyrightOwner: *licence");
        assertTrue(validator.validate(yaml.getBytes(StandardCharsets.UTF_8)).valid());
    }

    /** snakeyaml-engine reads in 1,024-character chunks; an emoji across a chunk's end must not break it. */
    @Test
    void surrogatePairOnABufferBoundaryIsRead() {
        for (int shift = 0; shift < 4; shift++) {
            String prefix = "publiccodeYmlVersion: \"0.5\"\nname: \"";
            String name = "a".repeat(1024 - prefix.length() - 1 + shift) + "\uD83D\uDE00";
            PubliccodeReport report = validator.validate((prefix + name + "\"\n").getBytes(StandardCharsets.UTF_8));
            assertTrue(report.errors().stream().noneMatch(e -> e.code().startsWith("yaml-")), report::toString);
        }
    }
}
