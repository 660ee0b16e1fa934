package ca.quebec.catalogue.solution;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Our own solution fixtures: a JSON submission and the publiccode.yml files under solutions/. */
public final class SolutionTestData {

    private SolutionTestData() {
    }

    public static Map<String, Object> solution(String name, String repository) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("description", Map.of("fr", "Gestion des réservations de salles et d’équipements municipaux.",
                "en", "Booking of municipal rooms and equipment."));
        body.put("longDescription", Map.of(
                "fr", "Cette solution reçoit les demandes de réservation de salles et d’équipements, vérifie les disponibilités, "
                        + "calcule les tarifs selon les catégories d’usagers et envoie les confirmations par courriel.",
                "en", "This solution takes booking requests for rooms and equipment, checks availability, computes fees by "
                        + "category of user and sends confirmations by email to the people who booked."));
        body.put("features", Map.of("fr", List.of("Calendrier des disponibilités", "Tarification par catégorie"),
                "en", List.of("Availability calendar", "Fees by category")));
        body.put("licence", "LiLiQ-R-1.1");
        body.put("repository", repository);
        body.put("platforms", List.of("web", "linux"));
        body.put("developmentStatus", "stable");
        body.put("softwareType", "standalone/web");
        body.put("maintenance", Map.of("type", "internal"));
        body.put("contacts", List.of(
                Map.of("name", "Responsable Fictif", "email", "responsable@exemple.qc.ca", "role", "responsable du produit"),
                Map.of("name", "Soutien des solutions", "email", "solutions@exemple.qc.ca", "role", "boîte fonctionnelle", "public", true)));
        body.put("availableLanguages", List.of("fr", "en"));
        body.put("localisationReady", true);
        body.put("dependsOn", List.of("postgresql"));
        body.put("keywords", List.of("réservation", "booking"));
        return body;
    }

    static byte[] file(String name) {
        try (InputStream in = SolutionTestData.class.getResourceAsStream("/solutions/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
