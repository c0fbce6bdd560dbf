package id.lintas.infrastructure.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Renders what the Dinas issues after a birth as archival PDF/A-2b ({@link PdfA}) with DejaVu
 * embedded: the Kutipan Akta Kelahiran (A4 portrait), the Kartu Keluarga (A4 landscape) and the
 * KIA (two pages of ID-1 card size, 85.6 × 54 mm: the front, then the back, ready to print on
 * card stock). Each carries the QR code of its verification address and leaves room for the kadis's
 * TTE (the signature itself is added later by the signing module). The same input renders to the
 * same bytes. Stateless and thread-safe.
 */
public final class CivilDocuments {
    private static final float CM = 72f / 2.54f;
    private static final PDRectangle CARD = new PDRectangle(85.6f * Canvas.MM, 54f * Canvas.MM);
    private static final String TTE_NOTE = "Dokumen ini ditandatangani secara elektronik. Pindai kode QR untuk"
            + " memeriksa keasliannya pada:";

    /** Draws the pages of one document on its canvas. */
    private interface Drawing {
        void draw(Canvas canvas) throws IOException;
    }

    /** The Kutipan Akta Kelahiran on one A4 page. */
    public byte[] birthCertificate(BirthCertificate deed) {
        String parents = deed.fatherName() == null ? "dari ibu " + deed.motherName()
                : "dari ayah " + deed.fatherName() + " dan ibu " + deed.motherName();
        String statement = "Berdasarkan Akta Kelahiran Nomor " + deed.deedNumber().value() + " bahwa di "
                + deed.birthPlace() + " pada tanggal " + Indonesian.dateInWords(deed.bornOn()) + " telah lahir "
                + deed.childName() + ", anak " + Indonesian.ordinal(deed.childOrder()) + ", "
                + deed.sex().indonesianName().toLowerCase(Locale.ROOT) + ", " + parents + ".";
        return deedExtract(deed.issue(), "KUTIPAN AKTA KELAHIRAN", "Kutipan Akta Kelahiran Nomor " + deed.deedNumber().value(),
                "Kelahiran " + deed.childName(), deed.nik(), statement);
    }

    /** The Kutipan Akta Kematian, laid out as the birth deed: the NIK, then the deed's statement in words. */
    public byte[] deathCertificate(DeathCertificate deed) {
        String born = (deed.birthPlace() == null ? "" : deed.birthPlace() + ", ") + Indonesian.dateInWords(deed.bornOn());
        String statement = "Berdasarkan Akta Kematian Nomor " + deed.deedNumber().value() + " bahwa di "
                + deed.deathPlace() + " pada tanggal " + Indonesian.dateInWords(deed.diedOn()) + " telah meninggal dunia "
                + deed.name() + ", " + deed.sex().indonesianName().toLowerCase(Locale.ROOT) + ", lahir di " + born + ".";
        return deedExtract(deed.issue(), "KUTIPAN AKTA KEMATIAN", "Kutipan Akta Kematian Nomor " + deed.deedNumber().value(),
                "Kematian " + deed.name(), deed.nik(), statement);
    }

    /** A kutipan akta on A4: the Garuda's place, the heading, the NIK, the deed's statement, the signature and the QR code. */
    private byte[] deedExtract(CivilIssue issue, String heading, String title, String subject, id.lintas.domain.model.person.Nik nik,
            String statement) {
        return render(issue, title, subject, canvas -> {
            canvas.page(PDRectangle.A4);
            float left = 2.5f * CM;
            float right = canvas.width() - 2.5f * CM;
            float centre = canvas.width() / 2;
            float y = canvas.height() - 2 * CM;
            canvas.rectangle(centre - 1.2f * CM, y - 2.2f * CM, 2.4f * CM, 2.2f * CM, 0.5f);
            canvas.centred(centre, y - 0.9f * CM, "GARUDA", canvas.regular, 7);
            canvas.centred(centre, y - 1.2f * CM, "PANCASILA", canvas.regular, 7);
            y -= 3 * CM;
            canvas.centred(centre, y, "PENCATATAN SIPIL", canvas.bold, 14);
            canvas.centred(centre, y - 20, "WARGA NEGARA INDONESIA", canvas.bold, 12);
            canvas.centred(centre, y - 48, heading, canvas.bold, 16);
            y -= 90;
            y = canvas.fields(left, y, 5 * CM, right, List.of(List.of("NIK", nik.value())), 12);
            y -= 12;
            y = canvas.wrapped(left, y, right - left, statement, canvas.regular, 12);
            y -= 24;
            float signatureX = left + 0.5f * (right - left);
            y = canvas.wrapped(signatureX, y, right - signatureX, "Kutipan ini diterbitkan di " + issue.placeAndDate(),
                    canvas.regular, 11);
            signatureBlock(canvas, issue, signatureX, y, right, 11, 2.5f * CM);
            verification(canvas, issue, left, 2 * CM, 3 * CM, signatureX - 0.5f * CM, 8);
        });
    }

    /**
     * The Kartu Keluarga on A4 landscape: one page for up to ten members, a larger family continued
     * on further pages ("Halaman 2 dari 2"), the numbering going on; the kadis's signature block on
     * the last page, the QR code on every page.
     */
    public byte[] familyCard(FamilyCard card) {
        CivilIssue issue = card.issue();
        String title = "Kartu Keluarga Nomor " + card.number().value();
        List<FamilyCard.Member> members = card.members();
        int pages = (members.size() + FamilyCard.MEMBERS_PER_PAGE - 1) / FamilyCard.MEMBERS_PER_PAGE;
        return render(issue, title, "Kartu Keluarga " + card.headOfFamily(), canvas -> {
            for (int page = 0; page < pages; page++) {
                int from = page * FamilyCard.MEMBERS_PER_PAGE;
                familyCardPage(canvas, card, members.subList(from, Math.min(members.size(), from + FamilyCard.MEMBERS_PER_PAGE)),
                        from + 1, page + 1, pages);
            }
        });
    }

    private static void familyCardPage(Canvas canvas, FamilyCard card, List<FamilyCard.Member> members, int firstNumber,
            int page, int pages) throws java.io.IOException {
        CivilIssue issue = card.issue();
        canvas.page(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
        float left = 1.2f * CM;
        float right = canvas.width() - 1.2f * CM;
        float centre = canvas.width() / 2;
        float y = canvas.height() - 1.2f * CM;
        canvas.centred(centre, y, "KARTU KELUARGA", canvas.bold, 16);
        canvas.centred(centre, y - 21, "No. " + card.number().value()
                + (pages > 1 ? "  (Halaman " + page + " dari " + pages + ")" : ""), canvas.bold, 12);
        y -= 44;
        Address address = card.address();
        float half = left + (right - left) / 2;
        float bottom = canvas.fields(left, y, 4.2f * CM, half - CM, List.of(
                List.of("Nama Kepala Keluarga", card.headOfFamily()),
                List.of("Alamat", address.street()),
                List.of("RT/RW", address.rtRw()),
                List.of("Desa/Kelurahan", address.village())), 9);
        y = Math.min(bottom, canvas.fields(half, y, 3.6f * CM, right, List.of(
                List.of("Kecamatan", address.district()),
                List.of("Kabupaten/Kota", address.regency()),
                List.of("Provinsi", address.province())), 9));
        y -= 8;
        List<List<String>> people = new ArrayList<>(List.of(List.of("No", "Nama Lengkap", "NIK",
                "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "Agama", "Pendidikan", "Jenis Pekerjaan")));
        List<List<String>> status = new ArrayList<>(List.of(List.of("No", "Status Perkawinan",
                "Status Hubungan dalam Keluarga", "Kewarganegaraan", "Nama Ayah", "Nama Ibu")));
        int no = firstNumber;
        for (FamilyCard.Member member : members) {
            String number = String.valueOf(no++);
            people.add(List.of(number, member.name(), member.nik().value(), member.sex().indonesianName(),
                    member.birthPlace(), Indonesian.numericDate(member.birthDate()), member.religion(),
                    member.education(), member.occupation()));
            status.add(List.of(number, member.maritalStatus(), member.relationship(), member.citizenship(),
                    member.fatherName(), member.motherName()));
        }
        float width = right - left;
        y = canvas.table(left, y, widths(width, 0.035f, 0.2f, 0.13f, 0.09f, 0.12f, 0.085f, 0.08f, 0.13f, 0.13f),
                people, 7.5f);
        y -= 8;
        canvas.table(left, y, widths(width, 0.035f, 0.13f, 0.17f, 0.105f, 0.28f, 0.28f), status, 7.5f);
        float signatureX = left + 0.68f * width;
        if (page == pages) {
            float top = 1.2f * CM + 2.8f * CM + 24;
            top = canvas.wrapped(signatureX, top, right - signatureX, "Dikeluarkan tanggal "
                    + Indonesian.date(issue.issuedAt().toLocalDate()), canvas.regular, 8.5f);
            signatureBlock(canvas, issue, signatureX, top, right, 8.5f, 0.9f * CM);
        }
        verification(canvas, issue, left, 1.2f * CM, 2.8f * CM, signatureX - CM, 7);
    }

    /** The KIA: the front on the first card-size page, the back on the second. */
    public byte[] childIdentityCard(ChildIdentityCard kia) {
        CivilIssue issue = kia.issue();
        String title = "Kartu Identitas Anak NIK " + kia.nik().value();
        return render(issue, title, "KIA " + kia.name(), canvas -> {
            float margin = 3 * Canvas.MM;
            float size = 5.5f;
            canvas.page(CARD);
            float right = canvas.width() - margin;
            float centre = canvas.width() / 2;
            float y = canvas.height() - margin;
            canvas.centred(centre, y, "PROVINSI " + kia.address().province().toUpperCase(Locale.ROOT), canvas.bold, 6.5f);
            canvas.centred(centre, y - 8, issue.regency().toUpperCase(Locale.ROOT), canvas.bold, 6.5f);
            canvas.centred(centre, y - 17, "KARTU IDENTITAS ANAK", canvas.bold, 7.5f);
            y -= 30;
            float photoWidth = 20 * Canvas.MM;
            float photoHeight = 25 * Canvas.MM;
            float fieldsRight = right;
            if (kia.photo() != null) {
                float photoX = right - photoWidth;
                canvas.image(kia.photo(), photoX, y - photoHeight, photoWidth, photoHeight);
                canvas.rectangle(photoX, y - photoHeight, photoWidth, photoHeight, 0.3f);
                fieldsRight = photoX - 2 * Canvas.MM;
            }
            canvas.fields(margin, y, 19 * Canvas.MM, fieldsRight, List.of(
                    List.of("NIK", kia.nik().value()),
                    List.of("Nama", kia.name()),
                    List.of("Tempat/Tgl Lahir", kia.birthPlace() + ", " + Indonesian.numericDate(kia.birthDate())),
                    List.of("Jenis Kelamin", kia.sex().indonesianName()),
                    List.of("No. KK", kia.kkNumber().value()),
                    List.of("Kepala Keluarga", kia.headOfFamily())), size);
            canvas.text(margin, margin + 8, issue.placeAndDate(), canvas.regular, size);

            canvas.page(CARD);
            y = canvas.height() - margin;
            Address address = kia.address();
            y = canvas.fields(margin, y, 19 * Canvas.MM, right, List.of(
                    List.of("Alamat", address.street()),
                    List.of("RT/RW", address.rtRw()),
                    List.of("Kel/Desa", address.village()),
                    List.of("Kecamatan", address.district()),
                    List.of("Berlaku Hingga", Indonesian.date(kia.validUntil()))), size);
            float qrSide = 21 * Canvas.MM;
            canvas.qr(issue.verificationUrl().toString(), margin - Canvas.MM, margin - Canvas.MM, qrSide);
            float signatureX = margin + qrSide + 2 * Canvas.MM;
            signatureBlock(canvas, issue, signatureX, margin + qrSide - 2 * Canvas.MM, right, 5, 4 * Canvas.MM);
        });
    }

    private static float[] widths(float total, float... fractions) {
        float[] widths = new float[fractions.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = fractions[i] * total;
        }
        return widths;
    }

    /** The kadis's jabatan, room for the TTE, the name in bold and the NIP, from {@code top} down. */
    private static void signatureBlock(Canvas canvas, CivilIssue issue, float x, float top, float right, float size,
            float space) throws IOException {
        Letter.Signer kadis = issue.kadis();
        float y = canvas.wrapped(x, top, right - x, kadis.position(), canvas.regular, size);
        y = canvas.wrapped(x, y - space, right - x, kadis.name(), canvas.bold, size);
        if (kadis.nip() != null) {
            canvas.wrapped(x, y, right - x, "NIP. " + kadis.nip(), canvas.regular, size);
        }
    }

    /** The QR code with its bottom left corner at (x, y) and the note and address beside it up to {@code right}. */
    private static void verification(Canvas canvas, CivilIssue issue, float x, float y, float side, float right,
            float size) throws IOException {
        canvas.qr(issue.verificationUrl().toString(), x, y, side);
        float noteX = x + side + 0.2f * CM;
        float top = canvas.wrapped(noteX, y + side - 0.25f * CM, right - noteX, TTE_NOTE, canvas.regular, size);
        canvas.wrapped(noteX, top, right - noteX, issue.verificationUrl().toString(), canvas.regular, size);
    }

    private static byte[] render(CivilIssue issue, String title, String subject, Drawing drawing) {
        try (PDDocument document = new PDDocument()) {
            PdfA.describe(document, title, "Dinas Kependudukan dan Pencatatan Sipil " + issue.regency(), subject,
                    issue.issuedAt());
            Canvas canvas = new Canvas(document);
            drawing.draw(canvas);
            canvas.finish();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + title, e);
        }
    }
}
