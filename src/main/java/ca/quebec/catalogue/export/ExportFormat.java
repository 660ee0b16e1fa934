package ca.quebec.catalogue.export;

import java.util.Arrays;
import java.util.Optional;

import ca.quebec.catalogue.kernel.Versions;

/** The whole-catalogue exports, by the file name a harvester asks for. */
enum ExportFormat {
    CATALOGUE_JSON("catalogue.json", ExportFormat.JSON),
    CODE_JSON("code.json", ExportFormat.JSON),
    SOFTWARE_CSV("software.csv", ExportFormat.CSV),
    SOLUTIONS_CSV("solutions.csv", ExportFormat.CSV),
    USAGES_CSV("usages.csv", ExportFormat.CSV),
    ORGANIZATIONS_CSV("organizations.csv", ExportFormat.CSV);

    static final String JSON = "application/json";
    /** RFC 4180's media type, with its optional header parameter: the first record names the columns. */
    static final String CSV = "text/csv;charset=UTF-8;header=present";

    final String file;
    final String mediaType;

    ExportFormat(String file, String mediaType) {
        this.file = file;
        this.mediaType = mediaType;
    }

    static Optional<ExportFormat> byFile(String file) {
        return Arrays.stream(values()).filter(f -> f.file.equals(file)).findFirst();
    }

    static String files() {
        return String.join(", ", Arrays.stream(values()).map(f -> f.file).toList());
    }

    boolean csv() {
        return mediaType.equals(CSV);
    }

    /** The entity tag of this export at a change-log position: the same position, the same export. */
    String tag(long seq) {
        return Versions.tag(seq, file);
    }
}
