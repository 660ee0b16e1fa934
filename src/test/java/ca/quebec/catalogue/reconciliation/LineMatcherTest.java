package ca.quebec.catalogue.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import ca.quebec.catalogue.record.CatalogueRecord;
import ca.quebec.catalogue.search.SearchIndex;
import ca.quebec.catalogue.search.SearchService;
import ca.quebec.catalogue.software.Software;

/**
 * Verdicts on single lines against a small catalogue, without the application: which
 * families of lines may name a record automatically, and which only for a person.
 */
class LineMatcherTest {

    private static final List<CatalogueRecord> CATALOGUE = new ArrayList<>();

    static {
        record("libreoffice", "LibreOffice", List.of(), "Office suite.");
        record("apache-http", "Apache HTTP Server", List.of("httpd", "apache2"), "Web server.");
        record("bind", "BIND 9", List.of("BIND", "bind9utils"), "DNS server.");
        record("drbd", "DRBD", List.of("drbd-utils"), "Network block-device replication.");
        record("openssl", "OpenSSL", List.of("libssl"), "Cryptography toolkit and library for TLS/SSL.", "tls", "cryptography");
        record("scikit-learn", "scikit-learn", List.of("sklearn"), "Machine learning library.", "machine learning", "python");
        record("pytorch", "PyTorch", List.of("torch"), "Machine learning library for Python.", "deep learning");
        record("gdal", "GDAL", List.of("OGR", "python3-gdal"), "Library for raster and vector geospatial data formats.", "gis");
        record("ruby-on-rails", "Ruby on Rails", List.of("Rails"), "Web framework.", "ruby");
        record("chromium", "Chromium", List.of(), "Web browser.");
        record("kodi", "Kodi", List.of("XBMC"), "Media centre.");
        record("7-zip", "7-Zip", List.of("7zip"), "File archiver.");
        record("leaflet", "Leaflet", List.of(), "Lightweight JavaScript library for interactive maps.");
        record("vue", "VUE (Visual Understanding Environment)", List.of("VUE"), "Concept-mapping tool.");
        record("kettle", "Pentaho Data Integration (Kettle)", List.of("Kettle", "PDI", "Spoon"), "ETL tool.");
        record("eddie", "Eddie", List.of(), "Erlang toolkit.");
        record("robomongo", "Robo 3T", List.of("Robomongo"), "MongoDB GUI.");
        record("freenas", "TrueNAS", List.of("FreeNAS"), "NAS operating system.");
    }

    private static void record(String id, String name, List<String> aliases, String description, String... keywords) {
        Software software = new Software();
        software.id = id;
        software.name = name;
        software.aliases = aliases;
        software.keywords = List.of(keywords);
        software.descriptionEn = description;
        software.descriptionFr = description;
        CATALOGUE.add(software);
    }

    private static final LineMatcher MATCHER = new LineMatcher(new NameIndex(null, null) {
        private final Snapshot snapshot = NameIndex.snapshot(1, CATALOGUE);

        @Override
        Snapshot current() {
            return snapshot;
        }
    }, new SearchService(null, null, null, new io.micrometer.core.instrument.simple.SimpleMeterRegistry()) {
        @Override
        public List<SearchIndex.Nearest> nearest(String text, String kind, int limit) {
            return List.of();
        }
    });

    private static String verdict(String raw) {
        Reconciled r = MATCHER.match(raw, null, LineMatcher.MAX_CANDIDATES);
        return r.verdict().wire() + (r.candidates().isEmpty() ? "" : " " + r.candidates().get(0).id());
    }

    @Test
    void anAccessoryIsForAPersonUnlessARecordListsItsName() {
        assertEquals("ambiguous libreoffice", verdict("LibreOffice 7.5 Help Pack (French)"));
        assertEquals("ambiguous libreoffice", verdict("LibreOffice 7.6 Language Pack (French)"));
        assertEquals("ambiguous libreoffice", verdict("libreoffice-l10n-fr 4:7.4.7-1+deb12u1"));
        assertEquals("ambiguous libreoffice", verdict("libreoffice-help-fr 4:7.4.7-1+deb12u1"));
        assertEquals("ambiguous apache-http", verdict("apache2-utils 2.4.57-2"));
        assertEquals("ambiguous bind", verdict("bind-utils-9.16.23-14.el9_3.x86_64"));
        assertEquals("ambiguous bind", verdict("bind9-dnsutils 1:9.16.44-1~deb11u1"));
        // A -utils package a record lists as one of its names is that software.
        assertEquals("match drbd", verdict("drbd-utils 9.22.0-1"));
        assertEquals("match bind", verdict("bind9utils 1:9.16.44-1~deb11u1"));
        // The software itself still matches.
        assertEquals("match libreoffice", verdict("LibreOffice 7.6.4.1"));
        assertEquals("match libreoffice", verdict("libreoffice-writer 4:7.4.7-1+deb12u1"));
        assertEquals("match apache-http", verdict("apache2 2.4.57-2"));
    }

    @Test
    void aLanguagesLibraryPackageNamesOnlyARecordOfThatLanguage() {
        // pyOpenSSL, Ruby's and PHP's OpenSSL extensions are bindings, not the C library.
        assertEquals("ambiguous openssl", verdict("python3-openssl 23.0.0-1"));
        assertEquals("ambiguous openssl", verdict("ruby-openssl 3.1.0-1"));
        assertEquals("ambiguous openssl", verdict("php8.2-openssl 8.2.7-1~deb12u1"));
        assertEquals("none", verdict("libnet-ssleay-perl 1.92-2+b1"));
        // A record of the language: by keyword, by its description, by name.
        assertEquals("match scikit-learn", verdict("python3-sklearn 1.2.1+dfsg-1"));
        assertEquals("match pytorch", verdict("python3-torch 1.13.1+dfsg-4"));
        assertEquals("match ruby-on-rails", verdict("ruby-rails 2:6.1.7.3+dfsg-1"));
        // A record that lists the package's own name: GDAL's bindings are GDAL's.
        assertEquals("match gdal", verdict("python3-gdal 3.2.2+dfsg-2+deb11u2"));
        // The C library's own packages still name it.
        assertEquals("match openssl", verdict("openssl 3.0.11-1~deb12u2"));
    }

    @Test
    void packageManagerIdsNameTheirApplication() {
        // Flatpak's reverse-DNS ids: the last part is the application.
        assertEquals("match chromium", verdict("org.chromium.Chromium"));
        assertEquals("match kodi", verdict("tv.kodi.Kodi"));
        assertEquals("none", verdict("com.obsproject.Studio"));
        // Chocolatey's install variants.
        assertEquals("match 7-zip", verdict("7zip.install"));
        assertEquals("match 7-zip", verdict("7zip.portable 23.1.0"));
        // A JavaScript library's .js, and Debian's libjs- packages: only a JavaScript record.
        assertEquals("match leaflet", verdict("leaflet.js 1.9.4"));
        assertEquals("match leaflet", verdict("libjs-leaflet 1.9.2~dfsg-1"));
        assertEquals("ambiguous vue", verdict("Vue.js 3.3.13"));
    }

    @Test
    void aNameIsNotLostToItsVersion() {
        Reconciled robo = MATCHER.match("Robo 3T 1.4.4", null, LineMatcher.MAX_CANDIDATES);
        assertEquals(Verdict.MATCH, robo.verdict());
        assertEquals("robomongo", robo.chosen().id());
        assertEquals("1.4.4", robo.line().version());
        Reconciled truenas = MATCHER.match("TrueNAS-13.0-U6.1", null, LineMatcher.MAX_CANDIDATES);
        assertEquals("freenas", truenas.chosen().id());
        assertEquals("13.0-U6.1", truenas.line().version());
    }

    @Test
    void partsOfANameMatchOnlyWhenEveryPartNamesTheSameRecord() {
        Reconciled kettle = MATCHER.match("Kettle - Spoon 9.4", null, LineMatcher.MAX_CANDIDATES);
        assertEquals("match kettle", verdict("Kettle - Spoon 9.4"));
        assertEquals("9.4", kettle.line().version());
        // A part that names nothing, or parts that name different records, are for a person.
        assertEquals("ambiguous eddie", verdict("Eddie - VPN Tunnel"));
        assertEquals("ambiguous kettle", verdict("Kettle - Server"));
        assertEquals("ambiguous kettle", verdict("Kettle - Eddie"));
        // A version or a language after the dash is not a part.
        assertEquals("match kettle", verdict("Kettle - 9.4"));
    }
}
