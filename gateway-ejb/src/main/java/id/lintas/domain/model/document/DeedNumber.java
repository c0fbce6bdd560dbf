package id.lintas.domain.model.document;

import id.lintas.domain.model.office.OfficeCode;
import id.lintas.domain.shared.BusinessException;
import java.io.Serializable;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The nomor akta (number of the register of a civil registration deed) as SIAK prints it:
 * {@code RRRR-CC-DDMMYYYY-NNNN}, i.e. the regency/city code of the office, the {@link
 * CivilRegistryDeed} code, the registration date and a serial from 0001 to 9999, e.g.
 * {@code 3316-LU-17012022-0001}. A refusal names the wrong part with a {@code deed.*} key.
 */
public final class DeedNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    private final OfficeCode officeCode;
    private final CivilRegistryDeed deed;
    private final LocalDate registeredOn;
    private final int serial;
    private final String value;

    private DeedNumber(OfficeCode officeCode, CivilRegistryDeed deed, LocalDate registeredOn, int serial) {
        this.officeCode = Objects.requireNonNull(officeCode, "officeCode");
        this.deed = Objects.requireNonNull(deed, "deed");
        this.registeredOn = Objects.requireNonNull(registeredOn, "registeredOn");
        if (registeredOn.getYear() < 1 || registeredOn.getYear() > 9999) {
            throw new BusinessException("deed.date.invalid", registeredOn.toString());
        }
        if (serial < 1 || serial > 9999) {
            throw new BusinessException("deed.serial.invalid", String.valueOf(serial));
        }
        this.serial = serial;
        this.value = String.format("%s-%s-%02d%02d%04d-%04d", officeCode.value(), deed.code(),
                registeredOn.getDayOfMonth(), registeredOn.getMonthValue(), registeredOn.getYear(), serial);
    }

    /** The number of a deed registered by the office of {@code officeCode} on {@code registeredOn}. */
    public static DeedNumber issue(OfficeCode officeCode, CivilRegistryDeed deed, LocalDate registeredOn, int serial) {
        return new DeedNumber(officeCode, deed, registeredOn, serial);
    }

    /** The deed number as a person typed it: surrounding blanks and a lower-case code are accepted. */
    public static DeedNumber of(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new BusinessException("deed.number.required");
        }
        String[] parts = typed.strip().split("-", -1);
        if (parts.length != 4) {
            throw new BusinessException("deed.number.format", typed.strip());
        }
        OfficeCode office;
        try {
            office = new OfficeCode(parts[0]);
        } catch (BusinessException e) {
            throw new BusinessException("deed.regency.invalid", parts[0]);
        }
        CivilRegistryDeed deed = CivilRegistryDeed.fromCode(parts[1]);
        LocalDate date = date(parts[2]);
        if (!parts[3].matches("[0-9]{4}") || "0000".equals(parts[3])) {
            throw new BusinessException("deed.serial.invalid", parts[3]);
        }
        return new DeedNumber(office, deed, date, Integer.parseInt(parts[3]));
    }

    private static LocalDate date(String ddmmyyyy) {
        if (ddmmyyyy.matches("[0-9]{8}")) {
            try {
                return LocalDate.of(Integer.parseInt(ddmmyyyy.substring(4)), Integer.parseInt(ddmmyyyy.substring(2, 4)),
                        Integer.parseInt(ddmmyyyy.substring(0, 2)));
            } catch (DateTimeException impossible) {
                // e.g. 29 February 2023, day 32, month 13: refused below
            }
        }
        throw new BusinessException("deed.date.invalid", ddmmyyyy);
    }

    /** The regency/city whose office registered the deed. */
    public OfficeCode officeCode() {
        return officeCode;
    }

    public CivilRegistryDeed deed() {
        return deed;
    }

    /** The registration date, the DDMMYYYY part. */
    public LocalDate registeredOn() {
        return registeredOn;
    }

    public int serial() {
        return serial;
    }

    /** The number as SIAK prints it, e.g. {@code 3316-LU-17012022-0001}. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DeedNumber other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
