package ca.quebec.catalogue.reconciliation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One raw line of an inventory, read the way each tool writes it: a Windows
 * "Apps & features" name ({@code Mozilla Firefox ESR 115.6.0esr (x64 fr)}), an
 * RPM ({@code httpd-2.4.57-5.el9.x86_64}) or Debian package
 * ({@code openssh-server 1:9.2p1-2+deb12u2}), a GLPI or SCCM name, a macOS
 * application, a cell of a spreadsheet. What is kept: the name without vendor,
 * version, architecture, language and edition; the version; and the lookup keys
 * to try, most specific first: the name as written, then without its publisher,
 * then without the words that describe rather than name (serveur, agent, client…),
 * then, for a package, without its component suffixes or its language prefix.
 *
 * @param raw     the line as received
 * @param name    the software's name as the line gives it, cleaned
 * @param version the version the line gives, or null (RPM release, Debian epoch, revision and repack marks dropped)
 * @param keys    lookup keys, most specific first (see {@link #key})
 * @param qualifiers other products the line names after the version, each with its own version
 *                ({@code Python 3.11 pywin32-306} is an extension built for Python, not Python)
 * @param accessory whether the line is an accessory installed beside a software rather than the software: a help
 *                or language pack, a localisation package, a package of utilities ({@code libreoffice-l10n-fr},
 *                {@code apache2-utils}); only its first key, the name as written, may name a record automatically
 * @param language the programming language a package of a language's libraries is for ({@code python} for
 *                python3-sklearn, {@code ruby} for ruby-openssl, {@code javascript} for leaflet.js), or null: its
 *                shortened keys name only a record of that language ({@link NameIndex.Named#languages})
 */
public record InventoryLine(String raw, String name, String version, List<String> keys, List<String> qualifiers, boolean accessory,
        String language) {

    /** Longest line read: a name, not a document. */
    public static final int MAX_LENGTH = 500;

    private static final String ARCHES = "x86_64|x86-64|amd64|i386|i486|i586|i686|x86|x64|aarch64|arm64|armhf|armv7hl|ppc64le|s390x|noarch|all";
    private static final Pattern RPM = Pattern.compile(
            "^(?<name>[A-Za-z0-9._+-]+?)-(?:(?<epoch>\\d+):)?(?<version>\\d[A-Za-z0-9._+~^]*)-(?<release>[A-Za-z0-9._+~^]+)\\.(?<arch>" + ARCHES + ")$");
    /** A Debian package with its version: {@code openssh-server 1:9.2p1-2+deb12u2}, optionally {@code name:amd64}. */
    private static final Pattern DEB = Pattern.compile(
            "^(?<name>[a-z0-9][a-z0-9+._-]+)(?::(?:" + ARCHES + "))?\\s+(?:(?<epoch>\\d+):)?(?<version>\\d[A-Za-z0-9.+~:-]*)(?:\\s+(?:" + ARCHES + "))?$");
    /** Debian repack and snapshot marks after the upstream version: +dfsg, ~ds1, +git20230121, +20150808, +1. */
    private static final Pattern REPACK = Pattern.compile("[+~](?:dfsg|ds|git|svn|bzr|hg|repack|really|nmu|bookworm|bullseye|buster|deb|ubuntu|\\d{8}|\\d+$).*$");
    /** A version: digits with dots (19.00, 115.6.0esr, 2.4.57, 9.2p1, v1.2), a short number, a year, a release (R2023b). */
    private static final Pattern VERSION = Pattern.compile(
            "^[vV]?\\d+(?:[._]\\d+)+[A-Za-z0-9.+~_-]*$|^[vV]\\d+$|^\\d{1,3}[a-z]?$|^(?:19|20)\\d{2}(?:-\\d{2})?$|^[Rr]\\d{2,4}[a-z]?$");
    /** Words that say how the software was built, packaged or sold, not what it is. */
    private static final Set<String> NOISE = Set.of("x64", "x86", "x86_64", "amd64", "i386", "i686", "win64", "win32", "64", "32", "64bit",
            "32bit", "64-bit", "32-bit", "64bits", "32bits", "bit", "bits", "arm64", "aarch64", "noarch", "fr", "en", "fr-ca", "fr-fr",
            "en-us", "en-ca", "en-gb", "french", "english", "francais", "français", "anglais", "multilingual", "multilingue", "esr",
            "lts", "ltr", "stable", "release", "version", "ver", "rev", "build", "setup", "msi", "exe", "latest", "(remove",
            "only)",
            // Debian code names ("Raspbian Buster") say which release, not which software.
            "jessie", "stretch", "buster", "bullseye", "bookworm", "trixie");
    /** Words that describe what the software is or does, in French or English, rather than name it. */
    private static final Set<String> DESCRIPTIVE = Set.of("navigateur", "browser", "serveur", "web", "logiciel", "software", "outil",
            "outils", "tool", "tools", "etl", "hyperviseur", "hypervisor", "lecteur", "player", "antivirus", "sauvegarde",
            "backup", "courriel", "messagerie", "de", "du", "des", "d", "la", "le", "les", "l", "pour", "for", "the", "open", "source",
            "community", "edition", "ce", "oss", "help", "pack", "core", "interpreter", "agent", "client", "ssh", "media",
            "windows", "linux", "serveurs", "engine", "ocr", "with", "hotspot", "jdk", "gui", "free", "gratuit",
            "portable", "update", "mise", "jour", "et", "and", "bi", "studio", "guest", "additions", "nightly", "beta", "insiders", "preview",
            // "Lecteur multimédia VLC", "Gestionnaire de mots de passe KeePass", "Microsoft Build of OpenJDK", "… Language Pack".
            "multimédia", "multimedia", "gestionnaire", "mots", "passe", "bureautique", "éditeur", "editeur", "of", "language");
    /** Publishers that inventories put before the name. */
    private static final List<String> VENDORS = List.of("the document foundation", "the apache software foundation", "apache software foundation",
            "python software foundation", "postgresql global development group", "the gimp team", "mozilla", "igor pavlov", "videolan",
            "don ho", "dominik reichl", "simon tatham", "tim kosse", "the git development community", "git development community",
            "wireshark foundation", "the wireshark developer community", "oracle vm", "oracle", "microsoft", "apache", "gnu", "kde",
            "gnome", "the qgis project", "inkscape project", "audacity team", "the audacity team", "obs project", "notepad++ team",
            "idrix", "eclipse", "eclipse foundation", "jetbrains", "red hat", "canonical", "google", "adobe");
    /** Words that end a publisher's name ("OpenVPN, Inc.", "The Qt Company"): what follows them is the product. */
    private static final Set<String> CORPORATE = Set.of("inc", "inc.", "corporation", "corp", "corp.", "ltd", "ltd.", "llc", "gmbh", "s.a.",
            "sa", "se", "ag", "s.r.o.", "sro", "foundation", "project", "team", "company", "developers", "group", "ab", "oy", "bv", "b.v.");
    /** Package-name parts that name a component of the same software. */
    private static final Set<String> COMPONENTS = Set.of("server", "client", "clients", "common", "core", "bin", "data", "doc", "docs",
            "devel", "dev", "utils", "tools", "gtk", "gtk2", "gtk3", "qt", "qt5", "qt6", "nox", "full", "minimal",
            "headless", "daemon", "contrib", "gui", "cli", "console", "x11", "esr", "stable", "l10n", "langpack", "help", "fr",
            "en", "base", "binary", "runtime", "jre", "jdk", "app", "desktop", "standalone", "fpm", "cgi", "web", "agent", "fd", "sd",
            "dir", "light", "heavy", "enhanced", "tiny", "system", "x86", "x86_64", "amd64", "minion", "master", "monitor", "manager",
            "exporter", "node", "org", "filedaemon", "storage", "director", "launcher", "kernel", "image", "modules", "extra", "calc",
            "writer", "impress", "draw", "math", "admin", "servers", "scanner", "engine", "backend", "proxy", "ocr", "fra",
            "eng", "pgsql", "mysql", "sqlite", "sqlite3", "dnsutils", "browser",
            // zfs-dkms, mysql-community-server, nodejs-lts, git-man, httpd-manual, linux-generic. Not -libs or -plugins: a
            // library pulled in as a dependency (postgresql-libs) declares nothing, and nagios-plugins is another project.
            "dkms", "community", "lts", "ltr", "man", "manual", "generic", "extras", "i18n");
    /**
     * Package prefixes of a platform whose packages are named for what it hosts. Only these: in
     * timescaledb-postgresql the last part is the host, not the software.
     */
    private static final Set<String> HOSTS = Set.of("java", "postgresql", "mod", "libapache2", "nginx", "fonts", "texlive",
            // kmod-drbd90, akmod-wireguard: a kernel module package is named for the module.
            "kmod", "akmod");
    /** A word naming a product with its own version: {@code pywin32-306}. */
    private static final Pattern OTHER_PRODUCT = Pattern.compile("^[A-Za-z][A-Za-z0-9.+]*-\\d[A-Za-z0-9.]*$");
    /** Words after the version that name a vendor's commercial edition ("Alfresco Content Services 7.4 Enterprise"): another product. */
    private static final Set<String> EDITIONS = Set.of("enterprise", "ee", "eap");
    /** A package name with a component glued to its end. */
    private static final Pattern GLUED = Pattern.compile("^(?:(?<name>[a-z0-9]{3,}?)(?:server|client|web|admin)\\d*|(?<daemon>[a-z]{4,})d)$");
    /** Package prefixes of a language's libraries: what follows names the library, never the language. */
    private static final Pattern LANGUAGE = Pattern.compile(
            "^(?:(?<prefix>python3?|py3|ruby|r-cran|perl|node|libjs|golang|php(?:\\d+(?:\\.\\d+)?)?)-|(?<java>lib)-(?=.+-java$))(?<library>.+?)(?:-java)?$");
    /** A package name with its version glued on and no hyphen: python3.11, php8.2, tomcat9. */
    private static final Pattern GLUED_VERSION = Pattern.compile("^[a-z][a-z+]*\\d+(?:\\.\\d+)*$");
    /** An installer's file name, as some inventories list it: vlc-3.0.20-win64.msi, Firefox Setup 121.0.exe. */
    private static final Pattern INSTALLER = Pattern.compile("(?i)^(.+)\\.(?:msi|exe|msix|pkg|dmg)$");
    /** A winget or Chocolatey-style id: the publisher, then the product (Mozilla.Thunderbird, Python.Python.3.12). */
    private static final Pattern PACKAGE_ID = Pattern.compile("^[A-Za-z][A-Za-z0-9-]*(?:\\.[A-Za-z0-9+-]+)+$");

    /**
     * Parts of a package name, after its first, that make the package an accessory of the software it is named for.
     * A help or localisation package (libreoffice-help-fr, libreoffice-l10n-fr, thunderbird-l10n-fr, glpi-i18n) is
     * installed beside the software, whose own package the same inventory lists: the accessory declares nothing
     * the software's line does not, and alone it says only that someone wanted the manual or a translation.
     * A {@code -utils} package is the client or administration tools beside a server (bind-utils' dig, apache2-utils'
     * htpasswd, installed on hosts that run neither BIND nor httpd); when a record's curators hold such a package
     * to be the software (drbd-utils, ldap-utils), they list it among its aliases, and the name as written matches.
     */
    private static final Set<String> ACCESSORY_PARTS = Set.of("l10n", "langpack", "i18n", "help", "utils", "dnsutils",
            // Language data (tesseract-ocr-fra, hunspell-… -deu) and Prometheus exporters: beside a product, not it.
            "fra", "eng", "deu", "spa", "ita", "por", "nld", "exporter");
    /**
     * PHP's extensions, packaged apart (php8.2-mysql, php-gd): a module of the language, which bodies do not
     * declare as using PHP (the php-cli, php-fpm or php-common line does that), nor the database it talks to.
     */
    private static final Set<String> PHP_EXTENSIONS = Set.of("mysql", "mysqlnd", "pgsql", "sqlite3", "gd", "curl", "mbstring", "xml",
            "zip", "intl", "ldap", "imap", "soap", "bcmath", "opcache", "redis", "memcached", "imagick", "apcu", "xdebug", "json",
            "readline", "odbc", "snmp", "tidy", "xsl", "gmp", "bz2", "enchant", "pspell", "sybase", "interbase", "mongodb", "igbinary");
    /** The same accessories as display names write them: "LibreOffice 7.5 Help Pack (French)", "… Language Pack". */
    private static final Pattern ACCESSORY_WORDS = Pattern.compile("(?iu)\\b(?:(?:help|language|language interface|lang|langue|langues)\\s+pack"
            + "|langpack|l10n|i18n|pack\\s+de\\s+langues?|module\\s+linguistique|locali[sz]ation)\\b");

    /**
     * Chocolatey's variants of one package ({@code 7zip.install}, {@code vlc.portable}, {@code nuget.commandline}),
     * with the version {@code choco list} writes after: the suffix says how it is installed, not what it is.
     */
    private static final Pattern CHOCOLATEY = Pattern.compile("(?i)^(?<id>[a-z0-9][a-z0-9._+-]*?)\\.(?:install|portable|commandline)(?<rest>\\s+\\S+)?$");
    /**
     * A reverse-DNS application id, as Flatpak (and Snap's and macOS's bundle ids) name applications:
     * {@code org.chromium.Chromium}, {@code tv.kodi.Kodi}, {@code com.github.tchx84.Flatseal}. The domain says
     * who publishes it; the last part is the application.
     */
    private static final Pattern REVERSE_DNS = Pattern.compile(
            "^(?:com|org|net|io|edu|gov|app|dev|info|page|eu|me|tv|cc|xyz|[a-z]{2})\\.[A-Za-z0-9-]+(?:\\.[A-Za-z0-9_-]+)+$");
    /**
     * A name and its version joined by a hyphen, as images, appliances and archives are named:
     * {@code TrueNAS-13.0-U6.1}, {@code GIMP-2.10.34}. The name's parts start with a letter; the version with digits and a dot.
     */
    private static final Pattern NAME_VERSION = Pattern.compile(
            "^(?<name>[A-Za-z][A-Za-z0-9+]*(?:-[A-Za-z][A-Za-z0-9+]*)*)-(?<version>\\d+(?:\\.\\d+)+(?:[-.][A-Za-z0-9]+)*)$");
    /**
     * A package name that ends with a release's version (kafka_2.13-3.6.1, check-mk-raw-2.2.0p17): three numbers or a
     * letter after the numbers, not an API's two (gir1.2-gtk-3.0, libsoup-3.0).
     */
    private static final Pattern NAMED_VERSION = Pattern.compile(
            "^(?<name>.+)-(?<version>\\d+\\.\\d+\\.\\d+(?:\\.\\d+)*(?:[a-z]+\\d*)?|\\d+(?:\\.\\d+)+[a-z]+\\d*)$");
    /** Red Hat's OpenJDK packages, whose version is OpenJDK's then two numbers of build: java-17-openjdk-17.0.9.0.9. */
    private static final Pattern RED_HAT_JAVA = Pattern.compile("^java-(?:\\d+|latest)-openjdk\\S* (\\d+\\.\\d+\\.\\d+)\\.\\d+\\.\\d+$");
    /** A JavaScript library's name as written with the language's suffix: Leaflet.js, leaflet.js, D3.js, Vue.js. */
    private static final Pattern SCRIPT = Pattern.compile("(?i)^(.+?)\\.js$");
    /** A line of {@code pip freeze} or {@code pip list --format=freeze}: a Python package pinned to its version. */
    private static final Pattern PIP = Pattern.compile("^(?<name>[A-Za-z0-9][A-Za-z0-9._-]*)(?:\\[[^\\]]*\\])?\\s*===?\\s*(?<version>[0-9][A-Za-z0-9.+!_-]*)$");
    /** A line of {@code npm ls} (its tree drawing dropped): a JavaScript package and its version, scoped or not. */
    private static final Pattern NPM = Pattern.compile("^(?:@(?<scope>[a-z0-9][a-z0-9._-]*)/)?(?<name>[a-z0-9][a-z0-9._-]*)@(?<version>[0-9][A-Za-z0-9.+-]*)$");
    /** The tree {@code npm ls} draws before each package. */
    private static final Pattern NPM_TREE = Pattern.compile("^[\\s│├└─┬|`+\\\\-]+(?=@?[a-z0-9])");
    /** The part of a scoped npm package that names no product of its own: {@code @angular/core} is Angular. */
    private static final Set<String> NPM_PARTS = Set.of("core", "cli", "common", "runtime", "client", "server", "api", "sdk");

    /** The key a name is looked up by: folded, lower case, only letters, digits, + and #. */
    public static String key(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return folded.replaceAll("[^\\p{L}\\p{N}+#]+", "");
    }

    public static InventoryLine parse(String raw) {
        return parse(raw, key -> false);
    }

    /**
     * A line read knowing which keys name a record ({@code known}): a word that looks like a version but
     * continues a known name is part of the name ("Robo 3T 1.4.4" is Robo 3T, version 1.4.4).
     */
    public static InventoryLine parse(String raw, Predicate<String> known) {
        InventoryLine line = read(raw, known);
        Matcher script = SCRIPT.matcher(line.name());
        if (script.matches() && !line.name().contains(" ")) {
            // leaflet.js is Leaflet, once no record is named leaflet.js; a JavaScript library, so only a record of that
            // language (Vue.js is not VUE, the concept-mapping tool).
            Set<String> keys = new LinkedHashSet<>(line.keys());
            keys.add(key(script.group(1)));
            keys.remove("");
            return new InventoryLine(line.raw(), line.name(), line.version(), List.copyOf(keys), line.qualifiers(), line.accessory(),
                    line.language() != null ? line.language() : "javascript");
        }
        return line;
    }

    private static InventoryLine read(String raw, Predicate<String> known) {
        String line = raw == null ? "" : raw.strip();
        if (line.length() >= 2 && line.startsWith("\"") && line.endsWith("\"")) {
            line = line.substring(1, line.length() - 1).strip();
        }
        Matcher pip = PIP.matcher(line);
        if (pip.matches()) {
            // pandas==2.1.4: pip installs Python libraries, read as Debian names them (python3-…), so that only a
            // record of the Python language can be matched (pip's cryptography is not OpenSSL).
            return packaged(raw, "python3-" + pip.group("name").toLowerCase(Locale.ROOT).replace('_', '-'), pip.group("version"));
        }
        Matcher npm = NPM.matcher(NPM_TREE.matcher(line).replaceFirst(""));
        if (npm.matches()) {
            // express@4.18.2, @angular/core@17.0.8: npm installs JavaScript packages, read as Debian names them
            // (node-…); a scoped package is its scope's product when its own name only says which part.
            String name = npm.group("scope") != null && NPM_PARTS.contains(npm.group("name")) ? npm.group("scope") : npm.group("name");
            return packaged(raw, "node-" + name, npm.group("version"));
        }
        Matcher chocolatey = CHOCOLATEY.matcher(line);
        if (chocolatey.matches()) {
            // 7zip.install is the 7zip package installed by its installer; 7zip.portable the same, unpacked.
            line = chocolatey.group("id") + (chocolatey.group("rest") == null ? "" : chocolatey.group("rest"));
        }
        Matcher installer = INSTALLER.matcher(line);
        if (installer.matches()) {
            // vlc-3.0.20-win64.msi, Firefox Setup 121.0.exe: the file name's parts are words.
            line = installer.group(1).replaceAll("[-_]+", " ").strip();
            if (!line.contains(" ") && PACKAGE_ID.matcher(line).matches()) {
                line = line.replace('.', ' ');
            }
        }
        Matcher rpm = RPM.matcher(line);
        if (rpm.matches()) {
            Matcher java = RED_HAT_JAVA.matcher(rpm.group("name") + " " + rpm.group("version"));
            if (java.matches()) {
                // java-17-openjdk-17.0.9.0.9: Red Hat writes OpenJDK 17.0.9+9 with the build as fourth and fifth numbers.
                return packaged(raw, rpm.group("name"), java.group(1));
            }
            return packaged(raw, rpm.group("name"), rpm.group("version"));
        }
        Matcher deb = DEB.matcher(line);
        if (deb.matches()) {
            String version = deb.group("version");
            int revision = version.lastIndexOf('-');
            if (revision > 0) {
                version = version.substring(0, revision);
            }
            version = REPACK.matcher(version).replaceFirst("");
            Matcher named = NAMED_VERSION.matcher(deb.group("name"));
            if (named.matches() && !version.startsWith(named.group("version"))) {
                // check-mk-raw-2.2.0p17 0.bookworm: a package named for its exact version, the package's own version a
                // packaging counter the name's version does not start (xen-hypervisor-4.17 4.17.2 keeps 4.17.2).
                return packaged(raw, named.group("name"), named.group("version"));
            }
            return packaged(raw, deb.group("name"), version.isEmpty() ? null : version);
        }
        if (REVERSE_DNS.matcher(line).matches()) {
            // org.chromium.Chromium, tv.kodi.Kodi: the id as written first (a record may list it), then its last part,
            // unless that part only describes (com.obsproject.Studio, io.github.shiftey.Desktop).
            String app = line.substring(line.lastIndexOf('.') + 1);
            InventoryLine whole = named(raw, line, known);
            String word = app.toLowerCase(Locale.ROOT);
            if (DESCRIPTIVE.contains(word) || COMPONENTS.contains(word) || NOISE.contains(word)) {
                return whole;
            }
            Set<String> keys = new LinkedHashSet<>(whole.keys());
            keys.addAll(named(raw, app, known).keys());
            return new InventoryLine(raw, app, null, List.copyOf(keys), List.of(), false, null);
        }
        if (!line.contains(" ") && line.matches("[a-z0-9][a-z0-9+._-]*") && line.contains("-")) {
            Matcher named = NAMED_VERSION.matcher(line);
            if (named.matches()) {
                // kafka_2.13-3.6.1: an archive named with its version (2.13 is the Scala it is built for).
                return packaged(raw, named.group("name"), named.group("version"));
            }
            return packaged(raw, line, null);
        }
        if (GLUED_VERSION.matcher(line).matches()) {
            // python3.11, php8.2: a package named with its version glued on.
            return packaged(raw, line, null);
        }
        if (line.toLowerCase(Locale.ROOT).endsWith(".app")) {
            // A macOS application: "GIMP-2.10.app", "QGIS-LTR.app".
            line = line.substring(0, line.length() - 4).replace('-', ' ');
        }
        Matcher nameVersion = NAME_VERSION.matcher(line);
        if (nameVersion.matches()) {
            // TrueNAS-13.0-U6.1: the name, then the version (its own "-U6.1" update included).
            return named(raw, nameVersion.group("name") + " " + nameVersion.group("version"), known);
        }
        Matcher id = PACKAGE_ID.matcher(line);
        if (id.matches() && line.indexOf('.') > 0) {
            // Mozilla.Thunderbird, Python.Python.3.12: the id as written first, then what follows the publisher.
            InventoryLine whole = named(raw, line, known);
            InventoryLine product = named(raw, line.substring(line.indexOf('.') + 1).replaceAll("(?<!\\d)\\.|\\.(?!\\d)", " "), known);
            // Node.js, Paint.NET: two or three letters after a dot are a suffix, not a product.
            List<String> productKeys = product.keys().stream().filter(k -> k.length() > 3).toList();
            if (!productKeys.isEmpty()) {
                Set<String> keys = new LinkedHashSet<>(whole.keys());
                keys.addAll(productKeys);
                return new InventoryLine(raw, product.name(), product.version(), List.copyOf(keys), product.qualifiers(),
                        whole.accessory() || product.accessory(), null);
            }
            return whole;
        }
        return named(raw, line, known);
    }

    /**
     * The parts of a display name joined by a spaced dash ("Kettle - Spoon 9.4", "Eddie - VPN Tunnel"), each
     * as a line of its own; empty when the line has one part.
     */
    public static List<String> parts(String raw) {
        String line = raw == null ? "" : raw.strip();
        List<String> parts = Arrays.stream(line.split("\\s[-–]\\s")).map(String::strip).filter(p -> !p.isEmpty()).toList();
        return parts.size() < 2 ? List.of() : parts;
    }

    /** A package name: its components, trailing numbers and language prefix fall away one by one. */
    private static InventoryLine packaged(String raw, String name, String version) {
        version = readable(version);
        Set<String> keys = new LinkedHashSet<>();
        String lower = name.toLowerCase(Locale.ROOT);
        Matcher library = LANGUAGE.matcher(lower);
        String language = null;
        if (library.matches() && !COMPONENTS.contains(library.group("library"))) {
            // python3-flask is Flask; python3 alone is Python (below). The package's whole name first: a record may list it.
            keys.add(key(lower));
            components(library.group("library"), keys, false);
            language = language(library.group("java") != null ? "java" : library.group("prefix"));
        } else {
            components(lower, keys, true);
        }
        boolean accessory = Arrays.stream(lower.split("[-_]")).skip(1).anyMatch(ACCESSORY_PARTS::contains)
                || (library.matches() && library.group("prefix") != null && library.group("prefix").startsWith("php")
                        && PHP_EXTENSIONS.contains(library.group("library")));
        return new InventoryLine(raw, name, version, List.copyOf(keys), List.of(), accessory, language);
    }

    /** The language a library package's prefix names: python3 and py3 are Python, php8.2 is PHP, node and libjs are JavaScript. */
    private static String language(String prefix) {
        return switch (prefix.replaceAll("[\\d.]+$", "")) {
            case "python", "py" -> "python";
            case "r-cran" -> "r";
            case "node", "libjs" -> "javascript";
            case "golang" -> "go";
            default -> prefix.replaceAll("[\\d.]+$", "");
        };
    }

    private static void components(String name, Set<String> keys, boolean prefixes) {
        List<String> parts = new ArrayList<>(Arrays.asList(name.split("[-_]")));
        parts.removeIf(String::isEmpty);
        if (parts.isEmpty()) {
            return;
        }
        keys.add(key(String.join("", parts)));
        // Version numbers inside the name (postgresql-15-postgis-3, java-17-openjdk) say nothing of what it is.
        List<String> words = new ArrayList<>(parts.stream().filter(p -> !p.matches("\\d+(\\.\\d+)*")).toList());
        if (!words.isEmpty()) {
            keys.add(key(String.join("", words)));
        }
        while (words.size() > 1 && COMPONENTS.contains(words.get(words.size() - 1))) {
            words.remove(words.size() - 1);
            keys.add(key(String.join("", words)));
        }
        if (prefixes && words.size() > 1 && HOSTS.contains(words.get(0).replaceAll("\\d+$", ""))) {
            // java-openjdk, postgresql-postgis, mod-dav-svn: what a platform hosts is named by the last part.
            keys.add(key(words.get(words.size() - 1)));
        }
        // python3, postgresql15, php8.2, stunnel4: a number glued to the name.
        for (String key : List.copyOf(keys)) {
            String unglued = key.replaceAll("(?<=[a-z]{3})\\d+$", "");
            if (!unglued.equals(key)) {
                keys.add(unglued);
            }
        }
        // x2goserver, smbclient, icingaweb2, zookeeperd: a component glued to the name, tried last.
        for (String key : List.copyOf(keys)) {
            Matcher glued = GLUED.matcher(key);
            if (glued.matches()) {
                keys.add(glued.group("name") != null ? glued.group("name") : glued.group("daemon"));
            }
        }
        keys.remove("");
    }

    /** A display name: vendor, version, architecture, language and edition fall away. */
    private static InventoryLine named(String raw, String line, Predicate<String> known) {
        // Parentheses, brackets and quotes hold architecture, language, a code name or a version: set aside, then dropped.
        Matcher group = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]|'([^']*)'").matcher(line);
        StringBuilder outside = new StringBuilder();
        List<String> inside = new ArrayList<>();
        int last = 0;
        while (group.find()) {
            outside.append(line, last, group.start()).append(' ');
            last = group.end();
            inside.add(group.group(1) != null ? group.group(1) : group.group(2));
        }
        outside.append(line.substring(last));
        // "Name - 14.38.33130", "Name, version 2": separators before a version.
        String[] words = outside.toString().replaceAll("\\s[-–,:]\\s", " ").trim().split("\\s+");
        List<String> name = new ArrayList<>();
        String version = null;
        boolean complete = false;
        List<String> after = new ArrayList<>();
        for (int i = 0; i < words.length; i++) {
            String word = words[i].replaceAll("[,;:]+$", "");
            String w = word.toLowerCase(Locale.ROOT);
            if (w.isEmpty()) {
                continue;
            }
            boolean isVersion = !name.isEmpty() && VERSION.matcher(w).matches();
            if (isVersion && version == null && w.matches(".*\\d[a-z].*")) {
                // "Robo 3T 1.4.4", "Foo 2D 3.1": letters after digits may end a name rather than be a version. The longest
                // run of words that, with the name so far, is a record's name or alias exactly is part of the name.
                int through = -1;
                for (int j = words.length - 1; j >= i && through < 0; j--) {
                    List<String> longer = new ArrayList<>(name);
                    longer.addAll(Arrays.asList(words).subList(i, j + 1));
                    if (known.test(key(String.join(" ", longer)))) {
                        through = j;
                    }
                }
                if (through >= 0) {
                    for (int j = i; j <= through; j++) {
                        name.add(words[j].replaceAll("[,;:]+$", ""));
                    }
                    i = through;
                    continue;
                }
            }
            if (isVersion && version == null) {
                version = cleanVersion(word);
                // 21.0.1+12 is whole: what follows (the installer's 21.0.1.12) writes its build another way.
                complete = word.contains("+");
                // Java's "8 Update 351".
                if (i + 2 < words.length && words[i + 1].equalsIgnoreCase("update") && words[i + 2].matches("\\d+")) {
                    version = word + " " + words[i + 1] + " " + words[i + 2];
                    i += 2;
                } else if (i + 1 < words.length && words[i + 1].matches("(?i)sp\\d+")) {
                    // A service pack is part of the release: SUSE Linux Enterprise Server "15 SP5", Windows "7 SP1".
                    version = version + " " + words[i + 1].toUpperCase(Locale.ROOT);
                    i += 1;
                }
                continue;
            }
            if (isVersion) {
                // GLPI appends the full version: "skype version 8.110 8.110.0.211".
                String longer = cleanVersion(word);
                if (!complete && extends_(longer, version)) {
                    version = longer;
                }
                continue;
            }
            if (NOISE.contains(w)) {
                continue;
            }
            if (version != null) {
                after.add(word);
            } else {
                name.add(word);
            }
        }
        if (version == null) {
            for (String group1 : inside) {
                for (String word : group1.split("[\\s,;/]+")) {
                    if (VERSION.matcher(word.toLowerCase(Locale.ROOT)).matches() && word.matches(".*\\d.*")) {
                        version = cleanVersion(word);
                        break;
                    }
                }
                if (version != null) {
                    break;
                }
            }
        }
        String cleaned = String.join(" ", name);
        Set<String> keys = new LinkedHashSet<>();
        boolean accessory = ACCESSORY_WORDS.matcher(line).find();
        if (accessory && !after.isEmpty()) {
            // "LibreOffice 7.5 Help Pack": the accessory's words come after the version, and are part of its name as written.
            keys.add(key(cleaned + " " + String.join(" ", after)));
        }
        if (!cleaned.isEmpty()) {
            // The name as written, then without its publishers: "Apache Software Foundation Apache NetBeans IDE",
            // "OpenVPN, Inc. OpenVPN", "JetBrains s.r.o. PyCharm" (a publisher ends with a corporate word).
            List<List<String>> bases = new ArrayList<>();
            bases.add(name);
            for (int i = 0; i < name.size() - 1; i++) {
                if (CORPORATE.contains(name.get(i).toLowerCase(Locale.ROOT).replaceAll(",$", ""))) {
                    bases.add(name.subList(i + 1, name.size()));
                }
            }
            for (int b = 0; b < bases.size(); b++) {
                List<String> base = bases.get(b);
                String lower = String.join(" ", base).toLowerCase(Locale.ROOT);
                for (String vendor : VENDORS) {
                    int length = vendor.split(" ").length;
                    if (lower.startsWith(vendor + " ") && length < base.size() && !bases.contains(base.subList(length, base.size()))) {
                        bases.add(base.subList(length, base.size()));
                    }
                }
            }
            for (List<String> base : bases) {
                keys.add(key(String.join(" ", base)));
            }
            // "Serveur web Apache", "Zabbix Agent", "IntelliJ IDEA Community Edition": without the describing words.
            for (List<String> base : bases) {
                List<String> naming = new ArrayList<>(base.stream()
                        .filter(w -> !DESCRIPTIVE.contains(w.toLowerCase(Locale.ROOT).replaceAll("[’']$", ""))).toList());
                // "Suite LibreOffice" describes; "Burp Suite", "Spring Tool Suite" name.
                if (!naming.isEmpty() && naming.get(0).equalsIgnoreCase("suite") && base.get(0).equalsIgnoreCase("suite")) {
                    naming.remove(0);
                }
                if (!naming.isEmpty() && naming.size() < base.size()) {
                    keys.add(key(String.join(" ", naming)));
                }
            }
        }
        keys.remove("");
        List<String> qualifiers = after.stream()
                .filter(w -> OTHER_PRODUCT.matcher(w).matches() || EDITIONS.contains(w.toLowerCase(Locale.ROOT))).toList();
        return new InventoryLine(raw, cleaned.isEmpty() ? line : cleaned, version, List.copyOf(keys), qualifiers, accessory, null);
    }

    /** Without a leading v and an installer's build suffix (OpenVPN's 2.6.8-I001), and as a person reads it ({@link #readable}). */
    private static String cleanVersion(String word) {
        return readable(word.replaceFirst("^[vV](?=\\d)", "").replaceFirst("-I\\d{3}$", "").replaceAll("[,;:]+$", ""));
    }

    /**
     * A version as a person reads it, without what says how it was built or labelled: semantic versioning's build
     * metadata after a {@code +} (Java's 17.0.9+9 build, PyTorch's 2.1.2+cu121 CUDA build, a git describe's
     * 4.17.2+76-ge1f9cb16e2), a release label that every release of the product carries (JBoss's and Hibernate's
     * .Final and .GA, pfSense's and Spring's -RELEASE), and Firefox's esr, which names the channel.
     */
    static String readable(String version) {
        if (version == null) {
            return null;
        }
        String readable = version.replaceFirst("(?<=\\d)\\+.*$", "")
                .replaceFirst("(?i)(?<=\\d)[.-](?:final|ga|release)$", "")
                .replaceFirst("(?i)(?<=\\d)esr$", "");
        return readable.isEmpty() ? version : readable;
    }

    /** Whether {@code longer} continues {@code shorter}: 8.110.0.211 continues 8.110; 3.11.7150.0 does not continue 3.11.7. */
    private static boolean extends_(String longer, String shorter) {
        String[] l = longer.split("\\.");
        String[] s = shorter.split("\\.");
        if (l.length <= s.length) {
            return false;
        }
        for (int i = 0; i < s.length; i++) {
            if (!l[i].equals(s[i])) {
                return false;
            }
        }
        return true;
    }
}
