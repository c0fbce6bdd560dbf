package id.lintas.domain.model.servicecase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Locale;
import java.util.Objects;

/**
 * How to reach the resident whose application opened a case: the channel it came by, the address
 * on that channel (a WhatsApp number, an email address), the language they wrote in, and the
 * application's reference they were given (so a case is opened once per application).
 */
@Embeddable
public class ApplicantContact {
    @Enumerated(EnumType.STRING)
    @Column(name = "applicant_channel", length = 10)
    private ApplicationChannel channel;

    @Column(name = "applicant_address", length = 254)
    private String address;

    /** ID or EN. */
    @Column(name = "applicant_language", length = 2)
    private String language;

    @Column(name = "application_reference", length = 20)
    private String reference;

    protected ApplicantContact() {
    }

    public ApplicantContact(ApplicationChannel channel, String address, Locale language, String reference) {
        this.channel = Objects.requireNonNull(channel, "channel");
        this.address = Objects.requireNonNull(address, "address").strip();
        if (this.address.isEmpty() || this.address.length() > 254) {
            throw new IllegalArgumentException("an applicant address of 1-254 characters: " + address);
        }
        this.language = "en".equals(language.getLanguage()) ? "EN" : "ID";
        this.reference = Objects.requireNonNull(reference, "reference");
        if (reference.isBlank() || reference.length() > 20) {
            throw new IllegalArgumentException("an application reference of 1-20 characters: " + reference);
        }
    }

    public ApplicationChannel channel() {
        return channel;
    }

    public String address() {
        return address;
    }

    public Locale language() {
        return "EN".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("id");
    }

    public String reference() {
        return reference;
    }

    /** Whether it names a contact at all: JPA gives an embedded value with every column null as such an object. */
    boolean isPresent() {
        return channel != null;
    }

    @Override
    public String toString() {
        return channel + " " + address + " (" + reference + ")";
    }
}
