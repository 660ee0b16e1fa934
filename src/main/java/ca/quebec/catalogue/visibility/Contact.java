package ca.quebec.catalogue.visibility;

import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import ca.quebec.catalogue.kernel.Checks;
import ca.quebec.catalogue.kernel.Violation;

/**
 * A person or a functional mailbox to ask about a usage or a solution. A
 * person's details are personal data: {@link VisibilityPolicy} decides who sees
 * them; others see that a contact exists, and its role.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Contact", description = "A referent contact. Anonymous callers see name, email and phone only for contacts marked public.")
public record Contact(
        @Schema(description = "Name of the person or the team", maxLength = 200) String name,
        @Schema(description = "Email address", maxLength = 254, format = "email") String email,
        @Schema(description = "Phone number", maxLength = 40) String phone,
        @Schema(description = "What this contact can help with (e.g. référent technique)", maxLength = 200) String role,
        @Schema(name = "public", description = "Whether anyone may see this contact's details (a functional mailbox, say)") Boolean isPublic) {

    /** At most this many contacts on a usage or a solution. */
    public static final int MAX = 20;
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{3,30}( ?(poste|ext\\.?|x) ?[0-9]{1,6})?$");

    /** Not public unless said so. */
    public Contact {
        isPublic = Boolean.TRUE.equals(isPublic);
    }

    @JsonProperty("public")
    @Override
    public Boolean isPublic() {
        return isPublic;
    }

    /** Contacts as sent: at least a name, an email or a phone each, the details well formed. */
    public static void check(List<Contact> contacts, String field, Checks checks) {
        if (contacts == null) {
            return;
        }
        if (contacts.size() > MAX) {
            checks.add(Violation.of(field, "too-many", MAX, contacts.size()));
            return;
        }
        for (int i = 0; i < contacts.size(); i++) {
            Contact c = contacts.get(i);
            String at = field + "/" + i;
            if (c == null) {
                checks.add(Violation.of(at, "required"));
                continue;
            }
            if (c.name() == null && c.email() == null && c.phone() == null) {
                checks.add(Violation.of(at, "contact-empty"));
            }
            checks.text(at + "/name", c.name(), Checks.NAME_MAX, false);
            checks.email(at + "/email", c.email());
            if (c.phone() != null && !PHONE.matcher(c.phone()).matches()) {
                checks.add(Violation.of(at + "/phone", "phone"));
            }
            checks.text(at + "/role", c.role(), Checks.NAME_MAX, false);
        }
    }
}
