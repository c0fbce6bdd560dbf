package id.lintas.application.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.whatsapp.Conversation;
import id.lintas.domain.model.whatsapp.ConversationRepository;
import id.lintas.domain.model.whatsapp.ConversationRules;
import id.lintas.domain.model.whatsapp.ConversationState;
import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.LoggedComplaint;
import id.lintas.domain.model.whatsapp.MediaFile;
import id.lintas.domain.model.whatsapp.MediaStatus;
import id.lintas.domain.model.whatsapp.MessageType;
import id.lintas.domain.model.whatsapp.OutboundKind;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.WaId;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import id.lintas.domain.shared.IdentifiedEntity;
import id.lintas.infrastructure.integration.whatsapp.WhatsAppGateway;
import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import java.lang.reflect.Field;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One resident's messages through the handling, with in-memory repositories and a stand-in for Meta's media endpoint. */
class MessageHandlingTest {
    static final WaId SITI = WaId.of("6281234567890");
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};
    static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

    final Memory memory = new Memory();
    final Map<String, WhatsAppGateway.Fetched> media = new HashMap<>();
    final ConversationRules rules = ConversationRules.defaults(ServiceCatalogReader.shipped());
    final MessageHandling handling = new MessageHandling(memory, memory, (id, max) -> media.getOrDefault(id,
            new WhatsAppGateway.Fetched(WhatsAppGateway.Result.REFUSED, null, null, -1, false, "400 Graph error 100")), rules);
    Instant now = Instant.parse("2026-03-02T01:00:00Z");
    int sequence;

    private InboundMessage text(String text) {
        return new InboundMessage(1, InboundMessage.Received.text("wamid." + (++sequence), SITI, text, now), now);
    }

    private InboundMessage tap(String id) {
        return new InboundMessage(1, InboundMessage.Received.reply("wamid." + (++sequence), SITI, id, "t", now), now);
    }

    private InboundMessage file(String mediaId, MessageType type) {
        return new InboundMessage(1, InboundMessage.Received.media("wamid." + (++sequence), SITI, type, mediaId, "image/jpeg",
                "x.jpg", now), now);
    }

    private static WhatsAppGateway.Fetched got(byte[] bytes) {
        return new WhatsAppGateway.Fetched(WhatsAppGateway.Result.DONE, bytes, "image/jpeg", bytes.length, false, null);
    }

    private boolean handle(InboundMessage m) {
        now = now.plusSeconds(10);
        return handling.handle(m, now);
    }

    @Test
    void theFirstMessageStartsAConversationAndItsAnswersGoToTheOutboxAsGraphBodies() {
        InboundMessage halo = text("halo");

        assertThat(handle(halo)).isTrue();

        assertThat(memory.conversations).singleElement().satisfies(c -> {
            assertThat(c.phone()).isEqualTo(SITI);
            assertThat(c.state()).isEqualTo(ConversationState.MENU);
        });
        assertThat(halo.processedAt()).isPresent();
        assertThat(halo.conversationId()).contains(memory.conversations.get(0).id());
        assertThat(memory.outbound).extracting(OutboundMessage::kind).containsExactly(OutboundKind.TEXT, OutboundKind.LIST);
        assertThat(memory.outbound.get(1).payload()).contains("\"type\":\"interactive\"", "\"to\":\"6281234567890\"", "svc:BIRTH");
        assertThat(memory.outbound).allSatisfy(o -> assertThat(o.conversationId()).contains(memory.conversations.get(0).id()));
    }

    @Test
    void aPhotoIsDownloadedCheckedByItsContentAndStoredWithTheConversation() {
        handle(text("halo"));
        handle(tap("svc:BIRTH"));
        media.put("m1", got(JPEG));
        InboundMessage photo = file("m1", MessageType.IMAGE);

        handle(photo);

        assertThat(memory.files).singleElement().satisfies(f -> {
            assertThat(f.contentType()).isEqualTo("image/jpeg");
            assertThat(f.sha256()).hasSize(64);
            assertThat(f.size()).isEqualTo(JPEG.length);
        });
        assertThat(photo.mediaStatus()).isEqualTo(MediaStatus.STORED);
        assertThat(memory.conversations.get(0).received()).singleElement()
                .satisfies(d -> assertThat(d.fileId()).isEqualTo(memory.files.get(0).id()));
    }

    @Test
    void aPdfThatIsNotAPdfIsRefusedAndNotStored() {
        handle(tap("svc:BIRTH"));
        media.put("exe", got(EXE));
        InboundMessage fake = file("exe", MessageType.DOCUMENT);

        handle(fake);

        assertThat(fake.mediaStatus()).isEqualTo(MediaStatus.WRONG_TYPE);
        assertThat(memory.files).isEmpty();
        assertThat(memory.lastText()).contains("bukan foto (JPEG/PNG) atau PDF");
    }

    @Test
    void aRealPdfIsTaken() {
        handle(tap("svc:BIRTH"));
        media.put("pdf", got(PDF));

        handle(file("pdf", MessageType.DOCUMENT));

        assertThat(memory.files).singleElement().extracting(MediaFile::contentType).isEqualTo("application/pdf");
    }

    @Test
    void aFileAnnouncedTooLargeIsRefusedWithItsSize() {
        handle(tap("svc:BIRTH"));
        media.put("big", new WhatsAppGateway.Fetched(WhatsAppGateway.Result.DONE, null, "application/pdf", 40L * 1024 * 1024,
                true, null));

        handle(file("big", MessageType.DOCUMENT));

        assertThat(memory.lastText()).contains("Berkas terlalu besar (40.0 MB)");
        assertThat(memory.files).isEmpty();
    }

    @Test
    void aFortyMegabyteVideoIsNeverDownloaded() {
        handle(tap("svc:BIRTH"));
        InboundMessage video = file("vid", MessageType.VIDEO);

        handle(video);

        assertThat(video.mediaStatus()).isEqualTo(MediaStatus.NONE);
        assertThat(memory.lastText()).contains("Video tidak dapat diterima");
    }

    @Test
    void aFileMetaCannotGiveForNowMakesTheMessageWaitThenItIsUnreadable() {
        handle(tap("svc:BIRTH"));
        media.put("flaky", new WhatsAppGateway.Fetched(WhatsAppGateway.Result.FAILED_FOR_NOW, null, null, -1, false, "503"));
        InboundMessage m = file("flaky", MessageType.IMAGE);
        int before = memory.outbound.size();

        for (int i = 1; i < InboundMessage.MAX_ATTEMPTS; i++) {
            assertThat(handle(m)).isFalse();
        }
        assertThat(memory.outbound).hasSize(before);
        assertThat(m.processedAt()).isEmpty();

        assertThat(handle(m)).isTrue();
        assertThat(m.mediaStatus()).isEqualTo(MediaStatus.UNREADABLE);
        assertThat(memory.lastText()).contains("tidak dapat kami buka");
    }

    @Test
    void aFileMetaNoLongerHasIsUnreadable() {
        handle(tap("svc:BIRTH"));

        handle(file("gone", MessageType.IMAGE));

        assertThat(memory.lastText()).contains("tidak dapat kami buka");
    }

    @Test
    void aComplaintIsLoggedForTheKabid() {
        handle(tap("svc:KIA"));

        handle(text("pengaduan KIA anak saya belum jadi"));

        assertThat(memory.complaints).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("KIA anak saya belum jadi");
            assertThat(c.routedTo()).isEqualTo(Role.KABID_DAFDUK);
            assertThat(c.conversationId()).contains(memory.conversations.get(0).id());
        });
    }

    @Test
    void afterACancelTheNextMessageStartsANewConversation() {
        handle(tap("svc:BIRTH"));
        handle(text("batal"));

        handle(text("halo"));

        assertThat(memory.conversations).extracting(Conversation::state).containsExactly(ConversationState.CANCELLED,
                ConversationState.MENU);
    }

    @Test
    void aSilentDraftIsRemindedThroughTheOutbox() {
        handle(tap("svc:BIRTH"));
        int before = memory.outbound.size();

        handling.remind(memory.conversations.get(0), now.plus(Duration.ofHours(2)));

        assertThat(memory.outbound).hasSize(before + 1);
        assertThat(memory.lastText()).contains("belum lengkap");
    }

    /** The repositories in memory; ids given as the database would. */
    static final class Memory implements ConversationRepository, WhatsAppMessages {
        final List<Conversation> conversations = new ArrayList<>();
        final List<OutboundMessage> outbound = new ArrayList<>();
        final List<MediaFile> files = new ArrayList<>();
        final List<LoggedComplaint> complaints = new ArrayList<>();
        private long ids = 1000;

        String lastText() {
            return outbound.get(outbound.size() - 1).payload();
        }

        @Override
        public Optional<Conversation> lockOpen(long officeId, WaId phone) {
            return conversations.stream().filter(c -> c.officeId() == officeId && c.phone().equals(phone) && c.state().isOpen())
                    .findFirst();
        }

        @Override
        public Optional<Conversation> find(long id) {
            return conversations.stream().filter(c -> c.id() == id).findFirst();
        }

        @Override
        public void store(Conversation conversation) {
            conversations.add(withId(conversation));
        }

        @Override
        public Optional<Conversation> lock(long id) {
            return find(id);
        }

        @Override
        public Optional<Conversation> lockOfCase(long caseId) {
            return conversations.stream().filter(c -> c.caseId().filter(id -> id == caseId).isPresent()).findFirst();
        }

        @Override
        public List<Long> lockSubmittedWithoutCase(java.time.Instant now, int max) {
            return conversations.stream().filter(c -> c.state() == ConversationState.SUBMITTED && c.caseId().isEmpty())
                    .limit(max).map(Conversation::id).toList();
        }

        @Override
        public List<Long> withSupplementsToForward(int max) {
            return conversations.stream().filter(Conversation::hasSupplementsToForward).limit(max).map(Conversation::id).toList();
        }

        @Override
        public Optional<MediaFile> file(long id) {
            return files.stream().filter(f -> f.id() == id).findFirst();
        }

        @Override
        public boolean storeOnce(InboundMessage message) {
            return true;
        }

        @Override
        public boolean storeOnce(DeliveryReport report) {
            return true;
        }

        @Override
        public void store(OutboundMessage message) {
            outbound.add(withId(message));
        }

        @Override
        public void store(MediaFile file) {
            files.add(withId(file));
        }

        @Override
        public void store(LoggedComplaint complaint) {
            complaints.add(withId(complaint));
        }

        @Override
        public Optional<OutboundMessage> outboundByWamid(long officeId, String wamid) {
            return outbound.stream().filter(o -> o.wamid().filter(wamid::equals).isPresent()).findFirst();
        }

        private <T extends IdentifiedEntity> T withId(T entity) {
            try {
                Field id = IdentifiedEntity.class.getDeclaredField("id");
                id.setAccessible(true);
                id.set(entity, ++ids);
                return entity;
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
