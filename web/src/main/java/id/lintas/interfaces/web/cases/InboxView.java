package id.lintas.interfaces.web.cases;

import id.lintas.application.servicecase.CaseQueries;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.InboxEntry;
import id.lintas.application.servicecase.OpenableSop;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.util.List;

/** A role's inbox on its home page: waiting steps, escalations received, and whether it may open cases. */
@Named
@RequestScoped
public class InboxView {
    @EJB
    CaseQueries queries;

    @EJB
    CaseService service;

    private List<InboxEntry> entries;
    private List<InboxEntry> escalations;
    private List<OpenableSop> openable;

    public List<InboxEntry> getEntries() {
        if (entries == null) {
            entries = queries.inbox();
        }
        return entries;
    }

    public List<InboxEntry> getEscalations() {
        if (escalations == null) {
            escalations = queries.escalations();
        }
        return escalations;
    }

    public boolean isCanOpen() {
        if (openable == null) {
            openable = service.openable();
        }
        return !openable.isEmpty();
    }
}
