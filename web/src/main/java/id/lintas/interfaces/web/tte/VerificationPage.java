package id.lintas.interfaces.web.tte;

import id.lintas.application.document.DocumentVerification;
import id.lintas.domain.shared.BusinessException;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/**
 * The public verification page ({@code /verifikasi/{id}}, no login): what the office registered
 * under the document's id, and the check of an uploaded PDF against it.
 */
@Named
@ViewScoped
public class VerificationPage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient DocumentVerification verification;

    private String id;
    private DocumentVerification.PublicDocument document;
    private DocumentVerification.UploadCheck check;
    private transient UploadedFile upload;

    /** Reads the id the QR address carried (forwarded by {@link VerificationServlet}) or the "id" parameter, once. */
    public void init() {
        if (id == null) {
            FacesContext faces = FacesContext.getCurrentInstance();
            Object forwarded = faces.getExternalContext().getRequestMap().get(VerificationServlet.DOCUMENT_ID);
            String param = faces.getExternalContext().getRequestParameterMap().get("id");
            id = forwarded != null ? forwarded.toString() : param == null ? "" : param;
            document = verification.find(id).orElse(null);
            if (document == null) {
                faces.getExternalContext().setResponseStatus(404);
            }
        }
    }

    public void checkUpload() {
        if (upload == null || upload.getSize() == 0) {
            throw new BusinessException("verification.noFile");
        }
        check = verification.check(id, upload.getContent());
    }

    public String getId() {
        return id;
    }

    public DocumentVerification.PublicDocument getDocument() {
        return document;
    }

    public DocumentVerification.UploadCheck getCheck() {
        return check;
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }
}
