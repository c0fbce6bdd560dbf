package id.lintas.domain.model.courier;

import id.lintas.domain.model.identity.Role;
import id.lintas.domain.model.servicecase.Actor;

/**
 * The courier company as an actor on cases: when its signed report says a file was delivered, the
 * courier step is completed in its name, as the office's courier (role COURIER), by no signed-in
 * user. Its name cannot be an account's (accounts have no "/"), so the timeline and the audit log
 * tell it from the office's own courier.
 */
public final class CourierCompany {
    /** The actor's name in the timeline and the audit log. */
    public static final String NAME = "system/courier";

    private CourierCompany() {
    }

    /** The courier company acting on a case of {@code officeId}. */
    public static Actor in(long officeId) {
        return new Actor(NAME, Role.COURIER, officeId, null);
    }
}
