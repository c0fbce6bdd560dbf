package id.lintas.domain.model.whatsapp;

import java.util.Optional;

/** What goes over the office's WhatsApp number: residents' messages and files, the office's answers, Meta's reports, complaints. */
public interface WhatsAppMessages {
    /** Stores a resident's message unless its wamid is already stored for the office; returns whether it was new. */
    boolean storeOnce(InboundMessage message);

    /** Stores a delivery report unless the same status of the same message is already stored; returns whether it was new. */
    boolean storeOnce(DeliveryReport report);

    void store(OutboundMessage message);

    /** Stores a file and gives it its id at once. */
    void store(MediaFile file);

    Optional<MediaFile> file(long id);

    void store(LoggedComplaint complaint);

    Optional<OutboundMessage> outboundByWamid(long officeId, String wamid);
}
