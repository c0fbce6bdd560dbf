package id.lintas.sandbox.siak.registry;

/**
 * The numbers a registered birth got: the baby's NIK (also the number of its KIA, Kartu Identitas
 * Anak), the KK it is on, whether that KK is new, and the akta kelahiran number.
 */
public record BirthRecord(String nik, String kkNumber, boolean newFamily, String birthCertificateNumber) {
}
