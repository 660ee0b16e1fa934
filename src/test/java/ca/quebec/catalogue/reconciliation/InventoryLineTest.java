package ca.quebec.catalogue.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** How single lines are read: the keys they are looked up by, and the version kept. */
class InventoryLineTest {

    private static InventoryLine parse(String raw) {
        return InventoryLine.parse(raw);
    }

    @Test
    void aClientLibraryOrModuleIsNotReadAsTheServer() {
        // Connector/J and mod_auth_cas are clients of MariaDB and CAS; a person decides.
        assertFalse(parse("libmariadb-java 3.3.3-1").keys().contains("mariadb"));
        assertFalse(parse("libapache2-mod-auth-cas 1.2-1").keys().contains("cas"));
    }

    @Test
    void aCommercialEditionAfterTheVersionIsAnotherProduct() {
        assertEquals(java.util.List.of("Enterprise"), parse("Alfresco Content Services 7.4 Enterprise").qualifiers());
        assertEquals(java.util.List.of("EE"), parse("GitLab 16.5 EE").qualifiers());
        assertEquals(java.util.List.of(), parse("Alfresco Content Services 7.4").qualifiers());
    }

    @Test
    void aKernelModulePackageIsLookedUpByTheModule() {
        InventoryLine line = parse("kmod-drbd90-9.1.17-1.el9_3.elrepo.x86_64");
        assertTrue(line.keys().contains("drbd"));
        assertEquals("9.1.17", line.version());
        assertTrue(parse("zfs-dkms 2.1.11-1").keys().contains("zfs"));
    }

    @Test
    void communityLtsAndDocumentationComponentsFallAway() {
        assertTrue(parse("mysql-community-server-8.0.35-1.el9.x86_64").keys().contains("mysql"));
        assertTrue(parse("nodejs-lts").keys().contains("nodejs"));
        assertTrue(parse("git-man 1:2.39.2-1.1").keys().contains("git"));
        assertTrue(parse("httpd-manual-2.4.57-5.el9.noarch").keys().contains("httpd"));
        assertTrue(parse("linux-image-generic 5.15.0.91.88").keys().contains("linux"));
    }

    @Test
    void librariesAndPluginsKeepTheirOwnName() {
        // A library pulled in as a dependency declares nothing; nagios-plugins is another project than Nagios.
        assertFalse(parse("postgresql12-libs-12.17-1PGDG.rhel7.x86_64").keys().contains("postgresql"));
        assertFalse(parse("nagios-plugins-2.4.6-1.el9.x86_64").keys().contains("nagios"));
    }

    @Test
    void aVersionGluedToAPackageNameFallsAway() {
        assertTrue(parse("python3.11").keys().contains("python"));
        assertTrue(parse("php8.2").keys().contains("php"));
    }

    @Test
    void frenchDescribingWordsFallAway() {
        assertTrue(parse("Lecteur multimédia VLC").keys().contains("vlc"));
        assertTrue(parse("Gestionnaire de mots de passe KeePass").keys().contains("keepass"));
        assertTrue(parse("LibreOffice 7.6 Language Pack (French)").keys().contains("libreoffice"));
    }

    @Test
    void aBuildOfIsReadWithoutItsPublisher() {
        assertTrue(parse("Microsoft Corporation Microsoft Build of OpenJDK with Hotspot 21.0.1+12 (x64)").keys().contains("openjdk"));
    }

    @Test
    void aDebianCodeNameIsNotPartOfTheName() {
        assertEquals("raspbian", parse("Raspbian Buster").keys().get(0));
    }

    @Test
    void anInstallerFileNameIsReadAsWords() {
        InventoryLine vlc = parse("vlc-3.0.20-win64.msi");
        assertTrue(vlc.keys().contains("vlc"));
        assertEquals("3.0.20", vlc.version());
        InventoryLine firefox = parse("Firefox Setup 121.0.exe");
        assertEquals("firefox", firefox.keys().get(0));
        assertEquals("121.0", firefox.version());
    }

    @Test
    void aPackageIdIsLookedUpAsWrittenThenWithoutItsPublisher() {
        InventoryLine thunderbird = parse("Mozilla.Thunderbird");
        assertEquals("mozillathunderbird", thunderbird.keys().get(0));
        assertTrue(thunderbird.keys().contains("thunderbird"));
        InventoryLine python = parse("Python.Python.3.12");
        assertTrue(python.keys().contains("python"));
        assertEquals("3.12", python.version());
        // Two or three letters after a dot are a suffix: Node.js is not "js".
        assertFalse(parse("Node.js").keys().contains("js"));
        assertFalse(parse("Paint.NET").keys().contains("net"));
    }

    @Test
    void aMacApplicationIsStillReadAsOne() {
        assertEquals("obs", parse("OBS.app").keys().get(0));
    }

    @Test
    void aDeveloperEditionIsNotReadAsTheProduct() {
        // SonarQube Developer Edition is a paid edition; Firefox Developer Edition is matched by its own alias.
        assertFalse(parse("SonarQube Developer Edition").keys().contains("sonarqube"));
    }

    @Test
    void helpLanguageAndUtilityPackagesAreAccessories() {
        InventoryLine helpPack = parse("LibreOffice 7.5 Help Pack (French)");
        assertTrue(helpPack.accessory());
        // Its name as written keeps the accessory's words; the software's name comes after, for a person to choose.
        assertEquals("libreofficehelppack", helpPack.keys().get(0));
        assertTrue(helpPack.keys().contains("libreoffice"));
        assertTrue(parse("LibreOffice 7.6 Language Pack (French)").accessory());
        assertTrue(parse("libreoffice-l10n-fr 4:7.4.7-1+deb12u1").accessory());
        assertTrue(parse("libreoffice-help-fr 4:7.4.7-1+deb12u1").accessory());
        assertTrue(parse("thunderbird-l10n-fr").accessory());
        assertTrue(parse("apache2-utils 2.4.57-2").accessory());
        assertTrue(parse("bind-utils-9.16.23-14.el9_3.x86_64").accessory());
        assertTrue(parse("bind9-dnsutils 1:9.16.44-1~deb11u1").accessory());
        assertFalse(parse("libreoffice-writer 4:7.4.7-1+deb12u1").accessory());
        assertFalse(parse("LibreOffice 7.6.4.1").accessory());
    }

    @Test
    void aLanguagesLibraryPackageSaysItsLanguageAndKeepsItsWholeNameFirst() {
        InventoryLine binding = parse("python3-openssl 23.0.0-1");
        assertEquals("python", binding.language());
        assertEquals(java.util.List.of("python3openssl", "openssl"), binding.keys());
        assertEquals("ruby", parse("ruby-openssl 3.1.0-1").language());
        assertEquals("php", parse("php8.2-openssl").language());
        assertEquals("r", parse("r-cran-ggplot2 3.4.1+dfsg-1").language());
        // php8.2-cli, python3 and openssl are the language or the library itself.
        assertEquals(null, parse("php8.2-cli 8.2.7-1~deb12u1").language());
        assertEquals(null, parse("python3 3.11.2-1+b1").language());
        assertEquals(null, parse("openssl 3.0.11-1~deb12u2").language());
    }

    @Test
    void aReverseDnsIdIsLookedUpAsWrittenThenByItsLastPart() {
        assertEquals(java.util.List.of("orgchromiumchromium", "chromium"), parse("org.chromium.Chromium").keys());
        assertEquals(java.util.List.of("tvkodikodi", "kodi"), parse("tv.kodi.Kodi").keys());
        assertTrue(parse("com.github.tchx84.Flatseal").keys().contains("flatseal"));
        // A last part that only describes is not a name.
        assertEquals(java.util.List.of("comobsprojectstudio"), parse("com.obsproject.Studio").keys());
        // A winget id keeps its reading: the publisher, then the product.
        assertEquals(java.util.List.of("mozillafirefox", "firefox"), parse("Mozilla.Firefox").keys());
    }

    @Test
    void chocolateyInstallVariantsAreTheirPackage() {
        assertEquals(java.util.List.of("7zip"), parse("7zip.install").keys());
        InventoryLine portable = parse("vlc.portable 3.0.20");
        assertEquals(java.util.List.of("vlc"), portable.keys());
        assertEquals("3.0.20", portable.version());
        assertEquals("nuget", parse("nuget.commandline").keys().get(0));
    }

    @Test
    void aJavaScriptLibrarysSuffixFallsAwayForJavaScriptRecords() {
        InventoryLine leaflet = parse("leaflet.js 1.9.4");
        assertEquals(java.util.List.of("leafletjs", "leaflet"), leaflet.keys());
        assertEquals("javascript", leaflet.language());
        assertEquals("1.9.4", leaflet.version());
        assertEquals("javascript", parse("libjs-leaflet 1.9.2~dfsg-1").language());
        // Node.js is looked up whole first.
        assertEquals("nodejs", parse("Node.js").keys().get(0));
    }

    @Test
    void languageDataPhpExtensionsAndExportersAreAccessories() {
        assertTrue(parse("tesseract-ocr-fra 1:4.1.0-2").accessory());
        assertTrue(parse("php8.2-mysql 8.2.7-1~deb12u1").accessory());
        assertTrue(parse("php-gd").accessory());
        assertTrue(parse("prometheus-mysqld-exporter 0.14.0-3").accessory());
        // PHP itself, however it is packaged, and a PHP library that is a record of its own, are not.
        assertFalse(parse("php8.2-fpm 8.2.7-1~deb12u1").accessory());
        assertFalse(parse("php-symfony-console 5.4.23+dfsg-1").accessory());
        assertFalse(parse("tesseract-ocr 4.1.1-2.1").accessory());
    }

    @Test
    void pipAndNpmLinesAreLanguageLibrariesWithTheirVersion() {
        InventoryLine pandas = parse("pandas==2.1.4");
        assertEquals("python", pandas.language());
        assertTrue(pandas.keys().contains("pandas"), pandas.keys().toString());
        assertEquals("2.1.4", pandas.version());
        assertEquals("python", parse("scikit_learn==1.3.2").language());
        assertTrue(parse("scikit_learn==1.3.2").keys().contains("scikitlearn"), parse("scikit_learn==1.3.2").keys().toString());
        assertEquals("4.2.7", parse("Django[argon2] == 4.2.7").version());
        InventoryLine express = parse("express@4.18.2");
        assertEquals("javascript", express.language());
        assertTrue(express.keys().contains("express"), express.keys().toString());
        assertEquals("4.18.2", express.version());
        InventoryLine tree = parse("├── leaflet@1.9.4");
        assertTrue(tree.keys().contains("leaflet"), tree.keys().toString());
        assertEquals("1.9.4", tree.version());
        // A scoped package's part that names no product is its scope's product; another part keeps its name.
        assertTrue(parse("@angular/core@17.0.8").keys().contains("angular"));
        assertTrue(parse("@turf/helpers@6.5.0").keys().contains("helpers"));
        // Not an npm line: no version after the at sign.
        assertEquals(null, parse("support@example").language());
    }

    @Test
    void lettersAfterDigitsThatContinueAKnownNameAreNotAVersion() {
        InventoryLine robo = InventoryLine.parse("Robo 3T 1.4.4", key -> key.equals("robo3t"));
        assertEquals("robo3t", robo.keys().get(0));
        assertEquals("1.4.4", robo.version());
        // Unknown, they are still read as a version.
        assertEquals("3T", parse("Robo 3T 1.4.4").version());
    }

    @Test
    void aNameJoinedToItsVersionByAHyphen() {
        InventoryLine truenas = parse("TrueNAS-13.0-U6.1");
        assertEquals("truenas", truenas.keys().get(0));
        assertEquals("13.0-U6.1", truenas.version());
        InventoryLine kafka = parse("kafka_2.13-3.6.1");
        assertTrue(kafka.keys().contains("kafka"));
        assertEquals("3.6.1", kafka.version());
        // A package named for its exact version, with a packaging counter for version.
        InventoryLine checkmk = parse("check-mk-raw-2.2.0p17 0.bookworm");
        assertEquals("checkmkraw", checkmk.keys().get(0));
        assertEquals("2.2.0p17", checkmk.version());
        // A branch or an API version in the name is not the version.
        assertEquals("4.17.2", parse("xen-hypervisor-4.17 4.17.2-1").version());
        assertEquals("3.24.38", parse("gir1.2-gtk-3.0 3.24.38-2").version());
        assertEquals("2.10", parse("GIMP-2.10.app").version());
    }

    @Test
    void aDisplayNameSplitsIntoPartsAtASpacedDash() {
        assertEquals(java.util.List.of("Kettle", "Spoon 9.4"), InventoryLine.parts("Kettle - Spoon 9.4"));
        assertEquals(java.util.List.of(), InventoryLine.parts("Tesseract-OCR"));
    }

    @Test
    void aVersionIsReadWithoutItsBuildAndReleaseLabels() {
        // Build metadata after +: Java's build, a CUDA build, a git describe.
        assertEquals("17.0.9", parse("Eclipse Temurin JDK with Hotspot 17.0.9+9 (x64)").version());
        assertEquals("2.1.2", parse("torch 2.1.2+cu121").version());
        assertEquals("4.17.2", parse("xen-hypervisor-4.17-amd64 4.17.2+76-ge1f9cb16e2-1~deb12u1").version());
        // An installer's rewriting of a whole version does not extend it.
        assertEquals("21.0.1", parse("Eclipse Adoptium Eclipse Temurin JDK with Hotspot 21.0.1+12 (x64) 21.0.1.12").version());
        // Labels every release carries, and Firefox's channel.
        assertEquals("30.0.1", parse("WildFly 30.0.1.Final").version());
        assertEquals("7.4.0", parse("JBoss EAP 7.4.0.GA").version());
        assertEquals("2.7.2", parse("pfSense 2.7.2-RELEASE").version());
        assertEquals("115.6.0", parse("firefox-esr 115.6.0esr-1~deb12u1").version());
        assertEquals("115.6.0", parse("Mozilla Firefox ESR 115.6.0esr (x64 fr)").version());
        // Red Hat's OpenJDK packages: the fourth and fifth numbers are the build.
        assertEquals("17.0.9", parse("java-17-openjdk-17.0.9.0.9-2.el9.x86_64").version());
        assertEquals("21.0.1", parse("java-21-openjdk-headless-21.0.1.0.12-2.el9.x86_64").version());
        // A service pack is part of the release.
        assertEquals("15 SP5", parse("SUSE Linux Enterprise Server 15 SP5").version());
        // What stays: a pre-release, a letter of the release, a four-part version.
        assertEquals("1.0~pre4", parse("iftop 1.0~pre4-9").version());
        assertEquals("9.2p1", parse("openssh-server 1:9.2p1-2+deb12u2").version());
        assertEquals("7.6.4.1", parse("LibreOffice 7.6.4.1").version());
    }
}
