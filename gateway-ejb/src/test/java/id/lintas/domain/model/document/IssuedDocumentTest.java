package id.lintas.domain.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.person.Nik;
import id.lintas.domain.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssuedDocumentTest {
    private static final Instant NOW = Instant.parse("2026-12-02T03:00:00Z");
    private static final byte[] DRAFT = "%PDF-1.7 draft".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SIGNED = "%PDF-1.7 draft + signature".getBytes(StandardCharsets.US_ASCII);

    private static IssuedDocument drafted() {
        IssuedDocument d = IssuedDocument.arrange(1, 7, "SLT-2026-000007", "sign_documents", DocumentType.AKTA_KELAHIRAN, NOW);
        d.drafted("3316-LU-02122026-0001", Nik.of("3316014512260001"), "Ayu Lestari", LocalDate.of(2026, 12, 2), DRAFT, NOW);
        return d;
    }

    @Test
    void goesFromDraftToSignatureToRevocation() {
        IssuedDocument d = IssuedDocument.arrange(1, 7, "SLT-2026-000007", "sign_documents", DocumentType.KK, NOW);
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.DRAFTING);
        assertThat(d.id()).hasSize(36);
        d.drafted("3316010101260001", null, "Budi Santoso", LocalDate.of(2026, 12, 2), DRAFT, NOW);
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.AWAITING_SIGNATURE);
        d.signed(SIGNED, "B-T", "Hendro Wibowo", "kadis", NOW.plusSeconds(60));
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.SIGNED);
        assertThat(d.signedSha256()).contains(IssuedDocument.sha256(SIGNED));
        assertThat(d.isRegisteredCopy(SIGNED)).isTrue();
        assertThat(d.isRegisteredCopy(DRAFT)).isFalse();
        d.revoke("kadis", "  salah nama  ", "b5a1e9a4-0000-4000-8000-000000000001", NOW.plusSeconds(120));
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.REVOKED);
        assertThat(d.revokeReason()).contains("salah nama");
        assertThat(d.replacedBy()).contains("b5a1e9a4-0000-4000-8000-000000000001");
    }

    @Test
    void signsOnlyWhatWaitsAndRevokesOnlyWhatIsSignedWithAReason() {
        IssuedDocument d = drafted();
        assertThatThrownBy(() -> d.revoke("kadis", "x", null, NOW)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("tte.notRevocable");
        d.signed(SIGNED, "B-B", "Hendro Wibowo", "kadis", NOW);
        assertThatThrownBy(() -> d.signed(SIGNED, "B-B", "Hendro Wibowo", "kadis", NOW))
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("tte.notAwaiting");
        assertThatThrownBy(() -> d.revoke("kadis", " ", null, NOW))
                .extracting(e -> ((BusinessException) e).key()).isEqualTo("tte.revokeReasonRequired");
        assertThat(d.withdrawIfUnsigned()).isFalse();
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.SIGNED);
    }

    @Test
    void masksTheNikButTheRegionAndTheLastTwoDigits() {
        assertThat(drafted().maskedNik()).contains("331601********01");
    }

    @Test
    void aDraftThatKeepsFailingEndsFailedAndARefusalAtOnce() {
        IssuedDocument d = IssuedDocument.arrange(1, 7, "SLT-2026-000007", "sign_documents", DocumentType.KIA, NOW);
        d.draftFailedForNow("SIAK unreachable", NOW);
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.DRAFTING);
        assertThat(d.attempts().nextAt()).isEqualTo(NOW.plusSeconds(5));
        for (int i = 1; i < IssuedDocument.MAX_DRAFT_ATTEMPTS; i++) {
            d.draftFailedForNow("SIAK unreachable", NOW);
        }
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.DRAFT_FAILED);
        d.redraft(NOW);
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.DRAFTING);
        d.draftRefused("Nomor dari SIAK belum terbit");
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.DRAFT_FAILED);
        assertThat(d.attempts().lastError()).contains("Nomor dari SIAK belum terbit");
    }

    @Test
    void anUnsignedDraftIsWithdrawnWithItsPdf() {
        IssuedDocument d = drafted();
        assertThat(d.withdrawIfUnsigned()).isTrue();
        assertThat(d.status()).isEqualTo(IssuedDocumentStatus.WITHDRAWN);
        assertThat(d.draftPdf()).isEmpty();
    }
}
