package id.lintas.interfaces.web.admin;

import id.lintas.application.siak.DeadLetters;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.List;

/** The admin's SIAK dead letters: payload, error, replay, discard. */
@Named
@RequestScoped
public class DeadLettersView {
    @EJB
    DeadLetters deadLetters;

    private List<DeadLetters.DeadLetter> letters;

    public List<DeadLetters.DeadLetter> getLetters() {
        if (letters == null) {
            letters = deadLetters.list();
        }
        return letters;
    }

    public void replay(long id) {
        deadLetters.replay(id);
        done("admin.deadLetters.replayed");
    }

    public void discard(long id) {
        deadLetters.discard(id);
        done("admin.deadLetters.discarded");
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key), null));
        letters = null;
    }
}
