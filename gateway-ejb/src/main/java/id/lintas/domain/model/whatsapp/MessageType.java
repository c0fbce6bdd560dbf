package id.lintas.domain.model.whatsapp;

/**
 * What kind of message a resident sent, from the Cloud API's {@code messages[].type}. A
 * requirement arrives as an {@link #IMAGE} (a photo) or a {@link #DOCUMENT} (a scan as PDF);
 * {@link #INTERACTIVE} is the tap on a list row or a button Lintas offered; everything the
 * conversation cannot use (stickers, locations, contacts, reactions...) is {@link #OTHER}.
 */
public enum MessageType {
    TEXT, IMAGE, DOCUMENT, INTERACTIVE, VIDEO, AUDIO, OTHER;

    /** The type of the API's {@code type} value ({@code button}, the reply to a template's quick reply, counts as interactive). */
    public static MessageType ofApi(String type) {
        if (type == null) {
            return OTHER;
        }
        return switch (type) {
            case "text" -> TEXT;
            case "image" -> IMAGE;
            case "document" -> DOCUMENT;
            case "interactive", "button" -> INTERACTIVE;
            case "video" -> VIDEO;
            case "audio", "voice" -> AUDIO;
            default -> OTHER;
        };
    }

    /** Whether a message of this type carries a file Lintas may take as a requirement. */
    public boolean carriesDocument() {
        return this == IMAGE || this == DOCUMENT;
    }
}
