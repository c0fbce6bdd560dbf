package id.lintas.domain.model.siak;

/** Where a submission to SIAK stands. */
public enum SubmissionStatus {
    /** In the outbox, to be sent (again) at its next attempt time. */
    WAITING,
    /** SIAK accepted it as a draft (it has a draft id) and will number it. */
    ACCEPTED,
    /** SIAK numbered it: the documents have their numbers. */
    NUMBERED,
    /** SIAK refused it, or it kept failing: in the dead-letter store until an admin replays or discards it. */
    DEAD,
    /** Discarded by an admin from the dead-letter store. */
    DISCARDED
}
