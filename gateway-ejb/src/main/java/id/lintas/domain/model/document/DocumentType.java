package id.lintas.domain.model.document;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What the SOPs produce and the kadis signs electronically (TTE): the akta (civil registration
 * deeds), the KK (Kartu Keluarga, family card), the KIA (Kartu Identitas Anak, child identity
 * card), the KTP-el (electronic identity card) and the letters (surat) around them.
 */
public enum DocumentType {
    AKTA_KELAHIRAN("Akta Kelahiran", "Birth certificate", CivilRegistryDeed.BIRTH, CivilRegistryDeed.LATE_BIRTH),
    AKTA_KEMATIAN("Akta Kematian", "Death certificate", CivilRegistryDeed.DEATH),
    AKTA_PERKAWINAN("Akta Perkawinan", "Marriage certificate", CivilRegistryDeed.MARRIAGE),
    AKTA_PERCERAIAN("Akta Perceraian", "Divorce certificate", CivilRegistryDeed.DIVORCE),
    AKTA_PENGAKUAN_ANAK("Akta Pengakuan Anak", "Certificate of recognition of a child",
            CivilRegistryDeed.CHILD_RECOGNITION),
    AKTA_PENGESAHAN_ANAK("Akta Pengesahan Anak", "Certificate of legitimation of a child",
            CivilRegistryDeed.CHILD_LEGITIMATION),
    KK("Kartu Keluarga", "Family card", Numbering.KK_NUMBER),
    KIA("Kartu Identitas Anak", "Child identity card", Numbering.HOLDER_NIK),
    KTP_EL("Kartu Tanda Penduduk Elektronik", "Electronic identity card", Numbering.HOLDER_NIK),
    /** The birth letter of the birth attendant (hospital, puskesmas, midwife). */
    SURAT_KETERANGAN_KELAHIRAN("Surat Keterangan Kelahiran", "Birth letter", Numbering.LETTER_NUMBER),
    /** A cover letter sending a file, e.g. from a hospital to the Dinas. */
    SURAT_PENGANTAR("Surat Pengantar", "Cover letter", Numbering.LETTER_NUMBER),
    /** The Dinas's reply to a request letter, e.g. the SI JARAN IJO schedule for a village. */
    SURAT_BALASAN("Surat Balasan", "Reply letter", Numbering.LETTER_NUMBER);

    /** How a document is numbered. */
    public enum Numbering {
        /** A {@link DeedNumber} of one of the type's {@link DocumentType#deeds()}. */
        DEED_NUMBER,
        /** The {@link id.lintas.domain.model.person.KkNumber} of the family. */
        KK_NUMBER,
        /** The card carries its holder's {@link id.lintas.domain.model.person.Nik}. */
        HOLDER_NIK,
        /** The nomor surat its issuer (the Dinas, a hospital) gives its own letters. */
        LETTER_NUMBER
    }

    private final String indonesianName;
    private final String englishName;
    private final Numbering numbering;
    private final Set<CivilRegistryDeed> deeds;

    DocumentType(String indonesianName, String englishName, CivilRegistryDeed first, CivilRegistryDeed... more) {
        this(indonesianName, englishName, Numbering.DEED_NUMBER, EnumSet.of(first, more));
    }

    DocumentType(String indonesianName, String englishName, Numbering numbering) {
        this(indonesianName, englishName, numbering, EnumSet.noneOf(CivilRegistryDeed.class));
    }

    DocumentType(String indonesianName, String englishName, Numbering numbering, Set<CivilRegistryDeed> deeds) {
        this.indonesianName = indonesianName;
        this.englishName = englishName;
        this.numbering = numbering;
        this.deeds = Collections.unmodifiableSet(deeds);
    }

    public String indonesianName() {
        return indonesianName;
    }

    public String englishName() {
        return englishName;
    }

    public Numbering numbering() {
        return numbering;
    }

    /** The deeds whose numbers this document carries; empty unless it is an akta. */
    public Set<CivilRegistryDeed> deeds() {
        return deeds;
    }

    /** The akta a deed is registered in, e.g. {@link #AKTA_KELAHIRAN} for a late birth. */
    public static DocumentType of(CivilRegistryDeed deed) {
        return Arrays.stream(values()).filter(type -> type.deeds.contains(deed)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No document for deed " + deed));
    }
}
