package ca.quebec.catalogue.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import ca.quebec.catalogue.testing.Api;

/**
 * The contract checked in under openapi/ is the one the service serves. When
 * the code changes the contract on purpose, refresh the file with
 * {@code ./mvnw test -Dtest=ContractDriftTest -Dopenapi.update=true}, read the diff, commit.
 */
@QuarkusTest
class ContractDriftTest {

    @Test
    void checkedInContractIsTheServedOne() throws IOException {
        String served = given().accept("application/yaml").get("/q/openapi").then().statusCode(200).extract().asString();
        Path checkedIn = Path.of(Api.CONTRACT);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(checkedIn, served, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(checkedIn, StandardCharsets.UTF_8), served,
                "openapi/openapi.yaml differs from the contract the service serves at /q/openapi. If the change is intended, run "
                        + "./mvnw test -Dtest=ContractDriftTest -Dopenapi.update=true, review the diff and commit it.");
    }
}
