package id.lintas.interfaces.web.admin;

import id.lintas.application.DeadLetterStore;
import id.lintas.application.courier.DeadShipments;
import id.lintas.application.hospital.FailedBirthReports;
import id.lintas.application.mail.UnansweredMailApplications;
import id.lintas.application.notification.FailedNotifications;
import id.lintas.application.siak.DeadLetters;
import id.lintas.application.whatsapp.DeadWhatsAppMessages;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The admin's failed sends: SIAK dead letters (payload, error), failed notifications (receiver,
 * error), birth reports whose case could not be opened, courier legs that could not be booked,
 * WhatsApp messages given up and emailed applications that opened no case (failed or refused);
 * replay, discard.
 */
@Named
@RequestScoped
public class DeadLettersView {
    @EJB
    DeadLetters deadLetters;

    @EJB
    FailedNotifications failedNotifications;

    @EJB
    FailedBirthReports failedReports;

    @EJB
    DeadShipments deadShipments;

    @EJB
    DeadWhatsAppMessages deadWhatsApp;

    @EJB
    UnansweredMailApplications unansweredMails;

    /** Each table's rows, read once per request (and again after an action). */
    private final Map<String, List<?>> tables = new HashMap<>();

    public List<DeadLetters.DeadLetter> getLetters() {
        return table("letters", deadLetters::list);
    }

    public List<FailedNotifications.FailedNotification> getNotifications() {
        return table("notifications", failedNotifications::list);
    }

    public List<FailedBirthReports.FailedReport> getReports() {
        return table("reports", failedReports::list);
    }

    public List<DeadShipments.DeadShipment> getShipments() {
        return table("shipments", deadShipments::list);
    }

    public List<DeadWhatsAppMessages.DeadMessage> getWhatsapp() {
        return table("whatsapp", deadWhatsApp::list);
    }

    public List<UnansweredMailApplications.Unanswered> getMails() {
        return table("mails", unansweredMails::list);
    }

    /** Sends a dead entry of a table ("letters", "notifications", "reports", "shipments", "whatsapp", "mails") again. */
    public void replay(String table, long id) {
        store(table).replay(id);
        done(table, "replayed");
    }

    /** Gives a dead entry of a table up. */
    public void discard(String table, long id) {
        store(table).discard(id);
        done(table, "discarded");
    }

    private DeadLetterStore<?> store(String table) {
        return switch (table) {
            case "letters" -> deadLetters;
            case "notifications" -> failedNotifications;
            case "reports" -> failedReports;
            case "shipments" -> deadShipments;
            case "whatsapp" -> deadWhatsApp;
            case "mails" -> unansweredMails;
            default -> throw new IllegalArgumentException("no table " + table);
        };
    }

    @SuppressWarnings("unchecked")
    private <T> List<T> table(String name, Supplier<List<T>> rows) {
        return (List<T>) tables.computeIfAbsent(name, n -> rows.get());
    }

    /** Says what was done ("admin.deadShipments.replayed") and has every table read again. */
    private void done(String table, String what) {
        String texts = switch (table) {
            case "letters" -> "admin.deadLetters.";
            case "notifications" -> "admin.notifications.";
            case "reports" -> "admin.failedReports.";
            case "whatsapp" -> "admin.deadWhatsApp.";
            case "mails" -> "admin.unansweredMails.";
            default -> "admin.deadShipments.";
        };
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, texts + what), null));
        tables.clear();
    }
}
