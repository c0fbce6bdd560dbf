package id.lintas.domain.model.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.sop.LocalizedText;
import id.lintas.infrastructure.whatsapp.ServiceCatalogReader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class WhatsAppValuesTest {
    @Test
    void aWaIdIsTheInternationalNumberInDigits() {
        assertThat(WaId.of("+62 812-3456-7890").digits()).isEqualTo("6281234567890");
        assertThat(WaId.of("0812 3456 7890").digits()).isEqualTo("6281234567890");
        assertThat(WaId.of("(0812) 3456.7890")).isEqualTo(WaId.of("6281234567890"));
        assertThat(WaId.of("0031612345678").digits()).isEqualTo("31612345678");
        assertThat(WaId.of("6281234567890").isIndonesian()).isTrue();
        assertThat(WaId.of("16505551234").isIndonesian()).isFalse();
        assertThat(WaId.of("6281234567890").masked()).isEqualTo("+62812****7890");
    }

    @Test
    void aWaIdRefusesWhatIsNoPhoneNumber() {
        for (String bad : List.of("", "12345", "62812345678901234", "0812abc4567", "+0812345678")) {
            assertThatThrownBy(() -> WaId.of(bad)).as(bad).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void apiMessageTypes() {
        assertThat(MessageType.ofApi("text")).isEqualTo(MessageType.TEXT);
        assertThat(MessageType.ofApi("button")).isEqualTo(MessageType.INTERACTIVE);
        assertThat(MessageType.ofApi("sticker")).isEqualTo(MessageType.OTHER);
        assertThat(MessageType.ofApi(null)).isEqualTo(MessageType.OTHER);
        assertThat(MessageType.IMAGE.carriesDocument()).isTrue();
        assertThat(MessageType.VIDEO.carriesDocument()).isFalse();
    }

    @Test
    void repliesKeepWhatsAppsLimits() {
        assertThatThrownBy(() -> new Reply.Button("id", "a title of more than twenty")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Row("id", "x".repeat(25), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Row("id", "x", "y".repeat(73))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Buttons("b", List.of(new Reply.Button("1", "a"), new Reply.Button("2", "b"),
                new Reply.Button("3", "c"), new Reply.Button("4", "d")))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.ListMenu("b", "open", List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Text("x".repeat(4097))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Reply.Text(" ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theShippedCatalogueFollowsTheSeeds() {
        ServiceCatalog catalog = ServiceCatalogReader.shipped();

        assertThat(catalog.services()).extracting(WaService::code).containsExactly("BIRTH", "KTP_EL", "KK", "KIA", "DEATH",
                "MARRIAGE", "DIVORCE", "CHILD_ACKNOWLEDGEMENT", "CHILD_LEGITIMATION");
        WaService birth = catalog.byCode("BIRTH").orElseThrow();
        assertThat(birth.sop()).isEqualTo("LANDA_MEWA");
        assertThat(birth.requirements()).extracting(Requirement::key).containsExactly("kk", "parent_ktp_el", "birth_letter",
                "parents_marriage", "reporter_ktp", "witnesses_ktp");
        assertThat(birth.requirement("birth_letter").orElseThrow().alternativeDocument()).get()
                .extracting(a -> a.name().id()).isEqualTo("SPTJM kebenaran data kelahiran");
        assertThat(birth.requirement("parents_marriage").orElseThrow().alternativeDocument()).get()
                .extracting(a -> a.name().id()).isEqualTo("SPTJM kebenaran sebagai pasangan suami istri");
        assertThat(birth.requirement("parent_ktp_el").orElseThrow().optional()).isTrue();
        assertThat(catalog.services()).filteredOn(s -> !s.code().equals("BIRTH")).extracting(WaService::sop)
                .containsOnly("DIK_JAMILA_MEWA");
        assertThat(catalog.named("99")).isEmpty();
        assertThat(catalog.named("cerai")).get().extracting(WaService::code).isEqualTo("DIVORCE");
    }

    @Test
    void aBrokenCatalogueNamesTheService() {
        String json = "{\"services\":[{\"code\":\"X\",\"sop\":\"S\",\"title\":{\"id\":\"a title far longer than a row\",\"en\":\"x\"},"
                + "\"name\":{\"id\":\"x\",\"en\":\"x\"},\"requirements\":[{\"key\":\"kk\",\"name\":{\"id\":\"KK\",\"en\":\"KK\"}}]}]}";

        assertThatThrownBy(() -> ServiceCatalogReader.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
                .hasMessageContaining("service X").hasMessageContaining("24 characters");
        assertThatThrownBy(() -> new WaService("X", "S", LocalizedText.of("x", "x"), LocalizedText.of("x", "x"), List.of(),
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void bothLanguagesHaveEveryText() throws Exception {
        Properties id = new Properties();
        Properties en = new Properties();
        try (var i = getClass().getResourceAsStream("/id/lintas/messages/whatsapp_id.properties");
             var e = getClass().getResourceAsStream("/id/lintas/messages/whatsapp_en.properties")) {
            id.load(new java.io.InputStreamReader(i, StandardCharsets.UTF_8));
            en.load(new java.io.InputStreamReader(e, StandardCharsets.UTF_8));
        }
        assertThat(en.keySet()).isEqualTo(id.keySet());
    }

    @Test
    void anInboundMessageWaitsForItsFileThenGivesUp() {
        Instant t = Instant.parse("2026-03-02T01:00:00Z");
        InboundMessage m = new InboundMessage(1L, InboundMessage.Received.media("wamid.1", WaId.of("628123456789"),
                MessageType.DOCUMENT, "123", "application/pdf", "akta.pdf", t), t);
        assertThat(m.needsMedia()).isTrue();

        for (int i = 1; i < InboundMessage.MAX_ATTEMPTS; i++) {
            assertThat(m.mediaFailedForNow("503", t)).isFalse();
        }
        assertThat(m.nextAttemptAt()).isAfter(t);
        assertThat(m.mediaFailedForNow("503", t)).isTrue();
        assertThat(m.mediaStatus()).isEqualTo(MediaStatus.UNREADABLE);
        assertThat(m.needsMedia()).isFalse();

        m.processed(7L, t);
        assertThat(m.processedAt()).contains(t);
        assertThatThrownBy(() -> m.processed(7L, t)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> m.mediaRefused(MediaStatus.STORED, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
