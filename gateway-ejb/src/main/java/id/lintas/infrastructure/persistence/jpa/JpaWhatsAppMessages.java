package id.lintas.infrastructure.persistence.jpa;

import id.lintas.domain.model.whatsapp.DeliveryReport;
import id.lintas.domain.model.whatsapp.InboundMessage;
import id.lintas.domain.model.whatsapp.LoggedComplaint;
import id.lintas.domain.model.whatsapp.MediaFile;
import id.lintas.domain.model.whatsapp.OutboundMessage;
import id.lintas.domain.model.whatsapp.WhatsAppMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/**
 * The WhatsApp tables. A message or report is looked up before it is stored; two deliveries of
 * the same webhook at the same moment still meet the unique constraint, and the later one's
 * transaction fails: Meta gets a 500 and delivers again, and then finds it stored.
 */
@ApplicationScoped
public class JpaWhatsAppMessages implements WhatsAppMessages {
    @PersistenceContext(unitName = "lintas")
    EntityManager em;

    @Override
    public boolean storeOnce(InboundMessage message) {
        boolean seen = !em.createNativeQuery("select 1 from wa_inbound where office_id = ?1 and wamid = ?2")
                .setParameter(1, message.officeId()).setParameter(2, message.wamid()).getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.persist(message);
        return true;
    }

    @Override
    public boolean storeOnce(DeliveryReport report) {
        boolean seen = !em.createNativeQuery("select 1 from wa_status where office_id = ?1 and wamid = ?2 and status = ?3")
                .setParameter(1, report.officeId()).setParameter(2, report.wamid()).setParameter(3, report.status().name())
                .getResultList().isEmpty();
        if (seen) {
            return false;
        }
        em.persist(report);
        return true;
    }

    /**
     * Inserted at once: the relay sends a phone's messages in the order of their ids, and
     * EclipseLink does not insert the new objects of one transaction in the order they were
     * persisted, so a turn's replies (a checklist, then its first question) would reach the phone
     * in any order.
     */
    @Override
    public void store(OutboundMessage message) {
        em.persist(message);
        em.flush();
    }

    @Override
    public Optional<MediaFile> file(long id) {
        return Optional.ofNullable(em.find(MediaFile.class, id));
    }

    @Override
    public void store(MediaFile file) {
        em.persist(file);
        em.flush();
    }

    @Override
    public void store(LoggedComplaint complaint) {
        em.persist(complaint);
    }

    @Override
    public Optional<OutboundMessage> outboundByWamid(long officeId, String wamid) {
        return em.createQuery("select o from OutboundMessage o where o.wamid = :w", OutboundMessage.class)
                .setParameter("w", wamid).getResultStream().filter(o -> o.officeId() == officeId).findFirst();
    }
}
