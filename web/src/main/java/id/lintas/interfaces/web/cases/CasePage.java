package id.lintas.interfaces.web.cases;

import id.lintas.application.courier.CourierLegs;
import id.lintas.application.servicecase.CaseQueries;
import id.lintas.application.servicecase.CaseService;
import id.lintas.application.servicecase.CaseView;
import id.lintas.domain.model.identity.Role;
import id.lintas.interfaces.web.shell.Texts;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import org.primefaces.model.file.UploadedFile;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** A case's page: its timeline, and the current step's actions for the role that performs it. */
@Named
@ViewScoped
public class CasePage implements Serializable {
    private static final long serialVersionUID = 1L;

    @EJB
    transient CaseQueries queries;

    @EJB
    transient CaseService service;

    @EJB
    transient CourierLegs courierLegs;

    private long id;
    private CaseView view;
    private Boolean lettersReady;

    @jakarta.ejb.EJB
    transient id.lintas.application.hospital.HospitalLetters letters;
    private List<String> ticked = new ArrayList<>();
    private List<Integer> selectedItems = new ArrayList<>();
    private String returnTarget;
    private String reason;
    private String comment;
    private transient UploadedFile upload;
    private String uploadLabel;
    private String pickupNote;
    private List<id.lintas.application.servicecase.CaseDocument> documents;
    private String revokeReason;
    private boolean replaceRevoked = true;

    @EJB
    transient id.lintas.application.document.TteService tte;

    @EJB
    transient id.lintas.application.document.DocumentMailing mailing;
    private String sendTo;
    private final Particulars particulars = new Particulars();
    private String particularsSubject;

    /** Loads the case named by the page's "id" parameter once; actions reload it. */
    private void load() {
        view = queries.detail(id);
    }

    public void complete() {
        if (view.current().perItem()) {
            service.completeItems(id, selectedItems, new HashSet<>(ticked));
        } else {
            service.complete(id, new HashSet<>(ticked));
        }
        done("case.step.completed");
    }

    public void sendBack() {
        if (view.current().perItem()) {
            service.returnItems(id, selectedItems, returnTarget, reason);
        } else {
            service.returnTo(id, returnTarget, reason);
        }
        done("case.step.returned");
    }

    /** Compares the case (or the first selected item) with SIAK at a comparison step. */
    public void compare() {
        Integer item = view.current().perItem() ? (selectedItems.isEmpty() ? null : selectedItems.get(0)) : null;
        if (view.current().perItem() && item == null) {
            throw new id.lintas.domain.shared.BusinessException("case.itemNotWaiting", "-");
        }
        service.compareWithSiak(id, item);
        done("case.siak.compared");
    }

    /** The office's courier has the file (a custody event from the portal, with the optional note). */
    public void confirmPickup() {
        courierLegs.confirmPickup(id, pickupNote);
        pickupNote = null;
        done("case.custody.pickupConfirmed");
    }

    /** Whether the caller, a courier, may confirm the pickup: at a courier step whose file is not yet collected. */
    public boolean isPickupConfirmable() {
        return view != null && view.current() != null && view.current().actionable()
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.Names.COURIER)
                && currentTrip().filter(t -> List.of("WAITING", "BOOKED", "DEAD").contains(t.status())).isPresent();
    }

    /** Whether the current step is a courier leg (completing it records the delivery). */
    public boolean isCourierStep() {
        return currentTrip().isPresent();
    }

    private java.util.Optional<CaseView.CourierTrip> currentTrip() {
        if (view == null || view.current() == null) {
            return java.util.Optional.empty();
        }
        return view.courierTrips().stream().filter(t -> t.stepKey().equals(view.current().stepKey())).findFirst();
    }

    public String getPickupNote() {
        return pickupNote;
    }

    public void setPickupNote(String pickupNote) {
        this.pickupNote = pickupNote;
    }

    public void skip() {
        service.skip(id, reason);
        done("case.step.skipped");
    }

    /** Attaches the uploaded file (its type is decided by its content, in the domain). */
    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            throw new id.lintas.domain.shared.BusinessException("attachment.empty");
        }
        service.attach(id, uploadLabel, upload.getFileName(), upload.getContent());
        uploadLabel = null;
        done("case.attached");
    }

    public UploadedFile getUpload() {
        return upload;
    }

    public void setUpload(UploadedFile upload) {
        this.upload = upload;
    }

    public String getUploadLabel() {
        return uploadLabel;
    }

    public void setUploadLabel(String uploadLabel) {
        this.uploadLabel = uploadLabel;
    }

    public void addComment() {
        service.comment(id, comment);
        done("case.commented");
    }

    private void done(String key) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, key), null));
        ticked = new ArrayList<>();
        selectedItems = new ArrayList<>();
        returnTarget = null;
        reason = null;
        comment = null;
        load();
    }

    public long getId() {
        return id;
    }

    /** Records the particulars read from the application's scans (the child, the KK, the parents) on the case. */
    public void recordParticulars() {
        String subject = particularsSubject == null || particularsSubject.isBlank() ? view.subject() : particularsSubject;
        service.recordParticulars(id, subject, particulars.getFamilyKk(), particulars.persons(subject),
                particulars.getDeliveryAddress(), particulars.getDeliveryPhone());
        done("case.particulars.recorded");
    }

    public Particulars getParticulars() {
        return particulars;
    }

    public String getParticularsSubject() {
        return particularsSubject;
    }

    public void setParticularsSubject(String particularsSubject) {
        this.particularsSubject = particularsSubject;
    }


    /**
     * Loads the case named by the "id" request parameter before the page renders, so that a
     * refusal (another office's case, say) becomes a message instead of a broken page.
     */
    public void init() {
        if (view == null) {
            String param = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
            if (param != null && param.matches("\\d{1,18}")) {
                id = Long.parseLong(param);
                load();
            }
        }
    }

    /** Whether the hospital's letters exist: a SELINTAS case past its letters step. */
    public boolean isLettersReady() {
        if (lettersReady == null) {
            lettersReady = view != null && view.timeline().stream()
                    .anyMatch(r -> "issue_birth_letter".equals(r.stepKey()) && r.finishedAt() != null)
                    && letters.available(view.id());
        }
        return lettersReady;
    }

    /** The documents the case issued (drafts, signed, revoked), loaded once per view. */
    public List<id.lintas.application.servicecase.CaseDocument> getDocuments() {
        if (documents == null) {
            documents = view == null ? List.of() : queries.documents(id);
        }
        return documents;
    }

    /** The kadis revokes a signed document (dicabut), with a replacement drafted unless unticked. */
    public void revoke(String documentId) {
        tte.revoke(documentId, revokeReason, replaceRevoked);
        revokeReason = null;
        documents = null;
        done("case.documents.revoked");
    }

    public void redraft(String documentId) {
        tte.redraft(documentId);
        documents = null;
        load();
    }

    /** Sends the case's signed documents to {@link #getSendTo()} by email (the outbox delivers it). */
    public void sendDocuments() {
        int sent = mailing.sendSigned(id, sendTo);
        sendTo = null;
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, Texts.get(faces, "case.documents.sent", sent), null));
    }

    public String getSendTo() {
        return sendTo;
    }

    public void setSendTo(String sendTo) {
        this.sendTo = sendTo;
    }

    /** Whether the case has signed documents to send. */
    public boolean isSendable() {
        return getDocuments().stream().anyMatch(d -> d.status().equals("SIGNED"));
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public boolean isReplaceRevoked() {
        return replaceRevoked;
    }

    public void setReplaceRevoked(boolean replaceRevoked) {
        this.replaceRevoked = replaceRevoked;
    }

    public CaseView getView() {
        return view;
    }

    public List<String> getTicked() {
        return ticked;
    }

    public void setTicked(List<String> ticked) {
        this.ticked = ticked;
    }

    public List<Integer> getSelectedItems() {
        return selectedItems;
    }

    public void setSelectedItems(List<Integer> selectedItems) {
        this.selectedItems = selectedItems;
    }

    public String getReturnTarget() {
        return returnTarget;
    }

    public void setReturnTarget(String returnTarget) {
        this.returnTarget = returnTarget;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
