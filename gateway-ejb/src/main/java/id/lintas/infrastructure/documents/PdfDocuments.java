package id.lintas.infrastructure.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Renders letters: those a hospital or puskesmas sends with a birth (SELINTAS SOP step 4, "Membuat
 * Surat Keterangan Kelahiran &amp; Surat Pengantar Pengajuan Berkas ke Dindukcapil") and the
 * Dinas's reply to a village's request for a recording (SI JARAN IJO step 4), as PDF: A4
 * portrait, in Bahasa Indonesia, with the font embedded as a subset, archival PDF/A-2b ({@link PdfA}),
 * and a QR code of the letter's verification address in the bottom left
 * corner. The same letter renders to the same bytes: the document information (title, author =
 * the institution, subject, creator "Lintas", dates = the letter's {@link Letter#issuedAt()}) and
 * the document ID come from the input alone. Stateless and thread-safe.
 */
public final class PdfDocuments {
    /** The Surat Keterangan Kelahiran, one page unless its texts are very long. */
    public byte[] birthLetter(BirthLetter skl) {
        Letter letter = skl.letter();
        return render(letter, "Surat Keterangan Kelahiran", "Kelahiran " + skl.babyName(), page -> {
            page.title("SURAT KETERANGAN KELAHIRAN", letter.number());
            page.paragraph("Yang bertanda tangan di bawah ini menerangkan bahwa pada:");
            page.fields(List.of(
                    List.of("Hari, tanggal", Indonesian.dayAndDate(skl.bornAt().toLocalDate())),
                    List.of("Pukul", Indonesian.time(skl.bornAt()))));
            String sex = skl.sex().indonesianName().toLowerCase(Locale.ROOT);
            page.paragraph("telah lahir seorang bayi " + sex + " dengan keterangan sebagai berikut:");
            page.fields(List.of(
                    List.of("Nama bayi", skl.babyName()),
                    List.of("Jenis kelamin", Character.toUpperCase(sex.charAt(0)) + sex.substring(1)),
                    List.of("Tempat kelahiran", skl.birthPlace()),
                    List.of("Jenis kelahiran", skl.birthKind()),
                    List.of("Kelahiran ke-", String.valueOf(skl.birthOrder())),
                    List.of("Penolong kelahiran", skl.attendant().role().indonesianName()),
                    List.of("Nama penolong", skl.attendant().name()),
                    List.of("Berat bayi", Indonesian.grams(skl.weightGrams())),
                    List.of("Panjang bayi", Indonesian.centimetres(skl.lengthCm()))));
            page.paragraph("dari orang tua:");
            List<List<String>> parents = new ArrayList<>(List.of(
                    List.of("Nama ibu", skl.mother().name()),
                    List.of("NIK ibu", skl.mother().nik().value())));
            if (skl.father() != null) {
                parents.add(List.of("Nama ayah", skl.father().name()));
                parents.add(List.of("NIK ayah", skl.father().nik().value()));
            }
            parents.add(List.of("Nomor KK", skl.familyKk().value()));
            if (skl.address() != null) {
                parents.add(List.of("Alamat", skl.address()));
            }
            page.fields(parents);
            page.paragraph("Demikian surat keterangan ini dibuat untuk dipergunakan sebagaimana mestinya.");
            page.signature(placeAndDate(letter), letter.signer());
        });
    }

    /** The Surat Pengantar to the Dinas, listing the enclosures, the reporter and the witnesses. */
    public byte[] coverLetter(CoverLetter cover) {
        Letter letter = cover.letter();
        return render(letter, "Surat Pengantar", CoverLetter.SUBJECT + " atas nama " + cover.childName(), page -> {
            page.aside(placeAndDate(letter));
            page.particulars(List.of(
                    List.of("Nomor", letter.number()),
                    List.of("Lampiran", Indonesian.counted(cover.enclosures().size()) + " berkas"),
                    List.of("Perihal", CoverLetter.SUBJECT)));
            page.paragraph(List.of("Kepada Yth.", cover.addressee().title(), "di " + cover.addressee().place()));
            page.paragraph("Dengan hormat,");
            page.paragraph("Bersama ini kami sampaikan berkas pengajuan penerbitan NIK, KK, Akta Kelahiran dan KIA"
                    + " atas nama " + cover.childName() + ", nomor berkas " + cover.caseNumber()
                    + ", dengan lampiran sebagai berikut:");
            page.numbered(cover.enclosures());
            page.paragraph("Pelapor dan saksi kelahiran:");
            page.table(new float[] {0.08f, 0.17f, 0.43f, 0.32f}, List.of(
                    List.of("No.", "Kedudukan", "Nama", "NIK"),
                    List.of("1.", "Pelapor", cover.reporter().name(), cover.reporter().nik().value()),
                    List.of("2.", "Saksi I", cover.firstWitness().name(), cover.firstWitness().nik().value()),
                    List.of("3.", "Saksi II", cover.secondWitness().name(), cover.secondWitness().nik().value())));
            page.paragraph("Demikian surat pengantar ini kami sampaikan. Atas perhatian dan kerja sama Bapak/Ibu,"
                    + " kami ucapkan terima kasih.");
            page.signature(null, letter.signer());
        });
    }

    /**
     * The Dinas's surat balasan to a village: the request it answers, the targets, the date or
     * "jadwal menyusul", the officers, and the request for an escort; room for the kadis's TTE.
     */
    public byte[] replyLetter(ReplyLetter reply) {
        Letter letter = reply.letter();
        return render(letter, "Surat Balasan", ReplyLetter.SUBJECT + " " + reply.addressee().title(), page -> {
            page.aside(placeAndDate(letter));
            page.particulars(List.of(
                    List.of("Nomor", letter.number()),
                    List.of("Lampiran", "-"),
                    List.of("Perihal", ReplyLetter.SUBJECT)));
            page.paragraph(List.of("Kepada Yth.", reply.addressee().title(), "di " + reply.addressee().place()));
            page.paragraph("Dengan hormat,");
            ReplyLetter.Request request = reply.request();
            String requestLetter = request.number() == null ? "surat permohonan Saudara tanggal "
                    : "surat Saudara Nomor " + request.number() + " tanggal ";
            page.paragraph("Menindaklanjuti " + requestLetter + Indonesian.date(request.date())
                    + " perihal permohonan perekaman rentan administrasi kependudukan (nomor berkas "
                    + request.caseNumber() + "), dengan ini kami beritahukan bahwa Dinas Kependudukan dan Pencatatan"
                    + " Sipil akan melaksanakan perekaman KTP-el jemput bola bagi " + Indonesian.counted(reply.targets().size())
                    + " orang penduduk rentan administrasi kependudukan sebagai berikut:");
            List<List<String>> targets = new ArrayList<>(List.of(List.of("No.", "Nama", "NIK", "Alamat")));
            int no = 1;
            for (ReplyLetter.Target target : reply.targets()) {
                targets.add(List.of(no++ + ".", target.name(), target.nik() == null ? ReplyLetter.UNKNOWN : target.nik().value(),
                        target.address() == null ? ReplyLetter.UNKNOWN : target.address()));
            }
            page.table(new float[] {0.08f, 0.3f, 0.27f, 0.35f}, targets);
            ReplyLetter.Visit visit = reply.visit();
            if (visit == null) {
                page.paragraph("Jadwal pelaksanaan perekaman menyusul dan akan kami sampaikan kepada Saudara setelah"
                        + " ditetapkan" + (reply.rhythm() == null ? "." : " (" + reply.rhythm() + ")."));
            } else {
                page.paragraph("Perekaman akan dilaksanakan pada:");
                page.fields(List.of(
                        List.of("Hari, tanggal", Indonesian.dayAndDate(visit.start().toLocalDate())),
                        List.of("Pukul", Indonesian.time(visit.start()) + " s.d. " + (visit.end() == null ? "selesai"
                                : Indonesian.time(visit.start().with(visit.end())))),
                        List.of("Tempat", visit.place())));
            }
            if (!reply.officers().isEmpty()) {
                page.paragraph("Petugas perekaman:");
                page.numbered(reply.officers());
            }
            page.paragraph("Sehubungan dengan hal tersebut, kami mohon Saudara berkenan menugaskan aparatur"
                    + " desa/kelurahan untuk mendampingi petugas selama kegiatan perekaman berlangsung, serta memberitahukan"
                    + " kepada sasaran agar berada di tempat pada waktu pelaksanaan.");
            page.paragraph("Demikian pemberitahuan ini kami sampaikan. Atas perhatian dan kerja sama Saudara, kami"
                    + " ucapkan terima kasih.");
            page.signature(null, letter.signer());
        });
    }

    private static String placeAndDate(Letter letter) {
        return letter.institution().city() + ", " + Indonesian.date(letter.issuedAt().toLocalDate());
    }

    /** What differs between the letters: everything between the kop surat and the QR code. */
    private interface Body {
        void write(LetterLayout page) throws IOException;
    }

    /** The letter's PDF: its {@code kind} (e.g. "Surat Pengantar") and number make the title. */
    private static byte[] render(Letter letter, String kind, String subject, Body body) {
        String title = kind + " Nomor " + letter.number();
        try (PDDocument document = new PDDocument()) {
            PdfA.describe(document, title, letter.institution().name(), subject, letter.issuedAt());
            LetterLayout page = new LetterLayout(document);
            page.letterhead(letter.institution());
            body.write(page);
            page.verification(letter.verificationUrl());
            page.finish();
            return PdfA.save(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + title, e);
        }
    }
}
