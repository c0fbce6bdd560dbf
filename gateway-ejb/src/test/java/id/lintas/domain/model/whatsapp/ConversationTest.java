package id.lintas.domain.model.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConversationTest {
    static final ServiceCatalog CATALOG = ServiceCatalogReader.shipped();
    static final ConversationRules RULES = ConversationRules.defaults(CATALOG);
    static final WaId PHONE = WaId.of("0812-3456-7890");
    static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private final Conversation conversation = new Conversation(1L, PHONE, T0);
    private int sequence;
    private long fileIds = 100;
    private Instant now = T0;

    // ------------------------------------------------------------------ message helpers

    private Conversation.Outcome text(String text) {
        return handle(InboundMessage.Received.text(nextWamid(), PHONE, text, now));
    }

    private Conversation.Outcome tap(String replyId) {
        return handle(InboundMessage.Received.reply(nextWamid(), PHONE, replyId, "title", now));
    }

    private Conversation.Outcome photo() {
        InboundMessage m = message(InboundMessage.Received.media(nextWamid(), PHONE, MessageType.IMAGE, "media-" + sequence,
                "image/jpeg", null, now));
        m.mediaStored(fileIds++, 200_000);
        return run(m);
    }

    private Conversation.Outcome media(MessageType type, MediaStatus status, long size) {
        InboundMessage m = message(InboundMessage.Received.media(nextWamid(), PHONE, type, "media-" + sequence,
                "application/pdf", "scan.pdf", now));
        if (status == MediaStatus.STORED) {
            m.mediaStored(fileIds++, size);
        } else if (status != MediaStatus.NONE) {
            m.mediaRefused(status, size);
        }
        return run(m);
    }

    private Conversation.Outcome handle(InboundMessage.Received received) {
        return run(message(received));
    }

    private InboundMessage message(InboundMessage.Received received) {
        return new InboundMessage(1L, received, now);
    }

    private Conversation.Outcome run(InboundMessage m) {
        now = now.plusSeconds(30);
        return conversation.onMessage(m, RULES, now);
    }

    private String nextWamid() {
        return "wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABIYFjNFQjA" + (++sequence);
    }

    private static String all(Conversation.Outcome outcome) {
        return all(outcome.replies());
    }

    private static String all(List<Reply> replies) {
        return replies.stream().map(ConversationTest::body).collect(Collectors.joining("\n---\n"));
    }

    private static String body(Reply r) {
        if (r instanceof Reply.Text t) {
            return t.body();
        }
        if (r instanceof Reply.Buttons b) {
            return b.body() + " " + b.buttons().stream().map(Reply.Button::title).toList();
        }
        if (r instanceof Reply.ListMenu l) {
            return l.body() + " " + l.rows().stream().map(Reply.Row::title).toList();
        }
        return ((Reply.Document) r).caption();
    }

    private static Reply last(Conversation.Outcome outcome) {
        return outcome.replies().get(outcome.replies().size() - 1);
    }

    private void chooseBirth() {
        text("halo");
        tap("svc:BIRTH");
    }

    /** LANDA MEWA with both alternatives, the optional parent KTP-el skipped: ends at the confirmation. */
    private Conversation.Outcome birthDocumentsWithAlternatives() {
        chooseBirth();
        photo(); // KK
        tap("skip:parent_ktp_el");
        tap("alt:birth_letter");
        photo(); // SPTJM kelahiran
        text("tidak punya");
        photo(); // SPTJM suami istri
        photo(); // KTP pelapor
        return photo(); // KTP saksi
    }

    // ------------------------------------------------------------------ the menu

    @Test
    void aGreetingGetsTheWelcomeAndTheMenuOfServices() {
        Conversation.Outcome o = text("Halo");

        assertThat(all(o)).contains("Selamat datang", "gratis", "english");
        Reply.ListMenu menu = (Reply.ListMenu) last(o);
        assertThat(menu.rows()).hasSize(9);
        assertThat(menu.rows().get(0)).extracting(Reply.Row::id, Reply.Row::title).containsExactly("svc:BIRTH", "Akta kelahiran");
        assertThat(menu.rows()).extracting(Reply.Row::title).contains("KTP-el", "Kartu Keluarga (KK)", "KIA", "Akta kematian",
                "Akta perkawinan", "Akta perceraian", "Pengakuan anak", "Pengesahan anak");
        assertThat(conversation.state()).isEqualTo(ConversationState.MENU);
        assertThat(o.complaint()).isEmpty();
    }

    @Test
    void aServiceIsChosenByItsRowItsNumberOrItsName() {
        tap("svc:DEATH");
        assertThat(conversation.serviceCode()).contains("DEATH");

        Conversation other = new Conversation(1L, PHONE, T0);
        other.onMessage(new InboundMessage(1L, InboundMessage.Received.text("w1", PHONE, "1", T0), T0), RULES, T0);
        assertThat(other.serviceCode()).contains("BIRTH");

        Conversation byName = new Conversation(1L, PHONE, T0);
        byName.onMessage(new InboundMessage(1L, InboundMessage.Received.text("w2", PHONE, " Akta Kelahiran ", T0), T0), RULES, T0);
        assertThat(byName.serviceCode()).contains("BIRTH");

        Conversation byKeyword = new Conversation(1L, PHONE, T0);
        byKeyword.onMessage(new InboundMessage(1L, InboundMessage.Received.text("w3", PHONE, "ktp", T0), T0), RULES, T0);
        assertThat(byKeyword.serviceCode()).contains("KTP_EL");
    }

    @Test
    void choosingAServiceSendsItsChecklistThenAsksForTheFirstDocument() {
        Conversation.Outcome o = tap("svc:BIRTH");

        assertThat(conversation.state()).isEqualTo(ConversationState.COLLECTING);
        String checklist = ((Reply.Text) o.replies().get(0)).body();
        assertThat(checklist).contains("Persyaratan Pencatatan kelahiran", "1. KK", "2. KTP-el orang tua",
                "Surat Kelahiran dari Penolong Kelahiran", "bila tidak ada: SPTJM kebenaran data kelahiran",
                "bila tidak ada: SPTJM kebenaran sebagai pasangan suami istri", "KTP pelapor", "KTP 2 orang saksi", "24 jam");
        assertThat(((Reply.Text) last(o)).body()).contains("*KK*", "berkas 1 dari 6");
    }

    @Test
    void anUnknownCommandAtTheMenuSaysSoAndShowsTheMenu() {
        Conversation.Outcome o = text("blablabla");

        assertThat(all(o)).contains("tidak mengenali", "bantuan");
        assertThat(last(o)).isInstanceOf(Reply.ListMenu.class);
    }

    @Test
    void aDocumentBeforeAServiceIsChosenAsksForTheServiceFirst() {
        Conversation.Outcome o = photo();

        assertThat(all(o)).contains("pilih layanan dulu");
        assertThat(conversation.received()).isEmpty();
    }

    // ------------------------------------------------------------------ documents

    @Test
    void eachDocumentIsAcknowledgedAndTheNextOneAskedFor() {
        chooseBirth();

        Conversation.Outcome o = photo();

        assertThat(all(o)).contains("Diterima: KK (1 dari 6)", "*KTP-el orang tua*", "belum kawin/cerai hidup/cerai mati");
        Reply.Buttons ask = (Reply.Buttons) last(o);
        assertThat(ask.buttons()).extracting(Reply.Button::id).containsExactly("skip:parent_ktp_el");
        assertThat(conversation.received()).singleElement().satisfies(d -> {
            assertThat(d.requirementKey()).isEqualTo("kk");
            assertThat(d.alternative()).isFalse();
            assertThat(d.fileId()).isEqualTo(100L);
            assertThat(d.mediaId()).startsWith("media-");
        });
    }

    @Test
    void aRequirementWithAnAlternativeOffersTheButton() {
        chooseBirth();
        photo();
        Conversation.Outcome o = tap("skip:parent_ktp_el");

        assertThat(all(o)).contains("Dilewati: KTP-el orang tua");
        Reply.Buttons ask = (Reply.Buttons) last(o);
        assertThat(ask.body()).contains("Surat Kelahiran dari Penolong Kelahiran", "SPTJM kebenaran data kelahiran");
        assertThat(ask.buttons()).extracting(Reply.Button::id, Reply.Button::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alt:birth_letter", "Tidak punya"));
    }

    @Test
    void aWholeLandaMewaApplicationWithBothSptjmAlternatives() {
        Conversation.Outcome last = birthDocumentsWithAlternatives();

        assertThat(conversation.state()).isEqualTo(ConversationState.CONFIRMING);
        Reply.Buttons confirm = (Reply.Buttons) last(last);
        assertThat(confirm.body()).contains("sudah lengkap", "✅ KK", "➖ KTP-el orang tua", "✅ SPTJM kebenaran data kelahiran",
                "✅ SPTJM kebenaran sebagai pasangan suami istri", "✅ KTP 2 orang saksi");
        assertThat(confirm.buttons()).extracting(Reply.Button::id, Reply.Button::title).containsExactly(
                org.assertj.core.groups.Tuple.tuple("confirm:send", "Kirim"), org.assertj.core.groups.Tuple.tuple("confirm:change", "Ubah"));
        assertThat(conversation.alternatives()).containsExactlyInAnyOrder("birth_letter", "parents_marriage");
        assertThat(conversation.skipped()).containsExactly("parent_ktp_el");
        assertThat(conversation.received()).extracting(ReceivedDocument::requirementKey)
                .containsExactly("kk", "birth_letter", "parents_marriage", "reporter_ktp", "witnesses_ktp");
        assertThat(conversation.received()).filteredOn(ReceivedDocument::alternative).hasSize(2);

        Conversation.Outcome sent = tap("confirm:send");

        assertThat(sent.submitted()).isTrue();
        assertThat(conversation.state()).isEqualTo(ConversationState.SUBMITTED);
        assertThat(conversation.submittedAt()).contains(now);
        assertThat(all(sent)).contains("Terima kasih", conversation.reference(), "24 jam");
        assertThat(conversation.reference()).matches("WA-[A-Z2-9]{8}");
    }

    @Test
    void choosingTheAlternativeAsksForTheSptjm() {
        chooseBirth();
        photo();
        tap("skip:parent_ktp_el");

        Conversation.Outcome o = tap("alt:birth_letter");

        assertThat(all(o)).contains("sebagai ganti Surat Kelahiran dari Penolong Kelahiran Anda mengirim SPTJM kebenaran data kelahiran",
                "Silakan kirim foto atau PDF: *SPTJM kebenaran data kelahiran*");
        assertThat(last(o)).isInstanceOf(Reply.Text.class); // no more "Tidak punya"
    }

    @Test
    void aRequiredDocumentCannotBeSkippedNorReplacedWithoutAnAlternative() {
        chooseBirth();

        assertThat(all(text("lewati"))).contains("KK wajib dikirim", "tidak bisa dilewati");
        assertThat(all(text("tidak punya"))).contains("KK wajib dikirim", "tidak ada pengganti");
        assertThat(conversation.received()).isEmpty();
        assertThat(conversation.skipped()).isEmpty();
    }

    @Test
    void aFileOfTheWrongKindIsRefusedClearly() {
        chooseBirth();

        Conversation.Outcome o = media(MessageType.DOCUMENT, MediaStatus.WRONG_TYPE, 5_000);

        assertThat(all(o)).contains("Berkas untuk KK tidak bisa kami terima", "bukan foto (JPEG/PNG) atau PDF");
        assertThat(conversation.received()).isEmpty();
    }

    @Test
    void anUnreadableFileIsAskedForAgain() {
        chooseBirth();

        assertThat(all(media(MessageType.IMAGE, MediaStatus.UNREADABLE, -1))).contains("tidak dapat kami buka", "kirim ulang");
        assertThat(all(media(MessageType.IMAGE, MediaStatus.NONE, -1))).contains("tidak dapat kami buka");
        assertThat(conversation.received()).isEmpty();
    }

    @Test
    void anOversizedFileIsRefusedWithItsSizeAndTheLimit() {
        chooseBirth();

        Conversation.Outcome announced = media(MessageType.DOCUMENT, MediaStatus.TOO_LARGE, 30L * 1024 * 1024);
        Conversation.Outcome stored = media(MessageType.DOCUMENT, MediaStatus.STORED, 12L * 1024 * 1024);

        assertThat(all(announced)).contains("Berkas terlalu besar (30.0 MB)", "paling besar 10.0 MB");
        assertThat(all(stored)).contains("Berkas terlalu besar (12.0 MB)");
        assertThat(conversation.received()).isEmpty();
    }

    @Test
    void theSizeLimitIsConfiguration() {
        ConversationRules small = new ConversationRules(CATALOG, Duration.ofMinutes(5), Duration.ofMinutes(10), 1024 * 1024);
        conversation.onMessage(message(InboundMessage.Received.reply("w1", PHONE, "svc:BIRTH", "x", now)), small, now);
        InboundMessage m = message(InboundMessage.Received.media("w2", PHONE, MessageType.IMAGE, "m", "image/jpeg", null, now));
        m.mediaStored(1, 2L * 1024 * 1024);

        assertThat(all(conversation.onMessage(m, small, now))).contains("(2.0 MB)", "paling besar 1.0 MB");
    }

    @Test
    void aVideoIsNotARequirement() {
        chooseBirth();

        Conversation.Outcome o = media(MessageType.VIDEO, MediaStatus.NONE, -1);

        assertThat(all(o)).contains("Video tidak dapat diterima", "foto atau PDF: KK");
        assertThat(conversation.received()).isEmpty();
    }

    @Test
    void voiceNotesAndStickersAreNotRequirementsEither() {
        chooseBirth();

        assertThat(all(media(MessageType.AUDIO, MediaStatus.NONE, -1))).contains("Pesan suara, stiker dan lokasi");
        assertThat(all(media(MessageType.OTHER, MediaStatus.NONE, -1))).contains("Pesan suara, stiker dan lokasi");
    }

    @Test
    void anUnknownCommandWhileCollectingSaysSoAndAsksAgain() {
        chooseBirth();

        Conversation.Outcome o = text("kapan selesai pak");

        assertThat(all(o)).contains("tidak mengenali", "Silakan kirim foto atau PDF: *KK*");
    }

    @Test
    void aGreetingWhileCollectingKeepsTheProgress() {
        chooseBirth();
        photo();

        Conversation.Outcome o = text("halo");

        assertThat(all(o)).contains("*KTP-el orang tua*");
        assertThat(conversation.received()).hasSize(1);
    }

    @Test
    void anotherServiceWhileCollectingStartsItsChecklistAfresh() {
        chooseBirth();
        photo();

        Conversation.Outcome o = tap("svc:KIA");

        assertThat(conversation.serviceCode()).contains("KIA");
        assertThat(conversation.received()).isEmpty();
        assertThat(all(o)).contains("Persyaratan Penerbitan Kartu Identitas Anak", "Kutipan akta kelahiran anak");
    }

    // ------------------------------------------------------------------ confirmation

    @Test
    void changingADocumentGoesBackForItAndThenToTheConfirmationAgain() {
        birthDocumentsWithAlternatives();

        Conversation.Outcome list = tap("confirm:change");
        Reply.ListMenu menu = (Reply.ListMenu) last(list);
        assertThat(menu.rows()).hasSize(6).first().extracting(Reply.Row::id).isEqualTo("redo:kk");

        Conversation.Outcome again = tap("redo:birth_letter");
        assertThat(conversation.state()).isEqualTo(ConversationState.COLLECTING);
        assertThat(conversation.alternatives()).containsExactly("parents_marriage");
        assertThat(all(again)).contains("kirim ulang Surat Kelahiran dari Penolong Kelahiran");

        Conversation.Outcome confirm = photo();
        assertThat(conversation.state()).isEqualTo(ConversationState.CONFIRMING);
        assertThat(((Reply.Buttons) last(confirm)).body()).contains("✅ Surat Kelahiran dari Penolong Kelahiran");
    }

    @Test
    void whileConfirmingMoreDocumentsAreNotNeededAndWordsWork() {
        birthDocumentsWithAlternatives();

        assertThat(all(photo())).contains("berkas tambahan tidak diperlukan", "Kirim");
        assertThat(all(text("apa ini"))).contains("Silakan tekan *Kirim* atau *Ubah*");
        Conversation.Outcome sent = text("kirim");
        assertThat(sent.submitted()).isTrue();
    }

    // ------------------------------------------------------------------ after sending

    @Test
    void aNumberWithASentApplicationCannotStartAnotherService() {
        birthDocumentsWithAlternatives();
        tap("confirm:send");

        Conversation.Outcome o = tap("svc:DEATH");

        assertThat(all(o)).contains("masih memiliki permohonan Akta kelahiran yang terbuka", conversation.reference(),
                "Permohonan Akta kematian dapat diajukan setelah");
        assertThat(conversation.serviceCode()).contains("BIRTH");
        assertThat(all(text("ktp"))).contains("masih memiliki permohonan");
        assertThat(all(text("halo"))).contains("sedang diproses");
    }

    @Test
    void statusAnswersInEveryState() {
        assertThat(all(text("status"))).contains("belum memilih layanan");

        chooseBirth();
        photo();
        assertThat(all(text("STATUS"))).contains("Akta kelahiran: 1 dari 6", "- KTP-el orang tua", "- KTP 2 orang saksi")
                .doesNotContain("- KK");

        conversation.onMessage(message(InboundMessage.Received.reply("x", PHONE, "skip:parent_ktp_el", "x", now)), RULES, now);
        tap("alt:birth_letter");
        photo();
        tap("alt:parents_marriage");
        photo();
        photo();
        photo();
        assertThat(all(text("status"))).contains("menunggu konfirmasi");

        tap("confirm:send");
        assertThat(all(text("status"))).contains(conversation.reference(), "menunggu diperiksa");

        assertThat(conversation.caseOpened(41, "3316-LANDA_MEWA-2026-000001", RULES)).singleElement()
                .satisfies(r -> assertThat(((Reply.Text) r).body()).contains("3316-LANDA_MEWA-2026-000001", conversation.reference()));
        assertThat(all(text("status"))).contains("sebagai perkara 3316-LANDA_MEWA-2026-000001");

        assertThat(conversation.caseProgressed("Memeriksa persyaratan", "Check the requirements", null, RULES)).isEmpty();
        assertThat(all(text("status"))).contains("Tahap sekarang: Memeriksa persyaratan").doesNotContain("paling lambat");

        Instant deadline = Instant.parse("2026-12-03T07:05:00Z");
        assertThat(conversation.caseProgressed("Memasukkan data ke SIAK", "Enter the data into SIAK", deadline, RULES))
                .singleElement().satisfies(r -> assertThat(((Reply.Text) r).body())
                        .contains("lengkap dan benar", "3 Desember 2026 14.05 WIB"));
        assertThat(conversation.caseProgressed("Verifikasi draft KK", "Verify the draft KK", deadline, RULES))
                .as("the same deadline is not told again").isEmpty();
        text("english");
        assertThat(all(text("status"))).contains("It is now at: Verify the draft KK", "3 December 2026 14.05 WIB");

        assertThat(conversation.close(now, RULES)).singleElement()
                .satisfies(r -> assertThat(((Reply.Text) r).body()).contains("is finished"));
        assertThat(conversation.state().isOpen()).isFalse();
    }

    @Test
    void aFileSentBackToTheResidentTakesFurtherDocumentsUntilTheyAreSent() {
        birthDocumentsWithAlternatives();
        tap("confirm:send");
        conversation.caseOpened(41, "3316-LANDA_MEWA-2026-000001", RULES);
        assertThat(conversation.supplements()).as("the application's documents went with the case").isEmpty();
        assertThat(all(text("kirim"))).as("nothing was sent back").contains("sedang diproses");

        assertThat(all(conversation.caseReturnedToApplicant("KTP saksi buram, kirim ulang", RULES)))
                .contains("dikembalikan", "KTP saksi buram, kirim ulang", "*kirim*");
        assertThat(all(text("kirim"))).as("nothing to send yet").contains("Belum ada berkas tambahan");
        assertThat(all(text("halo"))).contains("menunggu berkas tambahan");
        assertThat(all(photo())).contains("Berkas tambahan ke-1 diterima", "[Kirim]");
        photo();
        assertThat(conversation.hasSupplementsToForward()).isFalse();
        assertThat(all(tap("supplement:send"))).contains("2 berkas tambahan", "dikirim ke petugas");
        assertThat(conversation.hasSupplementsToForward()).isTrue();
        assertThat(conversation.supplements()).hasSize(2).allSatisfy(d -> assertThat(d.label()).isEqualTo("Berkas tambahan"));
        assertThat(all(photo())).as("sent: back to waiting").contains("sedang diproses");

        assertThat(all(conversation.supplementsForwarded(RULES))).contains("2 berkas tambahan sudah diterima petugas");
        assertThat(conversation.hasSupplementsToForward()).isFalse();
        assertThat(conversation.supplements()).isEmpty();
    }

    @Test
    void helpListsTheCommands() {
        assertThat(all(text("bantuan"))).contains("*status*", "*batal*", "*pengaduan <isi>*", "10 MB");
        assertThat(all(text("help"))).contains("*menu*");
    }

    @Test
    void cancelClosesADraftButNotASentApplication() {
        chooseBirth();
        photo();

        assertThat(all(text("batal"))).contains("dibatalkan");
        assertThat(conversation.state()).isEqualTo(ConversationState.CANCELLED);
        assertThat(conversation.state().isOpen()).isFalse();
        assertThat(conversation.closedAt()).isPresent();
        assertThatThrownBy(() -> text("halo")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSentApplicationIsNotCancelledOverWhatsApp() {
        birthDocumentsWithAlternatives();
        tap("confirm:send");

        assertThat(all(text("cancel"))).contains("tidak dapat dibatalkan");
        assertThat(conversation.state()).isEqualTo(ConversationState.SUBMITTED);
    }

    @Test
    void aComplaintIsReturnedToBeRoutedToTheKabid() {
        chooseBirth();

        Conversation.Outcome o = text("Pengaduan: petugas tidak membalas sejak kemarin");

        assertThat(o.complaint()).hasValueSatisfying(c -> {
            assertThat(c.text()).isEqualTo("petugas tidak membalas sejak kemarin");
            assertThat(c.from()).isEqualTo(PHONE);
            assertThat(c.serviceCode()).isEqualTo("BIRTH");
            assertThat(c.reference()).isNull();
        });
        assertThat(all(o)).contains("diteruskan kepada Kepala Bidang");
        assertThat(conversation.state()).isEqualTo(ConversationState.COLLECTING);
    }

    @Test
    void aComplaintAfterSendingNamesTheApplication() {
        birthDocumentsWithAlternatives();
        tap("confirm:send");

        Conversation.Outcome o = text("complaint nothing happened");

        assertThat(o.complaint()).get().extracting(Complaint::reference).isEqualTo(conversation.reference());
    }

    @Test
    void anEmptyComplaintGetsTheExample() {
        Conversation.Outcome o = text("pengaduan");

        assertThat(o.complaint()).isEmpty();
        assertThat(all(o)).contains("pengaduan berkas saya belum diproses");
    }

    // ------------------------------------------------------------------ language

    @Test
    void englishOnRequestAndBack() {
        Conversation.Outcome en = text("English");

        assertThat(conversation.language()).isEqualTo(Language.EN);
        assertThat(all(en)).contains("Conversation language: English", "choose the service", "Birth certificate");

        Conversation.Outcome chosen = tap("svc:BIRTH");
        assertThat(all(chosen)).contains("Requirements for Birth registration", "Family card (KK)",
                "if you do not have it: SPTJM on the truth of the birth data", "document 1 of 6");
        photo();
        Reply.Buttons ask = (Reply.Buttons) last(photo());
        assertThat(ask.buttons()).extracting(Reply.Button::title).containsExactly("I don't have it");
        assertThat(all(text("status"))).contains("Birth certificate application: 2 of 6");

        Conversation.Outcome id = text("indonesia");
        assertThat(conversation.language()).isEqualTo(Language.ID);
        assertThat(all(id)).contains("Bahasa Indonesia", "Surat Kelahiran dari Penolong Kelahiran");
    }

    // ------------------------------------------------------------------ silence

    @Test
    void silenceIsRemindedOnceThenTheDraftExpiresKeepingTheDocuments() {
        chooseBirth();
        photo();
        Instant last = conversation.lastActivityAt();

        assertThat(conversation.remindIfSilent(RULES, last.plus(Duration.ofMinutes(119)))).isEmpty();
        List<Reply> reminder = conversation.remindIfSilent(RULES, last.plus(Duration.ofHours(2)));
        assertThat(all(reminder)).contains("belum lengkap", "- KTP-el orang tua", "23 jam");
        assertThat(conversation.remindedAt()).isPresent();
        assertThat(conversation.remindIfSilent(RULES, last.plus(Duration.ofHours(3)))).isEmpty();

        assertThat(conversation.remindIfSilent(RULES, last.plus(Duration.ofMinutes(23 * 60 - 1)))).isEmpty();
        List<Reply> expired = conversation.remindIfSilent(RULES, last.plus(Duration.ofHours(23)));

        assertThat(all(expired)).contains("kedaluwarsa", "23 jam", "1 berkas", "tetap tersimpan");
        assertThat(conversation.state()).isEqualTo(ConversationState.EXPIRED);
        assertThat(conversation.received()).hasSize(1);
        assertThat(conversation.remindIfSilent(RULES, last.plus(Duration.ofHours(48)))).isEmpty();
    }

    @Test
    void aMessageAfterTheReminderStartsTheSilenceAgain() {
        chooseBirth();
        conversation.remindIfSilent(RULES, now.plus(Duration.ofHours(2)));
        now = now.plus(Duration.ofHours(3));
        photo();

        assertThat(conversation.remindedAt()).isEmpty();
        assertThat(conversation.remindIfSilent(RULES, now.plus(Duration.ofHours(22)))).hasSize(1);
        assertThat(conversation.state()).isEqualTo(ConversationState.COLLECTING);
    }

    @Test
    void remindersAtTheMenuAndTheConfirmation() {
        text("halo");
        assertThat(all(conversation.remindIfSilent(RULES, now.plus(Duration.ofHours(2))))).contains("masih ingin");

        Conversation confirming = new Conversation(1L, PHONE, T0);
        // a conversation with every document in
        for (String step : List.of("svc:KTP_EL", "skip:damaged_ktp", "skip:loss_report")) {
            InboundMessage m = message(step.startsWith("svc") || step.startsWith("skip")
                    ? InboundMessage.Received.reply(nextWamid(), PHONE, step, "x", T0) : null);
            confirming.onMessage(m, RULES, T0);
            if (step.equals("svc:KTP_EL")) {
                InboundMessage kk = message(InboundMessage.Received.media(nextWamid(), PHONE, MessageType.IMAGE, "m", "image/png", null, T0));
                kk.mediaStored(1, 10);
                confirming.onMessage(kk, RULES, T0);
            }
        }
        assertThat(confirming.state()).isEqualTo(ConversationState.CONFIRMING);
        List<Reply> reminder = confirming.remindIfSilent(RULES, T0.plus(Duration.ofHours(2)));
        assertThat(all(reminder)).contains("menunggu konfirmasi", "Kirim");
    }

    @Test
    void aSentApplicationIsNeverRemindedNorExpired() {
        birthDocumentsWithAlternatives();
        tap("confirm:send");

        assertThat(conversation.remindIfSilent(RULES, now.plus(Duration.ofDays(3)))).isEmpty();
        assertThat(conversation.state()).isEqualTo(ConversationState.SUBMITTED);
    }

    @Test
    void theDurationsAreConfiguration() {
        ConversationRules quick = new ConversationRules(CATALOG, Duration.ofMinutes(5), Duration.ofMinutes(10),
                ConversationRules.MAX_MEDIA_BYTES);
        chooseBirth();

        assertThat(conversation.remindIfSilent(quick, now.plus(Duration.ofMinutes(5)))).hasSize(1);
        assertThat(all(conversation.remindIfSilent(quick, now.plus(Duration.ofMinutes(10))))).contains("kedaluwarsa");
        assertThatThrownBy(() -> new ConversationRules(CATALOG, Duration.ofHours(2), Duration.ofHours(1), 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // ------------------------------------------------------------------ guards

    @Test
    void aMessageFromAnotherPhoneIsNotThisConversations() {
        InboundMessage other = message(InboundMessage.Received.text("w", WaId.of("628999999999"), "halo", now));

        assertThatThrownBy(() -> conversation.onMessage(other, RULES, now)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyASentApplicationOpensACaseOrCloses() {
        assertThatThrownBy(() -> conversation.caseOpened(1, "1", RULES)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> conversation.close(now, RULES)).isInstanceOf(IllegalStateException.class);

        birthDocumentsWithAlternatives();
        tap("confirm:send");
        conversation.close(now, RULES);
        assertThat(conversation.state()).isEqualTo(ConversationState.CLOSED);
        assertThat(conversation.state().isOpen()).isFalse();
    }

    @Test
    void everyReplyOfEveryServiceFitsWhatsAppsLimits() {
        // choosing each service in each language builds its checklist, prompts and menus: the Reply records check the limits
        for (WaService s : CATALOG.services()) {
            for (String language : List.of("indonesia", "english")) {
                Conversation c = new Conversation(1L, PHONE, T0);
                c.onMessage(message(InboundMessage.Received.text(nextWamid(), PHONE, language, T0)), RULES, T0);
                c.onMessage(message(InboundMessage.Received.reply(nextWamid(), PHONE, "svc:" + s.code(), "x", T0)), RULES, T0);
                for (Requirement r : s.requirements()) {
                    InboundMessage m = message(InboundMessage.Received.media(nextWamid(), PHONE, MessageType.DOCUMENT, "m",
                            "application/pdf", "a.pdf", T0));
                    m.mediaStored(1, 10);
                    c.onMessage(m, RULES, T0);
                }
                assertThat(c.state()).as(s.code()).isEqualTo(ConversationState.CONFIRMING);
                c.onMessage(message(InboundMessage.Received.reply(nextWamid(), PHONE, "confirm:change", "x", T0)), RULES, T0);
            }
        }
    }
}
