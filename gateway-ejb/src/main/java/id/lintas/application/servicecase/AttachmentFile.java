package id.lintas.application.servicecase;

/** A file to send to the browser: its name, its content type (from its content) and its bytes. */
public record AttachmentFile(String fileName, String contentType, byte[] bytes) {
}
