package ca.quebec.catalogue.usage;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A person or a functional mailbox to ask. Anonymous callers only see contacts
 * marked public; for the others they see that a contact exists and its role.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Contact", description = "A referent contact. Anonymous callers see name, email and phone only for contacts marked public.")
public record Contact(
        @Schema(description = "Name of the person or the team", maxLength = 200) String name,
        @Schema(description = "Email address", maxLength = 254, format = "email") String email,
        @Schema(description = "Phone number", maxLength = 40) String phone,
        @Schema(description = "What this contact can help with (e.g. référent technique)", maxLength = 200) String role,
        @Schema(name = "public", description = "Whether anyone may see this contact's details (a functional mailbox, say)") Boolean isPublic) {

    /** Not public unless said so. */
    public Contact {
        isPublic = Boolean.TRUE.equals(isPublic);
    }

    @com.fasterxml.jackson.annotation.JsonProperty("public")
    @Override
    public Boolean isPublic() {
        return isPublic;
    }

    /** What an anonymous caller may see of this contact. */
    public Contact redacted() {
        return Boolean.TRUE.equals(isPublic) ? this : new Contact(null, null, null, role, false);
    }
}
