package id.lintas.domain.model.whatsapp;

import id.lintas.domain.model.servicecase.ApplicationReferences;
import id.lintas.domain.shared.IdentifiedEntity;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A resident's conversation with the office's WhatsApp number, from the first "halo" to the
 * application sent (DIK JAMILA ME-WA, LANDA MEWA): one per office and phone while it is open. It
 * decides every answer, in the resident's language (Bahasa Indonesia, or English on request):
 * the menu of services, the requirement checklist of the chosen one, each document in turn (a
 * photo or a PDF; a file too large, of the wrong kind, a video, get a clear answer), the LANDA MEWA
 * alternatives (an SPTJM instead of a birth letter or a marriage certificate), a confirmation
 * (Kirim / Ubah), and, at any time, "status", "bantuan", "batal" and "pengaduan ...". A number
 * whose application is sent cannot start another service until that one is finished.
 *
 * <p>It is pure: {@link #onMessage} and {@link #remindIfSilent} return what to send and what to
 * route (a {@link Complaint}); the caller stores the replies in the outbox in the same
 * transaction. Silence is reminded once, then the draft expires, keeping the documents received.
 */
@Entity
@Table(name = "wa_conversation")
public class Conversation extends IdentifiedEntity {

    static final String SERVICE = "svc:";
    static final String SKIP = "skip:";
    static final String ALTERNATIVE = "alt:";
    static final String REDO = "redo:";
    static final String SEND = "confirm:send";
    static final String CHANGE = "confirm:change";
    static final String SUPPLEMENT_SEND = "supplement:send";
    /** The requirement key of a document sent after the office returned the file. */
    static final String SUPPLEMENT_KEY = "tambahan";
    private static final String SUPPLEMENT_OPEN = "OPEN";
    private static final String SUPPLEMENT_SENT = "SENT";

    @Version
    private long version;

    @Column(name = "office_id", nullable = false)
    private long officeId;

    @Column(name = "phone", nullable = false, length = 15)
    private String phone;

    @Column(nullable = false, unique = true, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 2)
    private Language language = Language.ID;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ConversationState state = ConversationState.MENU;

    @Column(name = "service_code", length = 40)
    private String serviceCode;

    /** Requirements answered by their alternative (an SPTJM), comma-separated keys. */
    @Column(length = 500)
    private String alternatives = "";

    /** Optional requirements the resident skipped, comma-separated keys. */
    @Column(length = 500)
    private String skipped = "";

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "wa_conversation_document", joinColumns = @JoinColumn(name = "conversation_id"))
    @OrderColumn(name = "position")
    private List<ReceivedDocument> received = new ArrayList<>();

    @Column(name = "case_number", length = 40)
    private String caseNumber;

    @Column(name = "case_id")
    private Long caseId;

    /** Where the case stands (its current step's activity), for "status"; null once it is finished. */
    @Column(name = "case_step_id", length = 300)
    private String caseStepId;

    @Column(name = "case_step_en", length = 300)
    private String caseStepEn;

    /** The case's service deadline, from the moment the office found the file complete. */
    @Column(name = "case_deadline")
    private Instant caseDeadline;

    /**
     * The office sent the file back to the resident to complete: OPEN while the conversation takes
     * further documents, SENT once the resident sent them and until the case has them; else null.
     */
    @Column(length = 4)
    private String supplement;

    /** How many of the received documents the case has (the application's, then those sent after a return). */
    @Column(name = "documents_forwarded", nullable = false)
    private int documentsForwarded;

    /** Tries at opening the submitted application's case that failed, the next one's time and the last error. */
    @Column(name = "case_attempts", nullable = false)
    private int caseAttempts;

    @Column(name = "case_next_attempt_at")
    private Instant caseNextAttemptAt;

    @Column(name = "case_error", length = 2000)
    private String caseError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "reminded_at")
    private Instant remindedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected Conversation() {
    }

    /** A new conversation with a resident, at the menu, with a new application reference. */
    public Conversation(long officeId, WaId phone, Instant now) {
        this.officeId = officeId;
        this.phone = phone.digits();
        this.reference = ApplicationReferences.next("WA-");
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** What one message or one look at the clock gives: the replies to send, and a complaint to route (or none). */
    public record Outcome(List<Reply> replies, Optional<Complaint> complaint, boolean submitted) {
        public Outcome {
            replies = List.copyOf(replies);
            Objects.requireNonNull(complaint);
        }
    }

    /** Handles a message of the resident's and returns what to answer. */
    public Outcome onMessage(InboundMessage message, ConversationRules rules, Instant now) {
        if (!state.isOpen()) {
            throw new IllegalStateException("conversation " + reference + " is " + state + "; a new one takes the message");
        }
        if (!message.from().digits().equals(phone)) {
            throw new IllegalArgumentException("message " + message.wamid() + " is not from " + phone);
        }
        lastActivityAt = now;
        remindedAt = null;
        Turn turn = new Turn(rules);
        String words = message.type() == MessageType.TEXT ? message.text().orElse("").strip() : "";
        String command = words.toLowerCase(Locale.ROOT);
        String replyId = message.type() == MessageType.INTERACTIVE ? message.replyId().orElse("") : "";
        if (!words.isEmpty() && handledAnywhere(words, command, turn)) {
            return turn.outcome();
        }
        switch (state) {
            case MENU -> atMenu(message, command, replyId, turn);
            case COLLECTING -> collecting(message, command, replyId, turn, now);
            case CONFIRMING -> confirming(message, command, replyId, turn, now);
            case SUBMITTED -> submittedAlready(message, command, replyId, turn, now);
            default -> throw new IllegalStateException(state.name());
        }
        return turn.outcome();
    }

    /**
     * Looks at a silent draft: after {@link ConversationRules#remindAfter()} one reminder, after
     * {@link ConversationRules#expireAfter()} the draft expires (the documents received stay with
     * it). Returns what to send, often nothing.
     */
    public List<Reply> remindIfSilent(ConversationRules rules, Instant now) {
        if (!state.isDraft()) {
            return List.of();
        }
        Turn turn = new Turn(rules);
        if (!now.isBefore(lastActivityAt.plus(rules.expireAfter()))) {
            state = ConversationState.EXPIRED;
            closedAt = now;
            turn.text("expired", serviceTitle(rules), rules.expireAfter().toHours(), received.size());
        } else if (remindedAt == null && !now.isBefore(lastActivityAt.plus(rules.remindAfter()))) {
            remindedAt = now;
            if (state == ConversationState.MENU) {
                turn.text("reminder.menu");
            } else if (state == ConversationState.CONFIRMING) {
                turn.text("reminder.confirm");
                confirmation(turn);
            } else {
                turn.text("reminder.documents", serviceTitle(rules), missingList(turn), rules.expireAfter().toHours());
            }
        }
        return turn.outcome().replies();
    }

    /** A document of a submitted application: what it is (in Bahasa Indonesia, the office's language) and its stored file. */
    public record SubmittedDocument(String label, long fileId) {
    }

    /** The documents of the submitted application, in the checklist's order, each named as the requirement (or its alternative) it answers. */
    public List<SubmittedDocument> submittedDocuments(ConversationRules rules) {
        if (state != ConversationState.SUBMITTED) {
            throw new IllegalStateException("conversation " + reference + " has no submitted application: " + state);
        }
        Locale office = Language.ID.locale();
        List<SubmittedDocument> documents = new ArrayList<>();
        for (Requirement r : service(rules).requirements()) {
            for (ReceivedDocument d : received) {
                if (d.requirementKey().equals(r.key())) {
                    String label = d.alternative() ? r.alternativeDocument().orElseThrow().name().in(office) : r.name().in(office);
                    documents.add(new SubmittedDocument(label, d.fileId()));
                }
            }
        }
        return documents;
    }

    /** The office opened the case of the submitted application: the resident is told its number. */
    public List<Reply> caseOpened(long id, String number, ConversationRules rules) {
        if (state != ConversationState.SUBMITTED) {
            throw new IllegalStateException("only a submitted application opens a case, not one " + state);
        }
        caseId = id;
        caseNumber = Objects.requireNonNull(number);
        documentsForwarded = received.size();
        Turn turn = new Turn(rules);
        turn.text("case.opened", reference, serviceTitle(rules), number);
        return turn.outcome().replies();
    }

    /** An instance is opening the application's case: others leave it until {@code until} (when a crash would have let it go). */
    public void caseOpeningClaimed(Instant until) {
        caseNextAttemptAt = until;
    }

    /**
     * The application's case could not be opened now (the office's systems failed, or its rules
     * refused): tried again after 10 s, 20 s ... at most an hour; the error is kept for the admin.
     */
    public void caseNotOpenedYet(String error, Instant now) {
        caseAttempts++;
        caseError = error == null ? null : error.substring(0, Math.min(error.length(), 2000));
        long seconds = Math.min(3600, 10L << Math.min(caseAttempts - 1, 9));
        caseNextAttemptAt = now.plusSeconds(seconds);
    }

    /**
     * The case moved on: the conversation keeps where it stands (the step's activity in both
     * languages, the service deadline once the file is complete), for "status". The resident is
     * told when the office found the file complete (the deadline is new).
     */
    public List<Reply> caseProgressed(String stepId, String stepEn, Instant deadline, ConversationRules rules) {
        if (caseNumber == null) {
            throw new IllegalStateException("conversation " + reference + " has no case");
        }
        boolean deadlineNew = deadline != null && !deadline.equals(caseDeadline);
        caseStepId = stepId;
        caseStepEn = stepEn;
        caseDeadline = deadline;
        Turn turn = new Turn(rules);
        if (deadlineNew) {
            turn.text("case.complete", caseNumber, turn.time(deadline));
        }
        return turn.outcome().replies();
    }

    /** The kabid's answer to a complaint the resident sent: the kabid's title (Indonesian, English), what they wrote, the answer. */
    public List<Reply> complaintAnswered(String kabidId, String kabidEn, String complaint, String answer, ConversationRules rules) {
        Turn turn = new Turn(rules);
        String excerpt = complaint.length() <= 80 ? complaint : complaint.substring(0, 79) + "…";
        turn.text("complaint.answer", language == Language.EN ? kabidEn : kabidId, excerpt, answer);
        return turn.outcome().replies();
    }

    /** The case's signed documents go to the resident: what precedes them. */
    public List<Reply> documentsReady(int count, ConversationRules rules) {
        Turn turn = new Turn(rules);
        turn.text("case.documents", caseNumber, count);
        return turn.outcome().replies();
    }

    /** The case is finished: the phone may apply for something else. */
    public List<Reply> close(Instant now, ConversationRules rules) {
        if (state != ConversationState.SUBMITTED) {
            throw new IllegalStateException("only a submitted application is closed, not one " + state);
        }
        state = ConversationState.CLOSED;
        closedAt = now;
        caseStepId = null;
        caseStepEn = null;
        Turn turn = new Turn(rules);
        turn.text("case.closed", caseNumber);
        return turn.outcome().replies();
    }

    // ---------------------------------------------------------------- commands valid in every state

    private boolean handledAnywhere(String words, String command, Turn turn) {
        switch (command) {
            case "english", "en", "bahasa inggris" -> {
                language = Language.EN;
                turn.text("language.set");
                prompt(turn);
                return true;
            }
            case "indonesia", "bahasa indonesia", "bahasa", "id", "indonesian" -> {
                language = Language.ID;
                turn.text("language.set");
                prompt(turn);
                return true;
            }
            case "bantuan", "help", "?" -> {
                turn.text("help", turn.rules.maxMediaBytes() / (1024 * 1024));
                return true;
            }
            case "status", "cek status" -> {
                status(turn);
                return true;
            }
            case "batal", "cancel" -> {
                if (state == ConversationState.SUBMITTED) {
                    turn.text("cancel.submitted", reference);
                } else {
                    state = ConversationState.CANCELLED;
                    closedAt = turn.now();
                    turn.text("cancelled");
                }
                return true;
            }
            default -> {
            }
        }
        for (String prefix : List.of("pengaduan", "aduan", "complaint")) {
            if (command.equals(prefix) || command.startsWith(prefix + " ") || command.startsWith(prefix + ":")) {
                String text = words.substring(prefix.length()).replaceFirst("^[\\s:]+", "");
                if (text.isBlank()) {
                    turn.text("complaint.empty");
                } else {
                    turn.complaint = new Complaint(new WaId(phone), state == ConversationState.SUBMITTED ? reference : null,
                            serviceCode, text);
                    turn.text("complaint.received");
                }
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- the states

    private void atMenu(InboundMessage message, String command, String replyId, Turn turn) {
        Optional<WaService> chosen = chosenService(message, command, replyId, turn.rules);
        if (chosen.isPresent()) {
            choose(chosen.get(), turn);
            return;
        }
        if (message.type().carriesDocument()) {
            turn.text("menu.first");
        } else if (!command.isEmpty() && !isGreeting(command)) {
            turn.text("unknown.menu");
        } else {
            turn.text("welcome");
        }
        menu(turn);
    }

    private void collecting(InboundMessage message, String command, String replyId, Turn turn, Instant now) {
        Optional<WaService> chosen = chosenService(message, command, replyId, turn.rules);
        if (chosen.isPresent()) {
            if (!chosen.get().code().equals(serviceCode)) {
                choose(chosen.get(), turn); // another service: start its checklist afresh
            } else {
                prompt(turn);
            }
            return;
        }
        Requirement current = currentRequirement(turn.rules).orElseThrow();
        if (command.equals("menu")) {
            menu(turn);
            return;
        }
        if (isGreeting(command)) {
            prompt(turn);
            return;
        }
        if (replyId.equals(SKIP + current.key()) || (command.equals("lewati") || command.equals("skip")) && message.type() == MessageType.TEXT) {
            if (!current.optional()) {
                turn.text("skip.notAllowed", name(current, turn));
                prompt(turn);
                return;
            }
            skipped = add(skipped, current.key());
            turn.text("skipped", name(current, turn));
            next(turn);
            return;
        }
        if (replyId.equals(ALTERNATIVE + current.key()) || isNoDocument(command)) {
            if (current.alternativeDocument().isEmpty() || usesAlternative(current)) {
                turn.text(current.optional() ? "noAlternative.optional" : "noAlternative", name(current, turn));
                prompt(turn);
                return;
            }
            alternatives = add(alternatives, current.key());
            turn.text("alternative.chosen", current.name().in(turn.locale()),
                    current.alternativeDocument().get().name().in(turn.locale()));
            prompt(turn);
            return;
        }
        if (message.type().carriesDocument()) {
            if (tooLarge(message, turn)) {
                return;
            }
            if (keep(message, current.key(), usesAlternative(current), name(current, turn), turn, now)) {
                turn.text("document.received", name(current, turn), done(turn.rules), service(turn.rules).requirements().size());
                next(turn);
            }
            return;
        }
        if (message.type() == MessageType.VIDEO) {
            turn.text("document.video", name(current, turn));
            return;
        }
        if (message.type() == MessageType.AUDIO || message.type() == MessageType.OTHER) {
            turn.text("document.notAFile", name(current, turn));
            return;
        }
        turn.text("unknown.collecting");
        prompt(turn);
    }

    private void confirming(InboundMessage message, String command, String replyId, Turn turn, Instant now) {
        Optional<WaService> chosen = chosenService(message, command, replyId, turn.rules);
        if (chosen.isPresent() && !chosen.get().code().equals(serviceCode)) {
            choose(chosen.get(), turn);
            return;
        }
        if (replyId.equals(SEND) || List.of("kirim", "send", "ya", "yes").contains(command)) {
            state = ConversationState.SUBMITTED;
            submittedAt = now;
            turn.submitted = true;
            turn.text("submitted", serviceTitle(turn.rules), reference);
            return;
        }
        if (replyId.equals(CHANGE) || List.of("ubah", "change").contains(command)) {
            List<Reply.Row> rows = new ArrayList<>();
            for (Requirement r : service(turn.rules).requirements()) {
                rows.add(new Reply.Row(REDO + r.key(), clip(name(r, turn), 24), clip(name(r, turn), 72)));
            }
            turn.replies.add(new Reply.ListMenu(turn.say("change.body"), turn.say("change.button"), rows));
            return;
        }
        if (replyId.startsWith(REDO)) {
            String key = replyId.substring(REDO.length());
            Optional<Requirement> r = service(turn.rules).requirement(key);
            if (r.isPresent()) {
                received.removeIf(d -> d.requirementKey().equals(key));
                skipped = remove(skipped, key);
                alternatives = remove(alternatives, key);
                state = ConversationState.COLLECTING;
                turn.text("change.again", r.get().name().in(turn.locale()));
                prompt(turn);
                return;
            }
        }
        if (message.type().carriesDocument() || message.type() == MessageType.VIDEO) {
            turn.text("confirm.complete");
        } else {
            turn.text("unknown.confirm");
        }
        confirmation(turn);
    }

    private void submittedAlready(InboundMessage message, String command, String replyId, Turn turn, Instant now) {
        if (SUPPLEMENT_OPEN.equals(supplement)) {
            supplementing(message, command, replyId, turn, now);
            return;
        }
        Optional<WaService> chosen = chosenService(null, command, replyId, turn.rules);
        if (chosen.isPresent() && !chosen.get().code().equals(serviceCode)) {
            turn.text("openCase.other", reference, serviceTitle(turn.rules), chosen.get().title().in(turn.locale()));
            return;
        }
        turn.text("submitted.waiting", reference, serviceTitle(turn.rules));
    }

    /** The file came back to the resident: each document is taken as a supplement until "kirim" sends them to the office. */
    private void supplementing(InboundMessage message, String command, String replyId, Turn turn, Instant now) {
        long added = received.size() - documentsForwarded;
        if (replyId.equals(SUPPLEMENT_SEND) || List.of("kirim", "send").contains(command)) {
            if (added == 0) {
                turn.text("supplement.nothing", caseNumber);
                return;
            }
            supplement = SUPPLEMENT_SENT;
            turn.text("supplement.sent", added, caseNumber);
            return;
        }
        if (message.type().carriesDocument()) {
            if (tooLarge(message, turn)) {
                return;
            }
            if (keep(message, SUPPLEMENT_KEY, false, turn.say("supplement.document"), turn, now)) {
                turn.replies.add(new Reply.Buttons(turn.say("supplement.received", added + 1),
                        List.of(new Reply.Button(SUPPLEMENT_SEND, turn.say("button.send")))));
            }
            return;
        }
        if (message.type() == MessageType.VIDEO) {
            turn.text("document.video", turn.say("supplement.document"));
            return;
        }
        turn.text("supplement.ask", caseNumber);
    }

    /**
     * Keeps a photo or file the relay stored, under {@code key} (the requirement it answers); one
     * of a wrong type or that could not be read is not kept, and the resident is told so about
     * {@code what}. Whether it was kept.
     */
    private boolean keep(InboundMessage message, String key, boolean alternative, String what, Turn turn, Instant now) {
        switch (message.mediaStatus()) {
            case STORED -> {
                received.add(new ReceivedDocument(key, alternative, message.wamid(), message.mediaId().orElse(null),
                        message.mediaFileId().orElseThrow(), now));
                return true;
            }
            case WRONG_TYPE -> turn.text("document.wrongType", what);
            default -> turn.text("document.unreadable", what);
        }
        return false;
    }

    /**
     * The office sent the case back to the resident's own steps, with a reason: the conversation
     * takes further documents until the resident sends them ("kirim").
     */
    public List<Reply> caseReturnedToApplicant(String reason, ConversationRules rules) {
        if (state != ConversationState.SUBMITTED || caseNumber == null) {
            throw new IllegalStateException("conversation " + reference + " has no case to complete: " + state);
        }
        supplement = SUPPLEMENT_OPEN;
        Turn turn = new Turn(rules);
        turn.text("supplement.requested", caseNumber, reason);
        return turn.outcome().replies();
    }

    /** The documents the resident sent after the return that the case does not have yet. */
    public List<SubmittedDocument> supplements() {
        List<SubmittedDocument> documents = new ArrayList<>();
        for (ReceivedDocument d : received.subList(documentsForwarded, received.size())) {
            documents.add(new SubmittedDocument("Berkas tambahan", d.fileId()));
        }
        return documents;
    }

    /** The case has the supplements now: the resident is told. */
    public List<Reply> supplementsForwarded(ConversationRules rules) {
        if (!SUPPLEMENT_SENT.equals(supplement)) {
            throw new IllegalStateException("conversation " + reference + " has no supplements to forward");
        }
        int count = received.size() - documentsForwarded;
        documentsForwarded = received.size();
        supplement = null;
        Turn turn = new Turn(rules);
        turn.text("supplement.forwarded", count, caseNumber);
        return turn.outcome().replies();
    }

    /** Whether the resident sent further documents the case does not have yet. */
    public boolean hasSupplementsToForward() {
        return SUPPLEMENT_SENT.equals(supplement);
    }

    // ---------------------------------------------------------------- steps and prompts

    private void choose(WaService service, Turn turn) {
        serviceCode = service.code();
        received.clear();
        skipped = "";
        alternatives = "";
        state = ConversationState.COLLECTING;
        StringBuilder list = new StringBuilder();
        int n = 1;
        for (Requirement r : service.requirements()) {
            list.append(n++).append(". ").append(r.name().in(turn.locale()));
            r.condition().ifPresent(c -> list.append(" (").append(c.in(turn.locale())).append(")"));
            r.alternativeDocument().ifPresent(a -> list.append("\n   ").append(turn.say("checklist.alternative",
                    a.name().in(turn.locale()))));
            list.append('\n');
        }
        turn.text("checklist", service.name().in(turn.locale()), list.toString().strip());
        prompt(turn);
    }

    /** After a document or a skip: the next requirement, or the confirmation when all are in. */
    private void next(Turn turn) {
        if (currentRequirement(turn.rules).isPresent()) {
            prompt(turn);
        } else {
            state = ConversationState.CONFIRMING;
            confirmation(turn);
        }
    }

    /** Asks for what the conversation waits for now. */
    private void prompt(Turn turn) {
        switch (state) {
            case MENU -> menu(turn);
            case COLLECTING -> {
                Requirement r = currentRequirement(turn.rules).orElseThrow();
                String body = turn.say("ask.document", name(r, turn), position(r, turn.rules),
                        service(turn.rules).requirements().size())
                        + r.condition().map(c -> "\n(" + c.in(turn.locale()) + ")").orElse("");
                List<Reply.Button> buttons = new ArrayList<>();
                if (r.alternativeDocument().isPresent() && !usesAlternative(r)) {
                    body += "\n" + turn.say("ask.alternative", r.alternativeDocument().get().name().in(turn.locale()));
                    buttons.add(new Reply.Button(ALTERNATIVE + r.key(), turn.say("button.noDocument")));
                }
                if (r.optional()) {
                    buttons.add(new Reply.Button(SKIP + r.key(), turn.say("button.skip")));
                }
                turn.replies.add(buttons.isEmpty() ? new Reply.Text(body) : new Reply.Buttons(body, buttons));
            }
            case CONFIRMING -> confirmation(turn);
            case SUBMITTED -> turn.text("submitted.waiting", reference, serviceTitle(turn.rules));
            default -> {
            }
        }
    }

    private void menu(Turn turn) {
        List<Reply.Row> rows = new ArrayList<>();
        for (WaService s : turn.rules.services().services()) {
            rows.add(new Reply.Row(SERVICE + s.code(), s.title().in(turn.locale()), clip(s.name().in(turn.locale()), 72)));
        }
        turn.replies.add(new Reply.ListMenu(turn.say("menu.body"), turn.say("menu.button"), rows));
    }

    private void confirmation(Turn turn) {
        StringBuilder summary = new StringBuilder();
        for (Requirement r : service(turn.rules).requirements()) {
            boolean in = received.stream().anyMatch(d -> d.requirementKey().equals(r.key()));
            summary.append(in ? "✅ " : "➖ ").append(name(r, turn)).append('\n');
        }
        String body = turn.say("confirm.body", service(turn.rules).name().in(turn.locale()), summary.toString().strip());
        turn.replies.add(new Reply.Buttons(clip(body, Reply.MAX_INTERACTIVE_BODY), List.of(
                new Reply.Button(SEND, turn.say("button.send")), new Reply.Button(CHANGE, turn.say("button.change")))));
    }

    private void status(Turn turn) {
        switch (state) {
            case MENU -> {
                turn.text("status.menu");
                menu(turn);
            }
            case COLLECTING -> turn.text("status.collecting", serviceTitle(turn.rules), done(turn.rules),
                    service(turn.rules).requirements().size(), missingList(turn));
            case CONFIRMING -> {
                turn.text("status.confirming", serviceTitle(turn.rules));
                confirmation(turn);
            }
            case SUBMITTED -> {
                if (caseNumber == null) {
                    turn.text("status.submitted", reference, serviceTitle(turn.rules));
                } else {
                    String step = language == Language.EN && caseStepEn != null ? caseStepEn : caseStepId;
                    turn.text("status.case", reference, serviceTitle(turn.rules), caseNumber, step == null ? "-" : step);
                    if (caseDeadline != null) {
                        turn.text("status.deadline", turn.time(caseDeadline));
                    }
                }
            }
            default -> {
            }
        }
    }

    private boolean tooLarge(InboundMessage message, Turn turn) {
        long size = message.mediaSize().orElse(0L);
        if (message.mediaStatus() == MediaStatus.TOO_LARGE || size > turn.rules.maxMediaBytes()) {
            turn.text("document.tooLarge", megabytes(size), megabytes(turn.rules.maxMediaBytes()));
            return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- reading the state

    private Optional<WaService> chosenService(InboundMessage message, String command, String replyId, ConversationRules rules) {
        if (replyId.startsWith(SERVICE)) {
            return rules.services().byCode(replyId.substring(SERVICE.length()));
        }
        if (!command.isEmpty() && (message == null || message.type() == MessageType.TEXT)) {
            return rules.services().named(command);
        }
        return Optional.empty();
    }

    /** The first requirement neither received nor skipped. */
    private Optional<Requirement> currentRequirement(ConversationRules rules) {
        Set<String> skips = keys(skipped);
        return service(rules).requirements().stream()
                .filter(r -> !skips.contains(r.key()) && received.stream().noneMatch(d -> d.requirementKey().equals(r.key())))
                .findFirst();
    }

    private int done(ConversationRules rules) {
        return (int) service(rules).requirements().stream().filter(r -> isDone(r)).count();
    }

    private boolean isDone(Requirement r) {
        return keys(skipped).contains(r.key()) || received.stream().anyMatch(d -> d.requirementKey().equals(r.key()));
    }

    private int position(Requirement r, ConversationRules rules) {
        return service(rules).requirements().indexOf(r) + 1;
    }

    private String missingList(Turn turn) {
        return service(turn.rules).requirements().stream().filter(r -> !isDone(r)).map(r -> "- " + name(r, turn))
                .collect(Collectors.joining("\n"));
    }

    private WaService service(ConversationRules rules) {
        return rules.services().byCode(serviceCode)
                .orElseThrow(() -> new IllegalStateException("service " + serviceCode + " is no longer offered"));
    }

    private String serviceTitle(ConversationRules rules) {
        return serviceCode == null ? "-" : rules.services().byCode(serviceCode).map(s -> s.title().in(language.locale()))
                .orElse(serviceCode);
    }

    private boolean usesAlternative(Requirement r) {
        return keys(alternatives).contains(r.key());
    }

    /** The requirement's name, or its alternative's when the resident has chosen that. */
    private String name(Requirement r, Turn turn) {
        if (usesAlternative(r)) {
            return r.alternativeDocument().orElseThrow().name().in(turn.locale());
        }
        return r.name().in(turn.locale());
    }

    private static boolean isGreeting(String command) {
        return List.of("halo", "hallo", "hai", "hi", "hello", "menu", "mulai", "start", "assalamualaikum", "selamat pagi",
                "selamat siang", "selamat sore", "selamat malam", "p").contains(command);
    }

    private static boolean isNoDocument(String command) {
        return List.of("tidak punya", "tidak ada", "gak punya", "nggak punya", "tidak", "i don't have it", "don't have it",
                "none", "no").contains(command);
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }

    private static Set<String> keys(String list) {
        return list == null || list.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(list.split(",")));
    }

    private static String add(String list, String key) {
        Set<String> s = new LinkedHashSet<>(keys(list));
        s.add(key);
        return String.join(",", s);
    }

    private static String remove(String list, String key) {
        Set<String> s = new LinkedHashSet<>(keys(list));
        s.remove(key);
        return String.join(",", s);
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }


    /** The replies of one turn, in the conversation's language as it is when each is written. */
    private final class Turn {
        final ConversationRules rules;
        final List<Reply> replies = new ArrayList<>();
        Complaint complaint;
        boolean submitted;

        Turn(ConversationRules rules) {
            this.rules = rules;
        }

        Locale locale() {
            return language.locale();
        }

        Instant now() {
            return lastActivityAt;
        }

        /** A time as the office tells it: its own zone, e.g. "3 Desember 2026 14.05 WIB". */
        String time(Instant at) {
            return java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy HH.mm z", locale()).format(at.atZone(rules.zone()));
        }

        String say(String key, Object... args) {
            return WhatsAppTexts.format(key, language, args);
        }

        void text(String key, Object... args) {
            replies.add(new Reply.Text(say(key, args)));
        }

        Outcome outcome() {
            return new Outcome(replies, Optional.ofNullable(complaint), submitted);
        }
    }

    // ---------------------------------------------------------------- reading

    public long officeId() {
        return officeId;
    }

    public WaId phone() {
        return new WaId(phone);
    }

    /** The application's reference, told to the resident when it is sent (until its case has a number). */
    public String reference() {
        return reference;
    }

    public Language language() {
        return language;
    }

    public ConversationState state() {
        return state;
    }

    public Optional<String> serviceCode() {
        return Optional.ofNullable(serviceCode);
    }

    public List<ReceivedDocument> received() {
        return List.copyOf(received);
    }

    /** The requirements answered by their alternative (an SPTJM). */
    public Set<String> alternatives() {
        return keys(alternatives);
    }

    public Set<String> skipped() {
        return keys(skipped);
    }

    public Optional<String> caseNumber() {
        return Optional.ofNullable(caseNumber);
    }

    public int caseAttempts() {
        return caseAttempts;
    }

    public Optional<String> caseError() {
        return Optional.ofNullable(caseError);
    }

    public Optional<Long> caseId() {
        return Optional.ofNullable(caseId);
    }

    public Optional<Instant> caseDeadline() {
        return Optional.ofNullable(caseDeadline);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public Optional<Instant> remindedAt() {
        return Optional.ofNullable(remindedAt);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }
}
