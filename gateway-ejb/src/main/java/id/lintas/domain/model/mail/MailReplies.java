package id.lintas.domain.model.mail;

import id.lintas.domain.model.servicecase.FileKind;
import id.lintas.domain.model.whatsapp.Requirement;
import id.lintas.domain.model.whatsapp.WaService;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.function.Function;

/**
 * The emails the office sends to a resident who applied by email, worded from the
 * {@value #BUNDLE} bundle: Bahasa Indonesia first, then the same in English, each with its own
 * greeting and closing; the subject in both. A refusal says why and how to send it again (with
 * the services, or the service's requirements); an acceptance gives the reference and the case
 * number, with the requirement checklist and the files received; then the case's news.
 */
public final class MailReplies {
    static final String BUNDLE = "id.lintas.messages.mailapplication";
    static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final String RULE = "-".repeat(40);
    private static final int MAX_SUBJECT = 300;

    private final String officeName;
    private final ZoneId zone;

    public MailReplies(String officeName, ZoneId zone) {
        this.officeName = Objects.requireNonNull(officeName);
        this.zone = Objects.requireNonNull(zone);
    }

    /** An email: its subject and plain text. */
    public record Mail(String subject, String text) {
    }

    /** What the messages are about: reference, service, case number, and the rest of the arguments. */
    private record Facts(String reference, WaService service, String caseNumber, String fileName, long size, int files,
            Instant deadline, String reason, int documents) {
        Object[] args(Locale locale, String office, ZoneId zone) {
            return new Object[] {reference, service == null ? "" : service.name().in(locale), caseNumber == null ? "" : caseNumber,
                    fileName == null ? "" : fileName, String.format(Locale.ROOT, "%.1f", size / (1024.0 * 1024.0)),
                    FileKind.MAX_BYTES / (1024 * 1024), files, MailApplicationRules.MAX_FILES, office,
                    deadline == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm z", locale).withZone(zone).format(deadline),
                    reason == null ? "-" : reason, documents};
        }
    }

    /**
     * Why the email was not taken, and what to do: a new application is sent again in a new email;
     * documents for a case (a reply naming its number) are sent again in a reply.
     */
    public Mail refused(String reference, MailApplicationRules.Refused refused, List<WaService> services) {
        Facts facts = new Facts(reference, refused.service().orElse(null), refused.caseNumber(), refused.fileName(),
                refused.size(), (int) refused.size(), null, null, 0);
        MailApplicationRules.Refusal reason = refused.reason();
        boolean forCase = reason == MailApplicationRules.Refusal.UNKNOWN_CASE || reason == MailApplicationRules.Refusal.CASE_CLOSED;
        boolean replyAgain = refused.caseNumber() != null && !forCase;
        return mail(refused.caseNumber() == null ? "refused.subject" : "supplementRefused.subject", facts, locale -> {
            List<String> lines = new ArrayList<>();
            lines.add(text("refused." + reason, locale, facts));
            if (reason == MailApplicationRules.Refusal.UNKNOWN_SERVICE) {
                services.forEach(s -> lines.add("- " + s.title().in(locale) + ": " + s.name().in(locale)));
            } else if (!forCase) {
                lines.add("");
                lines.add(text("requirements", locale, facts));
                refused.service().orElseThrow().requirements().forEach(r -> lines.add("- " + requirement(r, locale)));
            }
            lines.add("");
            lines.add(text(replyAgain ? "againCase" : "again", locale, facts));
            return String.join("\n", lines);
        });
    }

    /** Documents for the case were received and attached to it. */
    public Mail supplemented(String reference, MailApplicationRules.Supplement supplement) {
        Facts facts = new Facts(reference, supplement.service(), supplement.caseNumber(),
                String.join(", ", supplement.documents().stream().map(MailApplicationRules.Document::fileName).toList()), 0,
                supplement.documents().size(), null, null, 0);
        return mail("supplement.subject", facts, locale -> text("supplement.body", locale, facts));
    }

    public Mail accepted(String reference, String caseNumber, MailApplicationRules.Accepted accepted) {
        Facts facts = new Facts(reference, accepted.service(), caseNumber, null, 0, accepted.documents().size(), null, null, 0);
        return mail("accepted.subject", facts, locale -> {
            List<String> lines = new ArrayList<>();
            lines.add(text("accepted.body", locale, facts));
            lines.add("");
            lines.add(text("accepted.checklist", locale, facts));
            for (MailApplicationRules.Checked c : accepted.checklist()) {
                lines.add((c.files().isEmpty() ? "[ ] " : "[v] ") + requirement(c.requirement(), locale)
                        + (c.files().isEmpty() ? "" : ": " + String.join(", ", c.files())));
            }
            if (!accepted.unmatched().isEmpty()) {
                lines.add(text("accepted.unmatched", locale, facts) + " " + String.join(", ", accepted.unmatched()));
            }
            lines.add("");
            lines.add(text("accepted.missing", locale, facts));
            return String.join("\n", lines);
        });
    }

    /** The office found the file complete: the service deadline. */
    public Mail complete(String reference, WaService service, String caseNumber, Instant deadline) {
        Facts facts = new Facts(reference, service, caseNumber, null, 0, 0, deadline, null, 0);
        return mail("progress.subject", facts, locale -> text("complete.body", locale, facts));
    }

    /** The file was sent back, with the reason. */
    public Mail returned(String reference, WaService service, String caseNumber, String reason) {
        Facts facts = new Facts(reference, service, caseNumber, null, 0, 0, null, reason, 0);
        return mail("progress.subject", facts, locale -> text("returned.body", locale, facts));
    }

    /** The signed documents, attached to this email. */
    public Mail documentsReady(String reference, WaService service, String caseNumber, int documents) {
        Facts facts = new Facts(reference, service, caseNumber, null, 0, 0, null, null, documents);
        return mail("documents.subject", facts, locale -> text("documents.body", locale, facts));
    }

    public Mail finished(String reference, WaService service, String caseNumber) {
        Facts facts = new Facts(reference, service, caseNumber, null, 0, 0, null, null, 0);
        return mail("finished.subject", facts, locale -> text("finished.body", locale, facts));
    }

    private Mail mail(String subjectKey, Facts facts, Function<Locale, String> body) {
        String subject = text(subjectKey, INDONESIAN, facts) + " / " + text(subjectKey, Locale.ENGLISH, facts);
        String text = part(INDONESIAN, facts, body) + "\n\n" + RULE + "\n\n" + text(subjectKey, Locale.ENGLISH, facts) + "\n\n"
                + part(Locale.ENGLISH, facts, body) + "\n";
        return new Mail(subject.length() <= MAX_SUBJECT ? subject : subject.substring(0, MAX_SUBJECT), text);
    }

    private String part(Locale locale, Facts facts, Function<Locale, String> body) {
        return text("greeting", locale, facts) + "\n\n" + body.apply(locale) + "\n\n" + text("closing", locale, facts);
    }

    private String requirement(Requirement r, Locale locale) {
        return r.name().in(locale) + r.alternativeDocument().map(a -> " / " + a.name().in(locale)).orElse("")
                + (r.optional() ? " (" + r.condition().map(c -> c.in(locale)).orElse(text("optional", locale, null)) + ")" : "");
    }

    private String text(String key, Locale locale, Facts facts) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, MailReplies.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        String pattern = bundle.getString(key);
        return facts == null ? pattern : new MessageFormat(pattern, locale).format(facts.args(locale, officeName, zone));
    }
}
