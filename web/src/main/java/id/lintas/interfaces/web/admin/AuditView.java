package id.lintas.interfaces.web.admin;

import id.lintas.application.audit.AuditCheck;
import id.lintas.application.audit.AuditEntryView;
import id.lintas.application.audit.AuditVerification;
import id.lintas.domain.shared.BusinessException;
import id.lintas.interfaces.web.shell.LocaleSwitch;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.sql.SQLException;
import java.util.List;

/** The admin's audit page: recent entries of the office and the chain check. */
@Named
@ViewScoped
public class AuditView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient AuditVerification audit;

    @Inject
    LocaleSwitch locale;

    private List<AuditEntryView> entries;
    private AuditCheck check;

    public List<AuditEntryView> getEntries() {
        if (entries == null) {
            entries = audit.recent(100);
        }
        return entries;
    }

    public void verify() throws SQLException {
        check = audit.verify();
        entries = null;
    }

    public AuditCheck getCheck() {
        return check;
    }

    public String getProblem() {
        return check == null || check.intact() ? null
                : BusinessException.format(check.problemKey(), locale.getLocale(), check.brokenAtSeq(), check.brokenEntryId());
    }
}
