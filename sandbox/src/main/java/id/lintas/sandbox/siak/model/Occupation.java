package id.lintas.sandbox.siak.model;

/** Jenis pekerjaan ({@code JENIS_PKRJN}), a subset of SIAK's list of about ninety occupations. */
public enum Occupation implements SiakTerm {
    NONE("BELUM/TIDAK BEKERJA"),
    HOMEMAKER("MENGURUS RUMAH TANGGA"),
    STUDENT("PELAJAR/MAHASISWA"),
    RETIRED("PENSIUNAN"),
    CIVIL_SERVANT("PEGAWAI NEGERI SIPIL"),
    ARMY("TENTARA NASIONAL INDONESIA"),
    POLICE("KEPOLISIAN RI"),
    TRADER("PEDAGANG"),
    FARMER("PETANI/PEKEBUN"),
    LIVESTOCK_FARMER("PETERNAK"),
    PRIVATE_EMPLOYEE("KARYAWAN SWASTA"),
    STATE_COMPANY_EMPLOYEE("KARYAWAN BUMN"),
    ENTREPRENEUR("WIRASWASTA"),
    DAY_LABOURER("BURUH HARIAN LEPAS"),
    FARM_LABOURER("BURUH TANI/PERKEBUNAN"),
    TEACHER("GURU"),
    DRIVER("SOPIR"),
    MASON("TUKANG BATU"),
    VILLAGE_OFFICIAL("PERANGKAT DESA"),
    MIDWIFE("BIDAN"),
    NURSE("PERAWAT");

    private final String label;

    Occupation(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
