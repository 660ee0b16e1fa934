package ca.quebec.catalogue.web;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the service. Before Quarkus starts its HTTP server, it turns off
 * Quarkus' own check of request URIs, which answers a malformed one with an
 * empty 400 before any route: {@link EdgeErrors} checks them instead and answers
 * problem+json like every other refusal. (Tests set the same property in the build.)
 */
@QuarkusMain
public class CatalogueMain {

    public static void main(String... args) {
        System.setProperty("vertx.disableURIValidation", "true");
        Quarkus.run(args);
    }
}
