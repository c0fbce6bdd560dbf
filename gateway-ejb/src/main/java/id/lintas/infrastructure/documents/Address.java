package id.lintas.infrastructure.documents;

/**
 * An address as the KK and KIA print it. Immutable; every part is required.
 *
 * @param street alamat, e.g. {@code Jl. Pemuda No. 7}
 * @param rt rukun tetangga, e.g. {@code 002}
 * @param rw rukun warga, e.g. {@code 003}
 * @param village desa/kelurahan
 * @param district kecamatan
 * @param regency kabupaten/kota, e.g. {@code Kabupaten Blora}
 * @param province provinsi, e.g. {@code Jawa Tengah}
 */
public record Address(String street, String rt, String rw, String village, String district, String regency,
        String province) {

    public Address {
        street = Checks.required(street, "street (alamat)");
        rt = Checks.required(rt, "RT");
        rw = Checks.required(rw, "RW");
        village = Checks.required(village, "village (desa/kelurahan)");
        district = Checks.required(district, "district (kecamatan)");
        regency = Checks.required(regency, "regency (kabupaten/kota)");
        province = Checks.required(province, "province (provinsi)");
    }

    /** E.g. "002/003". */
    String rtRw() {
        return rt + "/" + rw;
    }
}
