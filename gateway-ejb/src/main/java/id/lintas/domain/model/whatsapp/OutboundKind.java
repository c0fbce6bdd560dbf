package id.lintas.domain.model.whatsapp;

/** The kind of a message to a resident, as the Cloud API's {@code type} (and {@code interactive.type}) say it. */
public enum OutboundKind {
    TEXT, BUTTONS, LIST, TEMPLATE, DOCUMENT;

    public static OutboundKind of(Reply reply) {
        if (reply instanceof Reply.Text) {
            return TEXT;
        }
        if (reply instanceof Reply.Buttons) {
            return BUTTONS;
        }
        if (reply instanceof Reply.ListMenu) {
            return LIST;
        }
        return DOCUMENT;
    }
}
