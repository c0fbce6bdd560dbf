package id.lintas.infrastructure.documents;

import id.lintas.domain.model.person.Nik;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * The Dinas's surat balasan (reply letter) to a village's request for a jemput bola recording of
 * residents vulnerable to being left out of registration (SI JARAN IJO SOP step 4, "Surat balasan
 * pemberitahuan pelaksanaan perekaman rentan adminduk"): it answers the request, lists the targets,
 * says when and where the officers come (or that the schedule follows), names the officers, and
 * asks the village for an escort during the recording, as the SOP's remark on step 4 requires.
 * The kadis signs it with the TTE. Immutable; refuses missing data.
 *
 * @param letter number, date, the Dinas's letterhead, the kadis, verification address
 * @param addressee the requester, e.g. {@code Kepala Kelurahan Kunden} "di Tempat"
 * @param request the request this letter answers
 * @param targets the residents to record, at least one
 * @param visit when and where the recording takes place, or null when it is not fixed yet
 *     ("jadwal menyusul")
 * @param rhythm how often the Dinas records, printed with "jadwal menyusul", e.g. {@code Perekaman
 *     dilaksanakan 1 minggu sekali / ditentukan lain}; or null
 * @param officers the recording officers' names; empty when not yet assigned
 */
public record ReplyLetter(Letter letter, CoverLetter.Addressee addressee, Request request, List<Target> targets,
        Visit visit, String rhythm, List<String> officers) {

    /** The perihal (subject) of the letter. */
    public static final String SUBJECT = "Pemberitahuan Pelaksanaan Perekaman Rentan Adminduk";
    /** Printed for a fact that is not known (a target's NIK or address). */
    static final String UNKNOWN = "-";

    public ReplyLetter {
        Checks.present(letter, "letter");
        Checks.present(addressee, "addressee (tujuan surat)");
        Checks.present(request, "request (surat permohonan)");
        Checks.present(targets, "targets (sasaran)");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("targets (sasaran) must name at least one resident");
        }
        targets = List.copyOf(targets);
        rhythm = Checks.optional(rhythm, "rhythm (frekuensi perekaman)");
        officers = officers == null ? List.of()
                : officers.stream().map(name -> Checks.required(name, "officer (petugas)")).toList();
    }

    /**
     * The request the letter answers.
     *
     * @param number the requester's own nomor surat, or null when it was not recorded
     * @param date the date of the request (or when the Dinas received it)
     * @param caseNumber the number of the case in Lintas
     */
    public record Request(String number, LocalDate date, String caseNumber) {
        public Request {
            number = Checks.optional(number, "request number (nomor surat permohonan)");
            Checks.present(date, "request date (tanggal surat permohonan)");
            caseNumber = Checks.required(caseNumber, "caseNumber (nomor berkas)");
        }
    }

    /**
     * A resident to record (sasaran).
     *
     * @param name nama
     * @param nik the NIK, or null when the request did not give it
     * @param address the address, or null when not known
     */
    public record Target(String name, Nik nik, String address) {
        public Target {
            name = Checks.required(name, "target name (nama sasaran)");
            address = Checks.optional(address, "target address (alamat sasaran)");
        }
    }

    /**
     * When and where the officers record.
     *
     * @param start the day and the time the recording starts, in the office's zone (WIB, WITA, WIT)
     * @param end the time it is expected to end, or null ("selesai")
     * @param place where, e.g. {@code Kantor Kelurahan Kunden} or {@code rumah masing-masing sasaran}
     */
    public record Visit(ZonedDateTime start, LocalTime end, String place) {
        public Visit {
            Checks.present(start, "visit start (waktu pelaksanaan)");
            Indonesian.zone(start);
            if (end != null && !end.isAfter(start.toLocalTime())) {
                throw new IllegalArgumentException("visit end (selesai) " + end + " is not after the start " + start);
            }
            place = Checks.required(place, "visit place (tempat pelaksanaan)");
        }
    }
}
