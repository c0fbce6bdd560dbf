package id.lintas.interfaces.web.admin;

import id.lintas.application.notification.FailedNotifications;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The admin's failed notifications (partners' callbacks, families' emails): receiver, error, replay, discard. */
@Named
@RequestScoped
public class FailedNotificationsView {
    @EJB
    FailedNotifications failed;

    private List<FailedNotifications.FailedNotification> notifications;

    public List<FailedNotifications.FailedNotification> getNotifications() {
        if (notifications == null) {
            notifications = failed.list();
        }
        return notifications;
    }

    public void replay(long id) {
        failed.replay(id);
        done("admin.notifications.replayed");
    }

    public void discard(long id) {
        failed.discard(id);
        done("admin.notifications.discarded");
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key), null));
        notifications = null;
    }
}
