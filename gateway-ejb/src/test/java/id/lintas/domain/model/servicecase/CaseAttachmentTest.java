package id.lintas.domain.model.servicecase;

import static id.lintas.domain.model.servicecase.CaseFixtures.actor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.shared.BusinessException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CaseAttachmentTest {
    private static final byte[] PDF = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10};

    private final CaseFixtures fx = new CaseFixtures();

    @Test
    void recognisesFilesByContentNotByName() {
        assertThat(FileKind.of(PDF)).isEqualTo(FileKind.PDF);
        assertThat(FileKind.of(PNG)).isEqualTo(FileKind.PNG);
        assertThat(FileKind.of(JPEG)).isEqualTo(FileKind.JPEG);
        assertThat(FileKind.PDF.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void refusesWhatIsNotAScanOrAPhoto() {
        assertKey(() -> FileKind.of(new byte[0]), "attachment.empty");
        assertKey(() -> FileKind.of("MZ\u0090 not a pdf".getBytes(StandardCharsets.ISO_8859_1)), "attachment.type");
        assertKey(() -> FileKind.of("<html>%PDF-".getBytes(StandardCharsets.US_ASCII)), "attachment.type");
        byte[] huge = new byte[FileKind.MAX_BYTES + 1];
        System.arraycopy(PDF, 0, huge, 0, PDF.length);
        assertKey(() -> FileKind.of(huge), "attachment.tooLarge");
    }

    @Test
    void anOpenCaseKeepsItsFilesWithChecksumAndAuthor() {
        ServiceCase c = fx.open("SELINTAS");
        CaseAttachment a = c.attachFile(actor(Role.HOSPITAL), "Surat keterangan lahir", "C:\\scan\\skl.pdf", PDF, fx.now());
        assertThat(c.attachments()).containsExactly(a);
        assertThat(a.fileName()).isEqualTo("skl.pdf");
        assertThat(a.kind()).isEqualTo(FileKind.PDF);
        assertThat(a.size()).isEqualTo(PDF.length);
        assertThat(a.sha256()).hasSize(64);
        assertThat(a.addedBy()).isEqualTo(actor(Role.HOSPITAL).username());
        assertThat(a.stepKey()).isEqualTo("receive_application");
        assertThat(a.bytes()).isEqualTo(PDF);
    }

    @Test
    void onlyTheOfficeAndTheCasesOwnInstitutionAttachAndNotOnceFinished() {
        ServiceCase c = fx.open("SELINTAS");
        assertKey(() -> c.attachFile(actor(Role.HOSPITAL, CaseFixtures.OFFICE, 99L), "x", "x.pdf", PDF, fx.now()),
                "case.otherInstitution");
        assertKey(() -> c.attachFile(actor(Role.OPERATOR, CaseFixtures.OTHER_OFFICE, null), "x", "x.pdf", PDF, fx.now()),
                "case.otherOffice");
        c.attachFile(actor(Role.OPERATOR), "x", "x.png", PNG, fx.now());
        fx.walkToEnd(c);
        assertKey(() -> c.attachFile(actor(Role.OPERATOR), "x", "x.pdf", PDF, fx.now()), "case.finished");
        assertThat(c.attachments()).hasSize(1);
    }

    private static void assertKey(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).key()).isEqualTo(key));
    }
}
