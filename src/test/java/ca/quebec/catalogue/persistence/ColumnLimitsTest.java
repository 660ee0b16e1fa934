package ca.quebec.catalogue.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Role;
import ca.quebec.catalogue.kernel.Vocabulary;
import ca.quebec.catalogue.licence.LicenceRegistry;
import ca.quebec.catalogue.organization.OrganizationService;
import ca.quebec.catalogue.organization.OrganizationType;
import ca.quebec.catalogue.publiccode.PubliccodeLimits;
import ca.quebec.catalogue.record.Platform;
import ca.quebec.catalogue.record.RecordRules;
import ca.quebec.catalogue.solution.DevelopmentStatus;
import ca.quebec.catalogue.solution.MaintenanceType;
import ca.quebec.catalogue.solution.SoftwareType;
import ca.quebec.catalogue.solution.SolutionInput;
import ca.quebec.catalogue.usage.InstallationRange;
import ca.quebec.catalogue.usage.UsageInput;
import ca.quebec.catalogue.usage.UsageStatus;
import ca.quebec.catalogue.visibility.Contact;
import ca.quebec.catalogue.visibility.RecordStatus;

/**
 * Every limit the database has is one of the API: for each column, the largest
 * value that validation lets through (as stored: JSON for lists and structures,
 * with every character escaped at worst) fits the column's size, read from the
 * database itself. A column narrower than what the API accepts fails here, not
 * with a 500 in production.
 */
@QuarkusTest
class ColumnLimitsTest {

    @Inject
    EntityManager em;

    /** Worst case of a JSON string of n characters: quotes, and every character escaped (\" or \\). */
    static int string(int n) {
        return 2 * n + 2;
    }

    /** Worst case of a JSON array of up to `items` values of the given size. */
    static int array(int items, int each) {
        return 2 + items * (each + 1);
    }

    static <E extends Enum<E> & Vocabulary> int longest(Class<E> vocabulary) {
        return Vocabulary.words(vocabulary).stream().mapToInt(String::length).max().orElseThrow();
    }

    /** {"name":…,"email":…,"phone":…,"role":…,"public":false} at its largest. */
    static final int CONTACT = 60 + string(Checks.NAME_MAX) + string(Checks.EMAIL_MAX) + string(40) + string(Checks.NAME_MAX);
    /** {"name":…,"until":"YYYY-MM-DD","email":…,"website":…} at its largest. */
    static final int CONTRACTOR = 60 + string(Checks.NAME_MAX) + 12 + string(Checks.EMAIL_MAX) + string(Checks.URL_MAX);

    static Map<String, Integer> largestValidValues() {
        Map<String, Integer> largest = new LinkedHashMap<>();
        largest.put("organization.id", OrganizationService.ID_MAX);
        largest.put("organization.name_fr", Checks.NAME_MAX);
        largest.put("organization.name_en", Checks.NAME_MAX);
        largest.put("organization.acronym", OrganizationService.ACRONYM_MAX);
        largest.put("organization.aliases", array(OrganizationService.ALIASES_MAX, string(Checks.ITEM_MAX)));
        largest.put("organization.type", longest(OrganizationType.class));
        largest.put("organization.parent_id", OrganizationService.ID_MAX);
        largest.put("organization.website", Checks.URL_MAX);
        largest.put("catalogue_record.id", RecordRules.ID_MAX);
        largest.put("catalogue_record.name", Checks.NAME_MAX);
        largest.put("catalogue_record.normalized_name", Checks.NAME_MAX);
        largest.put("catalogue_record.aliases", array(Checks.LIST_MAX, string(Checks.NAME_MAX)));
        largest.put("catalogue_record.description_fr", Checks.TEXT_MAX);
        largest.put("catalogue_record.description_en", Checks.TEXT_MAX);
        largest.put("catalogue_record.licence", LicenceRegistry.EXPRESSION_MAX);
        largest.put("catalogue_record.curator_note_fr", Checks.TEXT_MAX);
        largest.put("catalogue_record.curator_note_en", Checks.TEXT_MAX);
        largest.put("catalogue_record.homepage", Checks.URL_MAX);
        largest.put("catalogue_record.repository", Checks.URL_MAX);
        largest.put("catalogue_record.normalized_repository", Checks.URL_MAX);
        largest.put("catalogue_record.keywords", array(Checks.LIST_MAX, string(Checks.ITEM_MAX)));
        largest.put("catalogue_record.platforms", array(Checks.LIST_MAX, string(longest(Platform.class))));
        largest.put("catalogue_record.status", longest(RecordStatus.class));
        largest.put("catalogue_record.status_reason", Checks.TEXT_MAX);
        largest.put("catalogue_record.submitted_by", OrganizationService.ID_MAX);
        largest.put("catalogue_record.owner_id", OrganizationService.ID_MAX);
        largest.put("catalogue_record.development_status", longest(DevelopmentStatus.class));
        largest.put("catalogue_record.software_type", longest(SoftwareType.class));
        largest.put("catalogue_record.maintenance_type", longest(MaintenanceType.class));
        largest.put("catalogue_record.maintenance_contractors", array(SolutionInput.CONTRACTORS_MAX, CONTRACTOR));
        largest.put("catalogue_record.contacts", array(Contact.MAX, CONTACT));
        largest.put("catalogue_record.documentation", Checks.URL_MAX);
        largest.put("catalogue_record.depends_on", array(Checks.LIST_MAX, string(RecordRules.ID_MAX)));
        largest.put("catalogue_record.long_description_fr", SolutionInput.LONG_DESCRIPTION_MAX);
        largest.put("catalogue_record.long_description_en", SolutionInput.LONG_DESCRIPTION_MAX);
        largest.put("catalogue_record.features", 20 + 2 * array(Checks.LIST_MAX, string(Checks.NAME_MAX)));
        largest.put("catalogue_record.available_languages", array(Checks.LIST_MAX, string(SolutionInput.LANGUAGE_MAX)));
        largest.put("catalogue_record.publiccode", PubliccodeLimits.DEFAULT.maxBytes());
        largest.put("catalogue_record.publiccode_details", 1_000_000);
        largest.put("record_usage.organization_id", OrganizationService.ID_MAX);
        largest.put("record_usage.installations", longest(InstallationRange.class));
        largest.put("record_usage.versions", array(Checks.LIST_MAX, string(UsageInput.VERSION_MAX)));
        largest.put("record_usage.status", longest(UsageStatus.class));
        largest.put("record_usage.since", "YYYY-MM-DD".length());
        largest.put("record_usage.use_case_fr", Checks.TEXT_MAX);
        largest.put("record_usage.use_case_en", Checks.TEXT_MAX);
        largest.put("record_usage.contacts", array(Contact.MAX, CONTACT));
        largest.put("api_key.organization_id", OrganizationService.ID_MAX);
        largest.put("api_key.role", longest(Role.class));
        largest.put("api_key.label", Checks.NAME_MAX);
        largest.put("change_log.record_id", Math.max(RecordRules.ID_MAX, OrganizationService.ID_MAX));
        largest.put("change_log.subject", "usages/".length() + OrganizationService.ID_MAX);
        largest.put("change_log.actor_label", Checks.NAME_MAX);
        return largest;
    }

    @Test
    @Transactional
    void everyColumnHoldsTheLargestValueTheApiAccepts() {
        Map<String, Integer> sizes = new HashMap<>();
        for (Object row : em.createNativeQuery("select lower(table_name), lower(column_name), character_maximum_length "
                + "from information_schema.columns where lower(table_schema) = 'public' and character_maximum_length is not null")
                .getResultList()) {
            Object[] columns = (Object[]) row;
            sizes.put(columns[0] + "." + columns[1], ((Number) columns[2]).intValue());
        }
        List<String> tooNarrow = new ArrayList<>();
        for (Map.Entry<String, Integer> largest : largestValidValues().entrySet()) {
            Integer size = sizes.get(largest.getKey());
            assertNotNull(size, "no such column: " + largest.getKey());
            if (size < largest.getValue()) {
                tooNarrow.add(largest.getKey() + " holds " + size + " characters, the API accepts up to " + largest.getValue());
            }
        }
        assertEquals(List.of(), tooNarrow);
    }

    @Test
    void theWorstCaseArithmeticIsRight() {
        assertEquals(6, string(2), "\"\\\"\\\"\" is six characters");
        assertEquals(2 + 3 * 7, array(3, 6));
    }
}
