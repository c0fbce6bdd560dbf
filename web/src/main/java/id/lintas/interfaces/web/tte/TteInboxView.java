package id.lintas.interfaces.web.tte;

import id.lintas.application.document.TteService;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.PrimeFaces;

/**
 * The kadis's TTE inbox: the documents waiting for a signature, previewed in a new tab, signed in
 * bulk (the chosen ones or all) after the passphrase is entered once, with a progress bar that
 * follows the run. The passphrase is never kept in the view: it goes to the application and is wiped.
 */
@Named
@ViewScoped
public class TteInboxView implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient TteService tte;

    private List<TteService.Waiting> waiting;
    private List<TteService.Waiting> selected = new ArrayList<>();
    private transient String passphrase;
    private String batchId;
    private TteService.Progress progress;

    public List<TteService.Waiting> getWaiting() {
        if (waiting == null) {
            waiting = tte.inbox();
        }
        return waiting;
    }

    public void signSelected() {
        start(selected.stream().map(TteService.Waiting::id).toList());
    }

    public void signAll() {
        start(getWaiting().stream().map(TteService.Waiting::id).toList());
    }

    private void start(List<String> ids) {
        char[] secret = passphrase == null ? new char[0] : passphrase.toCharArray();
        passphrase = null;
        progress = null;
        batchId = tte.startSigning(ids, secret);
        PrimeFaces.current().ajax().addCallbackParam("started", true);
    }

    /** The run's percentage for the progress bar (0 before one starts). */
    public int getPercent() {
        if (batchId == null) {
            return 0;
        }
        progress = tte.progress(batchId);
        return progress.finished() ? 100 : Math.min(progress.percent(), 99);
    }

    /** The run ended: say how it went and list what still waits. */
    public void onComplete() {
        TteService.Progress done = tte.progress(batchId);
        progress = done;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(done.failed() == 0 ? FacesMessage.SEVERITY_INFO : FacesMessage.SEVERITY_WARN,
                Texts.get(faces, "tte.done", done.signed(), done.failed()), done.lastError()));
        waiting = null;
        selected = new ArrayList<>();
    }

    public TteService.Progress getProgress() {
        return progress;
    }

    public String getProgressLabel() {
        if (progress == null) {
            return "";
        }
        return Texts.get(FacesContext.getCurrentInstance(), "tte.progress", progress.signed() + progress.failed(), progress.total());
    }

    public List<TteService.Waiting> getSelected() {
        return selected;
    }

    public void setSelected(List<TteService.Waiting> selected) {
        this.selected = selected == null ? new ArrayList<>() : selected;
    }

    public String getPassphrase() {
        return null;
    }

    public void setPassphrase(String passphrase) {
        this.passphrase = passphrase;
    }
}
