package id.lintas.interfaces.web.admin;

import id.lintas.application.notification.FailedNotifications;
import id.lintas.application.siak.DeadLetters;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The admin's failed sends: SIAK dead letters (payload, error) and failed notifications (receiver, error); replay, discard. */
@Named
@RequestScoped
public class DeadLettersView {
    @EJB
    DeadLetters deadLetters;

    @EJB
    FailedNotifications failedNotifications;

    private List<DeadLetters.DeadLetter> letters;
    private List<FailedNotifications.FailedNotification> notifications;

    public List<DeadLetters.DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.list();
        }
        return letters;
    }

    public List<FailedNotifications.FailedNotification> getNotifications() {
        if (notifications == null) {
            notifications = failedNotifications.list();
        }
        return notifications;
    }

    public void replay(long id) {
        deadLetters.replay(id);
        done("admin.deadLetters.replayed");
    }

    public void discard(long id) {
        deadLetters.discard(id);
        done("admin.deadLetters.discarded");
    }

    public void replayNotification(long id) {
        failedNotifications.replay(id);
        done("admin.notifications.replayed");
    }

    public void discardNotification(long id) {
        failedNotifications.discard(id);
        done("admin.notifications.discarded");
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key), null));
        letters = null;
        notifications = null;
    }
}
