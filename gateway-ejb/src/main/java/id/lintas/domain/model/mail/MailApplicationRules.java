package id.lintas.domain.model.mail;

import id.lintas.domain.model.servicecase.FileKind;
import id.lintas.domain.model.sop.LocalizedText;
import id.lintas.domain.model.whatsapp.Requirement;
import id.lintas.domain.model.whatsapp.ServiceCatalog;
import id.lintas.domain.model.whatsapp.WaService;
import id.lintas.domain.shared.BusinessException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides an application that came by email, with the same services and requirement lists as
 * WhatsApp ({@link ServiceCatalog}): the subject (or else the text) names the service by its
 * title, code or one of its keywords; at least one file is attached; every file is a PDF, JPEG or
 * PNG by its content (never its name) and at most {@value FileKind#MAX_BYTES} bytes, at most
 * {@value #MAX_FILES} of them. Unlike the conversation, an email cannot be asked again for each
 * requirement: each file is matched to the requirement its name names where that is obvious
 * ({@code kk.pdf}, {@code surat-kelahiran.jpg}, {@code ktp_pelapor.png}), and kept under its own
 * name otherwise; the office's completeness check looks at them all.
 *
 * <p>An email whose subject names a case number (a reply to one of the office's emails about its
 * case, e.g. after the file was sent back) is not a new application: its files are documents for
 * that case ({@link #supplement}), checked the same way.
 */
public final class MailApplicationRules {
    public static final int MAX_FILES = 20;
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** A case number as the office writes it in its emails' subjects: office code, SOP, year, serial. */
    private static final Pattern CASE_NUMBER = Pattern.compile("\\b(\\d{4}-[A-Z][A-Z_]*-\\d{4}-\\d{6})\\b");
    private static final Locale INDONESIAN = Locale.forLanguageTag("id");
    private static final List<String> ENGLISH = List.of("dear", "please", "hello", "application", "apply", "attached", "regards");
    private static final List<String> INDONESIAN_WORDS = List.of("yth", "mohon", "permohonan", "saya", "terima", "kasih",
            "lampiran", "dengan", "hormat", "selamat");

    private final ServiceCatalog catalog;

    public MailApplicationRules(ServiceCatalog catalog) {
        this.catalog = Objects.requireNonNull(catalog);
    }

    public ServiceCatalog catalog() {
        return catalog;
    }

    /** What the office does with an email. */
    public sealed interface Decision permits Accepted, Refused, Supplement {
        /** The language to answer the case's news in (the replies carry both). */
        Locale language();
    }

    /** A file to attach to the case: the requirement it answers (if its name says so), its label and the file. */
    public record Document(Optional<String> requirementKey, String label, String fileName, byte[] bytes) {
    }

    /** Documents for the case of an earlier application, to attach to it. */
    public record Supplement(WaService service, String caseNumber, Locale language, List<Document> documents) implements Decision {
        public Supplement {
            documents = List.copyOf(documents);
        }
    }

    /** The application is complete enough to open a case: the office checks the documents. */
    public record Accepted(WaService service, Locale language, List<Document> documents) implements Decision {
        public Accepted {
            documents = List.copyOf(documents);
        }

        /** The requirement's name and the files that answer it (its alternative's included), in checklist order. */
        public List<Checked> checklist() {
            List<Checked> list = new ArrayList<>();
            for (Requirement r : service.requirements()) {
                List<String> files = documents.stream().filter(d -> d.requirementKey().filter(k -> k.equals(r.key())
                        || r.alternativeDocument().map(a -> a.key().equals(k)).orElse(false)).isPresent())
                        .map(Document::fileName).toList();
                list.add(new Checked(r, files));
            }
            return list;
        }

        /** The files whose names named no requirement. */
        public List<String> unmatched() {
            return documents.stream().filter(d -> d.requirementKey().isEmpty()).map(Document::fileName).toList();
        }
    }

    /** One line of the checklist in the reply. */
    public record Checked(Requirement requirement, List<String> files) {
    }

    /** Why an email cannot open a case. */
    public enum Refusal {
        UNKNOWN_SERVICE, NO_ATTACHMENTS, TOO_MANY_FILES, EMPTY_FILE, WRONG_TYPE, TOO_LARGE,
        /** Documents for a case number this address did not apply for (or no case has). */
        UNKNOWN_CASE,
        /** Documents for a case that is finished. */
        CASE_CLOSED
    }

    /** Refused: the reason, the service if one was named, the file at fault (or null), and the case the email named (or null). */
    public record Refused(Refusal reason, Locale language, Optional<WaService> service, String fileName, long size,
            String caseNumber) implements Decision {
        public Refused(Refusal reason, Locale language, Optional<WaService> service, String fileName, long size) {
            this(reason, language, service, fileName, size, null);
        }

        /** The words kept with the application: the reason and the file. */
        public String describe() {
            return reason + (fileName == null ? "" : " " + fileName + " (" + size + " bytes)")
                    + (caseNumber == null ? "" : " for case " + caseNumber);
        }
    }

    /** A new application: the service it names and its files. For an email naming a case, see {@link #caseNamed}. */
    public Decision decide(IncomingMail mail) {
        String subject = subjectWords(mail.subject());
        String text = ownText(mail.text());
        Optional<Match> match = find(subject).or(() -> find(text));
        Locale language = language(subject + " " + text, match);
        if (match.isEmpty()) {
            return new Refused(Refusal.UNKNOWN_SERVICE, language, Optional.empty(), null, 0);
        }
        WaService service = match.get().service();
        return files(mail, service, language, null, documents -> new Accepted(service, language, documents));
    }

    /** The case number the email's subject names, if it names one: it then brings documents for that case. */
    public static Optional<String> caseNamed(IncomingMail mail) {
        java.util.regex.Matcher m = CASE_NUMBER.matcher(mail.subject());
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /**
     * Documents for the open case {@code caseNumber} of an application for {@code service} this
     * address sent earlier: its files, checked as an application's are, each labelled by the
     * requirement its name names, else by its own name.
     */
    public Decision supplement(IncomingMail mail, WaService service, String caseNumber) {
        Locale language = language(mail);
        return files(mail, service, language, caseNumber, documents -> new Supplement(service, caseNumber, language, documents));
    }

    /** Documents for a case the email cannot add to: {@code reason} is {@link Refusal#UNKNOWN_CASE} or {@link Refusal#CASE_CLOSED}. */
    public Refused notForCase(IncomingMail mail, Refusal reason, Optional<WaService> service, String caseNumber) {
        if (reason != Refusal.UNKNOWN_CASE && reason != Refusal.CASE_CLOSED) {
            throw new IllegalArgumentException("not a refusal of documents for a case: " + reason);
        }
        return new Refused(reason, language(mail), service, null, 0, caseNumber);
    }

    private static Locale language(IncomingMail mail) {
        return language(subjectWords(mail.subject()) + " " + ownText(mail.text()), Optional.empty());
    }

    /** The email's files as documents for {@code service}, or the refusal of the first one at fault. */
    private static Decision files(IncomingMail mail, WaService service, Locale language, String caseNumber,
            java.util.function.Function<List<Document>, Decision> accepted) {
        if (mail.attachments().isEmpty()) {
            return new Refused(Refusal.NO_ATTACHMENTS, language, Optional.of(service), null, 0, caseNumber);
        }
        if (mail.attachments().size() > MAX_FILES) {
            return new Refused(Refusal.TOO_MANY_FILES, language, Optional.of(service), null, mail.attachments().size(), caseNumber);
        }
        List<Document> documents = new ArrayList<>();
        for (IncomingMail.File file : mail.attachments()) {
            Optional<Refusal> wrong = check(file.bytes());
            if (wrong.isPresent()) {
                return new Refused(wrong.get(), language, Optional.of(service), file.fileName(), file.bytes().length, caseNumber);
            }
            Optional<Labelled> requirement = requirementOf(service, file.fileName());
            documents.add(new Document(requirement.map(Labelled::key), requirement.map(Labelled::label).orElse(file.fileName()),
                    file.fileName(), file.bytes()));
        }
        return accepted.apply(documents);
    }

    private static Optional<Refusal> check(byte[] bytes) {
        try {
            FileKind.of(bytes);
            return Optional.empty();
        } catch (BusinessException e) {
            return Optional.of(switch (e.key()) {
                case "attachment.empty" -> Refusal.EMPTY_FILE;
                case "attachment.tooLarge" -> Refusal.TOO_LARGE;
                default -> Refusal.WRONG_TYPE;
            });
        }
    }

    private record Match(WaService service, String words, boolean english) {
    }

    /** The service the words name: the whole of them as the menu takes them, else the longest title, code or keyword in them. */
    private Optional<Match> find(String words) {
        if (words.isBlank()) {
            return Optional.empty();
        }
        Optional<WaService> whole = catalog.named(words.strip());
        if (whole.isPresent()) {
            return Optional.of(new Match(whole.get(), words.strip(), false));
        }
        String padded = " " + words + " ";
        Match best = null;
        for (WaService s : catalog.services()) {
            List<String> english = Stream.of(s.title().en(), s.name().en()).map(MailApplicationRules::normalise).toList();
            for (String candidate : Stream.concat(Stream.of(s.code().replace('_', ' '), s.title().id(), s.name().id()),
                    Stream.concat(english.stream(), s.keywords().stream())).map(MailApplicationRules::normalise).toList()) {
                if (!candidate.isBlank() && padded.contains(" " + candidate + " ")
                        && (best == null || candidate.length() > best.words().length())) {
                    best = new Match(s, candidate, english.contains(candidate));
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private record Labelled(String key, String label) {
    }

    /** The requirement (or alternative) a file's name names, by its key or the first words of its name; the longest wins. */
    private static Optional<Labelled> requirementOf(WaService service, String fileName) {
        String name = fileName.contains(".") ? fileName.substring(0, fileName.lastIndexOf('.')) : fileName;
        String padded = " " + normalise(name.replace('_', ' ')) + " ";
        Labelled best = null;
        int bestLength = 0;
        for (Requirement r : service.requirements()) {
            List<Labelled> forms = new ArrayList<>();
            forms.add(new Labelled(r.key(), r.name().id()));
            r.alternativeDocument().ifPresent(a -> forms.add(new Labelled(a.key(), a.name().id())));
            for (Labelled form : forms) {
                LocalizedText named = form.key().equals(r.key()) ? r.name()
                        : r.alternativeDocument().orElseThrow().name();
                for (String candidate : List.of(form.key().replace('_', ' '), normalise(named.id()), normalise(named.en()),
                        firstWords(normalise(named.id()), 2))) {
                    if (!candidate.isBlank() && padded.contains(" " + candidate + " ") && candidate.length() > bestLength) {
                        best = form;
                        bestLength = candidate.length();
                    }
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private static String firstWords(String words, int n) {
        String[] w = words.split(" ");
        return w.length <= n ? words : String.join(" ", List.of(w).subList(0, n));
    }

    /** Lower case, words separated by single spaces, without punctuation. */
    static String normalise(String s) {
        return NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The subject without the prefixes of replies and forwards. */
    private static String subjectWords(String subject) {
        return normalise(subject.replaceAll("(?i)^\\s*((re|fwd?|aw|wg)\\s*:\\s*)+", ""));
    }

    /** The text without quoted lines (a reply's earlier email). */
    private static String ownText(String text) {
        return normalise(String.join("\n", text.lines().filter(l -> !l.stripLeading().startsWith(">")).toList()));
    }

    /** English when the service was named in English or the email reads as English; Bahasa Indonesia otherwise. */
    private static Locale language(String words, Optional<Match> match) {
        if (match.map(Match::english).orElse(false)) {
            return Locale.ENGLISH;
        }
        String padded = " " + words + " ";
        long english = ENGLISH.stream().filter(w -> padded.contains(" " + w + " ")).count();
        long indonesian = INDONESIAN_WORDS.stream().filter(w -> padded.contains(" " + w + " ")).count();
        return english > indonesian ? Locale.ENGLISH : INDONESIAN;
    }
}
