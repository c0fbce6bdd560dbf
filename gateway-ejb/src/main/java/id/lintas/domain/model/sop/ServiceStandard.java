package id.lintas.domain.model.sop;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the office promises for the whole service: its time (<i>jangka waktu</i>), from when it
 * runs, and its fee (<i>biaya/tarif</i>) in rupiah where the SOP states one. When the SOP states
 * no time, the definition may derive it as the sum of its steps' times ({@link Basis#SUM_OF_STEPS}).
 */
public final class ServiceStandard implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The moment the service time starts. */
    public enum Start {
        /** The application reaches the office (the first step). */
        APPLICATION_RECEIVED,
        /** All requirements are met and correct ("sejak semua persyaratan dipenuhi dan benar"). */
        COMPLETE_FILE,
        /** The file is complete and the KTP-el recording (perekaman) is done. */
        COMPLETE_FILE_AND_RECORDING
    }

    /** Where the time comes from. */
    public enum Basis {
        /** The SOP states it. */
        DECLARED,
        /** The SOP states none; the time is the sum of the steps' MINUTES and HOURS standards. */
        SUM_OF_STEPS,
        /**
         * The SOP states none; the office commits to it for the service (e.g. DIK JAMILA ME-WA's
         * documents within 24 hours, the promise of applying from home); the note says where it comes from.
         */
        COMMITTED
    }

    private final TimeStandard time;
    private final Start from;
    private final Long fee;
    private final Basis basis;
    private final LocalizedText note;

    /**
     * @param from  when the time starts, or {@code null} when the SOP does not say
     * @param fee   the fee in rupiah, or {@code null} when the SOP does not say
     * @param basis where the time comes from; {@code null} means DECLARED
     * @param note  an explanation for users, or {@code null}
     */
    public ServiceStandard(TimeStandard time, Start from, Long fee, Basis basis, LocalizedText note) {
        this.time = Objects.requireNonNull(time, "service time");
        if (time.isOpen() || time.isPerItem()) {
            throw new IllegalArgumentException("a service standard needs a fixed time, was " + time);
        }
        if (fee != null && fee < 0) {
            throw new IllegalArgumentException("a fee cannot be negative, was " + fee);
        }
        this.basis = basis == null ? Basis.DECLARED : basis;
        if (this.basis == Basis.SUM_OF_STEPS && time.duration().isEmpty()) {
            throw new IllegalArgumentException("a service time summed from the steps must be in MINUTES or HOURS");
        }
        this.from = from;
        this.fee = fee;
        this.note = note;
    }

    public TimeStandard time() {
        return time;
    }

    public Optional<Start> from() {
        return Optional.ofNullable(from);
    }

    /** The fee in rupiah, when the SOP states one. */
    public OptionalLong fee() {
        return fee == null ? OptionalLong.empty() : OptionalLong.of(fee);
    }

    /** Whether the SOP states the service is free of charge. */
    public boolean isFree() {
        return fee != null && fee == 0;
    }

    public Basis basis() {
        return basis;
    }

    public Optional<LocalizedText> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public String toString() {
        return time + (from == null ? "" : " from " + from) + (fee == null ? "" : ", fee Rp " + fee);
    }
}
