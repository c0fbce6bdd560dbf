package id.lintas.domain.model.courier;

/** Who received the file at the destination, and the courier's photo of the handover (if any). */
public record ProofOfDelivery(String recipientName, String photoUrl) {
    public ProofOfDelivery {
        recipientName = Texts.clip(recipientName, 120);
        photoUrl = Texts.clip(photoUrl, 1000);
    }
}
