package id.lintas.application.notification;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The email telling a family that the documents of a birth are on their way: Bahasa Indonesia
 * first, then the same in English, texts from the {@value #BUNDLE} bundle.
 */
public record DocumentsReadyMail(String childName, String caseNumber, String officeName, String officeContact,
        int attachedDocuments) {
    static final String BUNDLE = "id.lintas.messages.mail";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");

    public DocumentsReadyMail {
        Objects.requireNonNull(childName);
        Objects.requireNonNull(caseNumber);
        Objects.requireNonNull(officeName);
    }

    /** The email without documents attached (cases on SELINTAS versions before the TTE). */
    public DocumentsReadyMail(String childName, String caseNumber, String officeName, String officeContact) {
        this(childName, caseNumber, officeName, officeContact, 0);
    }

    public String subject() {
        return text("documentsReady.subject", INDONESIAN);
    }

    /** The Indonesian text, a rule, then the English text with its own subject line. */
    public String body() {
        return part(INDONESIAN) + "\n\n" + "-".repeat(40) + "\n\n" + text("documentsReady.subject", Locale.ENGLISH) + "\n\n"
                + part(Locale.ENGLISH) + "\n";
    }

    private String part(Locale locale) {
        boolean reachable = officeContact != null && !officeContact.isBlank();
        return text("documentsReady.body", locale) + (attachedDocuments > 0 ? "\n\n" + text("documentsReady.attached", locale) : "")
                + "\n\n" + text(reachable ? "documentsReady.contact" : "documentsReady.noContact",
                locale) + "\n\n" + text("documentsReady.closing", locale);
    }

    private String text(String key, Locale locale) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, DocumentsReadyMail.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(bundle.getString(key), locale).format(new Object[] {childName, caseNumber, officeName, officeContact,
                attachedDocuments});
    }
}
