package ca.quebec.catalogue.export;

import static ca.quebec.catalogue.testing.Api.api;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import ca.quebec.catalogue.testing.WritesProfile;

/** The CSV exports read back with commons-csv: RFC 4180, a BOM, the documented columns, one row per item. */
@QuarkusTest
@TestProfile(WritesProfile.class)
class CsvExportTest {

    /** The columns as the README and the contract document them: changing them breaks consumers, and this test. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "software.csv      | /api/v1/software      | id,name,aliases,descriptionFr,descriptionEn,licence,osiApproved,fsfLibre,freeSoftware,curatorNoteFr,curatorNoteEn,homepage,repository,categories,keywords,platforms,usageCount,createdAt,updatedAt",
            "solutions.csv     | /api/v1/solutions     | id,name,aliases,descriptionFr,descriptionEn,licence,osiApproved,fsfLibre,owner,ownerName,developmentStatus,softwareType,maintenance,homepage,repository,documentation,categories,keywords,platforms,availableLanguages,dependsOn,publicContacts,usageCount,createdAt,updatedAt",
            "organizations.csv | /api/v1/organizations | id,nameFr,nameEn,acronym,aliases,type,parent,website,usageCount,createdAt,updatedAt",
            "usages.csv        |                       | kind,record,recordName,organization,organizationName,installations,versions,status,since,useCaseFr,useCaseEn,source,createdAt,updatedAt" })
    void readsBackWithTheDocumentedColumnsAndOneRowPerItem(String file, String list, String columns) throws IOException {
        List<CSVRecord> rows = read(file, columns);
        long expected = list != null ? api().get(list + "?limit=1").then().extract().jsonPath().getLong("meta.total")
                : api().get("/api/v1/export/catalogue.json").then().extract().jsonPath().getList("usages").size();
        assertEquals(expected, rows.size(), file + ": one row per item");
        List<String> keys = rows.stream().map(r -> file.equals("usages.csv") ? r.get("kind") + "/" + r.get("record") + "/" + r.get("organization")
                : r.get("id")).toList();
        assertEquals(keys.size(), keys.stream().distinct().count(), file + ": each item once");
    }

    @Test
    void aSoftwareRowSaysWhatTheApiSays() throws IOException {
        Map<String, Object> firefox = api().get("/api/v1/software/firefox").then().statusCode(200).extract().jsonPath().getMap("");
        CSVRecord row = read("software.csv", null).stream().filter(r -> r.get("id").equals("firefox")).findFirst().orElseThrow();
        assertEquals(firefox.get("name"), row.get("name"));
        assertEquals(((Map<?, ?>) firefox.get("licence")).get("expression"), row.get("licence"));
        assertEquals(String.valueOf(((Map<?, ?>) firefox.get("licence")).get("osiApproved")), row.get("osiApproved"));
        assertEquals(String.valueOf(firefox.get("usageCount")), row.get("usageCount"));
        assertEquals(String.join(";", (List<String>) firefox.get("categories")), row.get("categories"));
        assertEquals(((Map<?, ?>) firefox.get("description")).get("fr"), row.get("descriptionFr"));
        assertEquals(((Map<?, ?>) firefox.get("description")).get("en"), row.get("descriptionEn"));
    }

    @Test
    void anUnknownValueIsAnEmptyCell() throws IOException {
        // The seed keeps some licences unknown rather than guessed (data/README.md).
        List<CSVRecord> unknown = read("software.csv", null).stream().filter(r -> r.get("licence").isEmpty()).toList();
        assertTrue(!unknown.isEmpty(), "the seed has software whose licence is unknown");
        for (CSVRecord row : unknown) {
            assertEquals("", row.get("osiApproved"), row.get("id"));
            assertEquals("", row.get("fsfLibre"), row.get("id"));
        }
    }

    @Test
    void accentsSurviveTheRoundTrip() throws IOException {
        CSVRecord row = read("organizations.csv", null).stream().filter(r -> r.get("id").equals("sct")).findFirst().orElseThrow();
        Map<String, Object> sct = api().get("/api/v1/organizations/sct").then().extract().jsonPath().getMap("");
        assertEquals(((Map<?, ?>) sct.get("name")).get("fr"), row.get("nameFr"));
        assertTrue(row.get("nameFr").contains("é") || row.get("nameFr").contains("è") || row.get("nameFr").contains("ô"), row.get("nameFr"));
    }

    /** The export's rows, after checking the BOM, the CRLF line ends and (when given) the header. */
    static List<CSVRecord> read(String file, String columns) throws IOException {
        byte[] bytes = api().get("/api/v1/export/" + file).then().statusCode(200)
                .contentType("text/csv;charset=UTF-8;header=present").extract().asByteArray();
        assertArrayEquals(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF }, Arrays.copyOf(bytes, 3), file + ": UTF-8 byte order mark");
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.endsWith("\r\n"), file + ": RFC 4180 line ends");
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text))) {
            if (columns != null) {
                assertEquals(List.of(columns.split(",")), parser.getHeaderNames(), file + ": the documented columns, in order");
                assertEquals(CsvExports.header(ExportFormat.byFile(file).orElseThrow()), parser.getHeaderNames());
            }
            List<CSVRecord> rows = parser.getRecords();
            for (CSVRecord row : rows) {
                assertTrue(row.isConsistent(), file + ": row " + row.getRecordNumber() + " has every column");
            }
            return rows;
        }
    }
}
