package id.lintas.application.siak;

import id.lintas.domain.model.servicecase.CaseItem;
import id.lintas.domain.model.servicecase.CasePerson;
import id.lintas.domain.model.servicecase.PersonRelation;
import id.lintas.domain.model.servicecase.ServiceCase;
import id.lintas.domain.model.siak.SiakSubmission;
import id.lintas.domain.shared.BusinessException;
import id.lintas.domain.shared.Jsons;
import jakarta.json.JsonObjectBuilder;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a case sends to SIAK and compares with it, in SIAK's field names: a birth when the case
 * names a child (with the mother's NIK), a death when it names the deceased (with the date and
 * place of death, the reporter's NIK when recorded), otherwise the applicant's (or the item's) biodata.
 */
public final class SiakPayloads {
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private SiakPayloads() {
    }

    public record Payload(SiakSubmission.Kind kind, String json) {
    }

    /** The submission of a case (or of one of its items); refused when what SIAK needs is missing. */
    public static Payload submission(ServiceCase c, Integer itemNo) {
        Optional<CasePerson> child = person(c, PersonRelation.CHILD);
        if (itemNo == null && child.isPresent()) {
            CasePerson baby = child.get();
            CasePerson mother = person(c, PersonRelation.MOTHER).filter(m -> m.nik().isPresent())
                    .orElseThrow(() -> new BusinessException("siak.dataMissing", "NIK ibu"));
            JsonObjectBuilder b = Jsons.createObjectBuilder().add("JENIS", "KELAHIRAN")
                    .add("NAMA_LGKP", baby.name()).add("NIK_IBU", mother.nik().get().value());
            baby.sex().ifPresent(s -> b.add("JENIS_KLMIN", s.siakCode()));
            baby.birthDate().ifPresent(d -> b.add("TGL_LHR", DATE.format(d)));
            baby.birthPlace().ifPresent(place -> b.add("TMPT_LHR", place));
            c.familyKk().ifPresent(kk -> b.add("NO_KK", kk.value()));
            person(c, PersonRelation.FATHER).flatMap(CasePerson::nik).ifPresent(n -> b.add("NIK_AYAH", n.value()));
            return new Payload(SiakSubmission.Kind.BIRTH, b.build().toString());
        }
        Optional<CasePerson> deceased = person(c, PersonRelation.DECEASED);
        if (itemNo == null && deceased.isPresent()) {
            CasePerson dead = deceased.get();
            JsonObjectBuilder b = Jsons.createObjectBuilder().add("JENIS", "KEMATIAN")
                    .add("NIK", dead.nik().orElseThrow(() -> new BusinessException("siak.dataMissing", "NIK")).value())
                    .add("TGL_KMT", DATE.format(dead.diedOn().orElseThrow(() -> new BusinessException("siak.dataMissing", "TGL_KMT"))))
                    .add("TMPT_KMT", dead.deathPlace().orElseThrow(() -> new BusinessException("siak.dataMissing", "TMPT_KMT")));
            c.persons().stream().filter(p -> p.relation() != PersonRelation.DECEASED).map(CasePerson::nik).flatMap(Optional::stream)
                    .findFirst().ifPresent(reporter -> b.add("NIK_PELAPOR", reporter.value()));
            return new Payload(SiakSubmission.Kind.DEATH, b.build().toString());
        }
        Map<String, String> data = subject(c, itemNo);
        JsonObjectBuilder b = Jsons.createObjectBuilder().add("JENIS", "PERUBAHAN_BIODATA");
        data.forEach(b::add);
        return new Payload(SiakSubmission.Kind.BIODATA, b.build().toString());
    }

    /** The NIK and fields a comparison sends: the item's, or the applicant's. */
    public static Map<String, String> subject(ServiceCase c, Integer itemNo) {
        Map<String, String> data = new LinkedHashMap<>();
        if (itemNo != null) {
            CaseItem item = c.items().stream().filter(i -> i.number() == itemNo).findFirst().orElseThrow();
            data.put("NIK", item.nik().orElseThrow(() -> new BusinessException("siak.dataMissing", "NIK " + item.label())).value());
            data.put("NAMA_LGKP", item.label());
            return data;
        }
        CasePerson applicant = c.persons().stream().filter(p -> p.nik().isPresent()).findFirst()
                .orElseThrow(() -> new BusinessException("siak.dataMissing", "NIK pemohon"));
        data.put("NIK", applicant.nik().get().value());
        data.put("NAMA_LGKP", applicant.name());
        applicant.birthDate().ifPresent(d -> data.put("TGL_LHR", DATE.format(d)));
        applicant.sex().ifPresent(s -> data.put("JENIS_KLMIN", s.siakCode()));
        return data;
    }

    private static Optional<CasePerson> person(ServiceCase c, PersonRelation relation) {
        return c.persons().stream().filter(p -> p.relation() == relation).findFirst();
    }
}
