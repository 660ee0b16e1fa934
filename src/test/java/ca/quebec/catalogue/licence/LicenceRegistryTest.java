package ca.quebec.catalogue.licence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import com.fasterxml.jackson.databind.ObjectMapper;

/** SPDX expressions as the specification's annex D defines them, checked against the bundled list. */
class LicenceRegistryTest {

    private final LicenceRegistry registry = new LicenceRegistry(new ObjectMapper());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MIT                                         | MIT",
            "mit                                         | MIT",
            "gpl-2.0-or-later                            | GPL-2.0-or-later",
            "Apache-2.0 OR MIT                           | Apache-2.0 OR MIT",
            "LGPL-2.1-only AND MIT AND BSD-2-Clause      | LGPL-2.1-only AND MIT AND BSD-2-Clause",
            "GPL-2.0-or-later WITH Classpath-exception-2.0 | GPL-2.0-or-later WITH Classpath-exception-2.0",
            "(MIT OR Apache-2.0) AND BSD-3-Clause        | (MIT OR Apache-2.0) AND BSD-3-Clause",
            "((MIT))                                     | ((MIT))",
            "EPL-1.0+                                    | EPL-1.0+",
            "LicenseRef-Proprietaire-Quebec              | LicenseRef-Proprietaire-Quebec",
            "DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2 | DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2",
            "LiLiQ-R-1.1 OR LiLiQ-Rplus-1.1              | LiLiQ-R-1.1 OR LiLiQ-Rplus-1.1",
            "  MIT   OR   Apache-2.0                      | MIT OR Apache-2.0" })
    void validExpressionsAreWrittenInTheListsSpelling(String expression, String canonical) {
        LicenceRegistry.Check check = registry.check(expression);
        assertInstanceOf(LicenceRegistry.Valid.class, check, () -> expression + " should be valid: " + check);
        assertEquals(canonical, ((LicenceRegistry.Valid) check).expression().canonical());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "GPL-9.0                    | licence-unknown-id",
            "MIT OR                     | licence-missing-id",
            "AND MIT                    | licence-syntax",
            "MIT Apache-2.0             | licence-syntax",
            "(MIT OR Apache-2.0         | licence-unbalanced",
            "MIT)                       | licence-syntax",
            "MIT or Apache-2.0          | licence-syntax",
            "GPL-2.0-only WITH          | licence-missing-exception",
            "GPL-2.0-only WITH Nothing  | licence-unknown-exception",
            "Classpath-exception-2.0    | licence-exception-without-with",
            "MIT/Apache                 | licence-syntax",
            "Licence libre              | licence-unknown-id",
            "MIT ∧ Apache-2.0           | licence-character" })
    void invalidExpressionsSayWhy(String expression, String code) {
        LicenceRegistry.Check check = registry.check(expression);
        assertInstanceOf(LicenceRegistry.Invalid.class, check, () -> expression + " should be refused");
        assertEquals(code, ((LicenceRegistry.Invalid) check).code());
    }

    @Test
    void emptyAndTooLongAreRefused() {
        assertEquals("licence-empty", ((LicenceRegistry.Invalid) registry.check(" ")).code());
        assertEquals("licence-too-long", ((LicenceRegistry.Invalid) registry.check("MIT OR ".repeat(100) + "MIT")).code());
    }

    @Test
    void flagsFollowTheOperators() {
        // OR: one free way is enough. AND: every part must be.
        assertEquals(Boolean.TRUE, flagsOf("MIT OR Elastic-2.0").osiApproved());
        assertEquals(Boolean.FALSE, flagsOf("MIT AND Elastic-2.0").osiApproved());
        assertEquals(null, flagsOf("MIT AND LicenseRef-Inconnue").osiApproved());
        assertEquals(Boolean.TRUE, flagsOf("MIT OR LicenseRef-Inconnue").osiApproved());
        assertEquals(Set.of("GPL-2.0-or-later", "MIT"), flagsOf("GPL-2.0-or-later WITH Classpath-exception-2.0 OR MIT").licenceIds());
    }

    @Test
    void deprecatedIdsAreValidButRefusedForNewRecords() {
        LicenceRegistry.Valid valid = (LicenceRegistry.Valid) registry.check("GPL-2.0");
        assertEquals(java.util.List.of("GPL-2.0"), valid.deprecatedIds());
        assertTrue(registry.violation("/licence", "GPL-2.0").isPresent());
        assertEquals("licence-deprecated-id", registry.violation("/licence", "GPL-2.0").get().code());
        assertTrue(registry.violation("/licence", "GPL-2.0-only").isEmpty());
    }

    private LicenceExpression flagsOf(String expression) {
        return ((LicenceRegistry.Valid) registry.check(expression)).expression();
    }
}
