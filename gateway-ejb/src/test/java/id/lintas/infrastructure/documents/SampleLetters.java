package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.KkNumber;
import id.lintas.domain.model.person.Nik;
import id.lintas.domain.model.person.Sex;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;

/** A birth in Blora and the two letters the hospital writes about it; a village's request and the Dinas's reply. */
final class SampleLetters {
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final URI VERIFICATION = URI.create("https://lintas.example/verifikasi/skl/7f3a9c2e-5b1d-4e8a-9c0f-2d6b8e4a1c37");
    static final String MOTHER_NIK = "3316015708900001";
    static final String FATHER_NIK = "3316012003880002";
    static final String KK = "3316012501150003";
    static final String WITNESS_1_NIK = "3316020505750001";
    static final String WITNESS_2_NIK = "3316034512800004";
    static final Letter.Institution HOSPITAL = new Letter.Institution("Pemerintah Kabupaten Blora",
            "RSUD Dr. R. Soetijono Blora", "Jl. Dr. Sutomo No. 42, Blora 58219",
            "Telepon (0296) 531118, surel rsud@blorakab.go.id", "Blora");
    static final Letter.Signer DIRECTOR = new Letter.Signer("Direktur RSUD Dr. R. Soetijono Blora",
            "dr. Ahmad Santoso, M.Kes.", "19750312 200312 1 004");

    private SampleLetters() {
    }

    static Letter letter(String number) {
        return new Letter(HOSPITAL, number, ZonedDateTime.of(2026, 11, 24, 9, 15, 0, 0, WIB), DIRECTOR, VERIFICATION);
    }

    static BirthLetter birthLetter(String babyName, String motherName) {
        return new BirthLetter(letter("474.1/0123/RSUD/XI/2026"), babyName, Sex.MALE,
                ZonedDateTime.of(2026, 11, 23, 14, 35, 0, 0, WIB), "RSUD Dr. R. Soetijono Blora", 2, 1,
                new BirthLetter.Attendant(BirthLetter.Attendant.Role.DOCTOR, "dr. Ratna Dewi, Sp.OG"), 3200,
                new BigDecimal("49.5"), new Letter.PersonRef(motherName, MOTHER_NIK),
                new Letter.PersonRef("Budi Santoso", FATHER_NIK), new KkNumber(KK),
                "Jl. Pemuda No. 7, RT 002 RW 003, Kelurahan Kunden, Kecamatan Blora");
    }

    static BirthLetter birthLetter() {
        return birthLetter("Muhammad Rizky Pratama", "Siti Aminah");
    }

    static CoverLetter coverLetter(String reporterName) {
        return new CoverLetter(letter("470/0456/RSUD/XI/2026"), CoverLetter.Addressee.DUKCAPIL_BLORA,
                "SELINTAS-2026-000123", "Muhammad Rizky Pratama",
                List.of("Surat Keterangan Kelahiran", "Kartu Keluarga (KK) asli",
                        "Fotokopi buku nikah/akta perkawinan orang tua", "Fotokopi KTP-el ayah dan ibu"),
                new Letter.PersonRef(reporterName, FATHER_NIK),
                new Letter.PersonRef("Sutrisno", WITNESS_1_NIK), new Letter.PersonRef("Sri Wahyuni", WITNESS_2_NIK));
    }

    static CoverLetter coverLetter() {
        return coverLetter("Budi Santoso");
    }

    static final Letter.Institution DINAS = new Letter.Institution("Pemerintah Kabupaten Blora",
            "Dinas Kependudukan dan Pencatatan Sipil", "Jl. Pemuda No. 16, Blora 58215", "Telepon (0296) 531000", "Blora");
    static final Letter.Signer KADIS = new Letter.Signer("Kepala Dinas Kependudukan dan Pencatatan Sipil Kabupaten Blora",
            "Hendro Wibowo", null);
    static final String TARGET_NIK = "3316014107400002";

    /** The reply to Kelurahan Kunden about two targets, with or without a fixed visit and officers. */
    static ReplyLetter replyLetter(ReplyLetter.Visit visit, List<String> officers) {
        return new ReplyLetter(new Letter(DINAS, "470/42/3316/2026", ZonedDateTime.of(2026, 11, 24, 9, 15, 0, 0, WIB),
                KADIS, VERIFICATION), new CoverLetter.Addressee("Kepala Kelurahan Kunden", "Tempat"),
                new ReplyLetter.Request("140/27/KDN/XI/2026", LocalDate.of(2026, 11, 20), "3316-SI_JARAN_IJO-2026-000042"),
                List.of(new ReplyLetter.Target("Mbah Sarinah", Nik.of(TARGET_NIK), "Jl. Gatot Subroto No. 12 RT 001/RW 002, KUNDEN"),
                        new ReplyLetter.Target("Sukardi", null, null)),
                visit, "Perekaman dilaksanakan 1 minggu sekali / ditentukan lain", officers);
    }

    static ReplyLetter replyLetter() {
        return replyLetter(new ReplyLetter.Visit(ZonedDateTime.of(2026, 12, 1, 9, 0, 0, 0, WIB), LocalTime.of(12, 0),
                "Rumah masing-masing sasaran, berkumpul di Kantor Kelurahan Kunden"), List.of("Siti Rahayu", "Joko Prasetyo"));
    }
}
