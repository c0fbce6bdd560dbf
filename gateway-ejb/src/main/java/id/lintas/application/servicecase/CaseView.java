package id.lintas.application.servicecase;

import id.lintas.domain.model.sop.LocalizedText;
import java.io.Serializable;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * A case as the portal shows it: its header (with the documents it applies for, names in both
 * languages separated by commas, empty for none), its timeline against the SOP's standards, and
 * what can be done now.
 */
public record CaseView(long id, String caseNumber, String sopCode, int sopVersion, LocalizedText sopTitle, String status,
        String subject, String appliedFor, String openedBy, ZonedDateTime openedAt, ZonedDateTime serviceClockStartedAt,
        ZonedDateTime serviceDeadline, ZonedDateTime closedAt, boolean overdue, Boolean finishedSameDay,
        Standard serviceStandard, List<Person> persons, List<Item> items, List<TimelineRow> timeline,
        Current current, List<Attachment> attachments, List<SiakCheck> siakChecks, List<SiakSend> siakSends,
        List<Comment> comments, List<CourierTrip> courierTrips, Applicant applicant, boolean particularsEditable)
        implements Serializable {

    /** The resident whose application (WhatsApp, email) opened the case: the channel, their address on it, the reference. */
    public record Applicant(String channel, String address, String reference, String language)
            implements Serializable {
    }

    /**
     * A courier leg of the case (a trip of its paper file) and its chain of custody, oldest first:
     * where it goes, where the booking stands (the courier's order, tracking and waybill ids, the
     * attempts and last error while it fails).
     */
    public record CourierTrip(long id, String stepKey, String leg, String status, String from, String to, String orderId,
            String trackingId, String waybillId, int attempts, String lastError, List<Custody> custody) implements Serializable {
    }

    /** A link of the chain of custody: when, the status, who said so (COURIER_API or PORTAL), driver or user, proof. */
    public record Custody(ZonedDateTime at, String status, String source, String by, String phone, String note,
            String recipient, String photoUrl) implements Serializable {
    }

    /** A comparison with SIAK kept as evidence: the step, the item, the masked NIK, the result per field. */
    public record SiakCheck(String stepKey, Integer itemNo, String nik, ZonedDateTime comparedAt, String comparedBy,
            boolean allMatch, List<SiakField> fields) implements Serializable {
    }

    public record SiakField(String field, String submitted, String registered, boolean matches) implements Serializable {
    }

    /**
     * A submission to SIAK and where it stands (waiting, accepted, numbered, dead), with its last
     * error and, once numbered, what SIAK issued (NIK, NO_KK, NO_AKTA_LHR, NO_KIA...).
     */
    public record SiakSend(long id, String kind, String status, int attempts, String draftId, String lastError,
            ZonedDateTime createdAt, ZonedDateTime nextAttemptAt, List<Issued> issued) implements Serializable {
    }

    /** One number or value SIAK issued, under SIAK's field name. */
    public record Issued(String field, String value) implements Serializable {
    }

    /** An attached file: what it is, its type and size, its SHA-256, who added it when. */
    public record Attachment(long id, String label, String fileName, String kind, int size, String sha256, String addedBy,
            ZonedDateTime addedAt) implements Serializable {
    }

    /** A time standard: unit (MINUTES, HOURS, WORKING_DAYS, SAME_DAY, OPEN), amount, note. */
    public record Standard(String unit, int amount, String note, boolean perItem) implements Serializable {
    }

    public record Person(String relation, String nik, String name, String sex) implements Serializable {
    }

    public record Item(int number, String kind, String label, String nik, String status, String note) implements Serializable {
    }

    /** One step execution, with the working time it took against its standard. */
    public record TimelineRow(int stepNo, String stepKey, LocalizedText activity, String roles, Integer itemNo,
            String itemLabel, ZonedDateTime startedAt, ZonedDateTime dueAt, ZonedDateTime finishedAt, String actor,
            String outcome, String reason, Standard standard, Long workedMinutes, Boolean onTime, String escalatedTo)
            implements Serializable {
    }

    /**
     * The step the case waits at, and whether the caller may act on it; {@code awaiting} names what
     * the step still waits for from outside (SIAK_NUMBERS), {@code approves} whether completing it
     * is the performer's approval.
     */
    public record Current(String stepKey, int stepNo, LocalizedText activity, String role, List<String> roles,
            List<Check> checklist, List<Return> returns, LocalizedText condition, boolean perItem,
            List<Item> waitingItems, Standard standard, boolean actionable, String siak, String awaiting,
            boolean approves) implements Serializable {
    }

    public record Check(String key, LocalizedText text) implements Serializable {
    }

    public record Return(String to, LocalizedText toActivity, LocalizedText condition) implements Serializable {
    }

    public record Comment(String stepKey, String author, String role, ZonedDateTime writtenAt, String text)
            implements Serializable {
    }
}
