package id.lintas.sandbox.siak;

import id.lintas.sandbox.http.Json;
import id.lintas.sandbox.siak.model.Family;
import id.lintas.sandbox.siak.model.FamilyRelation;
import id.lintas.sandbox.siak.model.MaritalStatus;
import id.lintas.sandbox.siak.model.Resident;
import id.lintas.sandbox.siak.model.Sex;
import id.lintas.sandbox.siak.registry.Registry;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Valid data for tests and demos, picked from the registry as it is now, spread over the
 * population (same seed, same picks as long as nothing changed):
 * <ul>
 * <li>{@code couples}: a KK whose head is the father and whose wife (ISTRI, 20-40) can be the
 * mother of a newborn on that KK;</li>
 * <li>{@code youngCouple}: a married child and their spouse living in the child's parents' KK,
 * who can register a birth without NO_KK (a new KK is made for them);</li>
 * <li>{@code singleMother}: a widowed or divorced mother heading her KK;</li>
 * <li>{@code childWithBirthCertificate} (under 17, both parents on the KK) and
 * {@code elderWithoutBirthCertificate}.</li>
 * </ul>
 */
final class SiakSamples {
    private final Registry registry;
    private final LocalDate today;

    SiakSamples(Registry registry, LocalDate today) {
        this.registry = registry;
        this.today = today;
    }

    JsonObject samples(int count) {
        List<String> order = registry.generatedFamilyOrder();
        JsonArrayBuilder couples = Json.array();
        for (Family family : spread(order, count, this::isCoupleWithYoungWife)) {
            Resident father = head(family);
            Resident mother = member(family, FamilyRelation.WIFE);
            couples.add(Json.object().add("NO_KK", family.kkNumber())
                    .add("mother", person(mother)).add("father", person(father)));
        }
        JsonObjectBuilder json = Json.object().add("module", "siak").add("couples", couples);
        first(order, this::youngCouple).ifPresentOrElse(v -> json.add("youngCouple", v), () -> json.addNull("youngCouple"));
        Family singleMother = first(order, f -> isSingleMother(f) ? f : null).orElse(null);
        json.add("singleMother", singleMother == null ? Json.object().build()
                : Json.object().add("NO_KK", singleMother.kkNumber()).add("mother", person(head(singleMother))).build());
        firstResident(order, r -> r.birthCertificateNumber() != null && age(r) < 17 && r.relation() == FamilyRelation.CHILD
                && r.motherNik() != null && r.fatherNik() != null)
                .ifPresent(r -> json.add("childWithBirthCertificate", person(r)));
        firstResident(order, r -> r.birthCertificateNumber() == null && r.birthDate().getYear() < 1960)
                .ifPresent(r -> json.add("elderWithoutBirthCertificate", person(r)));
        return json.build();
    }

    private JsonObject person(Resident resident) {
        return SiakJson.resident(resident, registry.addressOf(resident)).build();
    }

    private boolean isCoupleWithYoungWife(Family family) {
        Resident head = head(family);
        Resident wife = member(family, FamilyRelation.WIFE);
        return head != null && head.sex() == Sex.MALE && wife != null && age(wife) >= 20 && age(wife) <= 40;
    }

    private boolean isSingleMother(Family family) {
        Resident head = head(family);
        return head != null && head.sex() == Sex.FEMALE && head.maritalStatus() != MaritalStatus.MARRIED
                && family.memberNiks().size() > 1 && age(head) <= 45;
    }

    private JsonObject youngCouple(Family family) {
        Resident child = null;
        Resident inLaw = member(family, FamilyRelation.CHILD_IN_LAW);
        for (String nik : family.memberNiks()) {
            Resident member = registry.resident(nik);
            if (member != null && member.relation() == FamilyRelation.CHILD && member.maritalStatus() == MaritalStatus.MARRIED) {
                child = member;
            }
        }
        if (child == null || inLaw == null) {
            return null;
        }
        Resident mother = child.sex() == Sex.FEMALE ? child : inLaw;
        Resident father = child.sex() == Sex.MALE ? child : inLaw;
        if (age(mother) < 20 || age(mother) > 40) {
            return null;
        }
        return Json.object().add("NO_KK_ORANG_TUA", family.kkNumber())
                .add("mother", person(mother)).add("father", person(father)).build();
    }

    /** Up to {@code count} matching families, searched from evenly spaced starting points. */
    private List<Family> spread(List<String> order, int count, Predicate<Family> wanted) {
        List<Family> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        int step = Math.max(1, order.size() / Math.max(1, count));
        for (int start = 0; found.size() < count && start < order.size(); start += step) {
            for (int i = start; i < order.size(); i++) {
                Family family = registry.family(order.get(i));
                if (family != null && !seen.contains(family.kkNumber()) && wanted.test(family)) {
                    seen.add(family.kkNumber());
                    found.add(family);
                    break;
                }
            }
        }
        return found;
    }

    private <T> Optional<T> first(List<String> order, Function<Family, T> pick) {
        for (String kk : order) {
            Family family = registry.family(kk);
            T picked = family == null ? null : pick.apply(family);
            if (picked != null) {
                return Optional.of(picked);
            }
        }
        return Optional.empty();
    }

    private Optional<Resident> firstResident(List<String> order, Predicate<Resident> wanted) {
        return first(order, family -> family.memberNiks().stream().map(registry::resident)
                .filter(r -> r != null && wanted.test(r)).findFirst().orElse(null));
    }

    private Resident head(Family family) {
        return member(family, FamilyRelation.HEAD);
    }

    private Resident member(Family family, FamilyRelation relation) {
        for (String nik : family.memberNiks()) {
            Resident member = registry.resident(nik);
            if (member != null && member.relation() == relation) {
                return member;
            }
        }
        return null;
    }

    private long age(Resident resident) {
        return ChronoUnit.YEARS.between(resident.birthDate(), today);
    }
}
