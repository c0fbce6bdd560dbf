package id.lintas.interfaces.web.cases;

import id.lintas.application.servicecase.AttachmentFile;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Sends a case's file to the browser: its own content type, never sniffed, shown inline or saved under its name. */
final class FileResponses {
    private FileResponses() {
    }

    static void send(HttpServletResponse response, AttachmentFile file, boolean download) throws IOException {
        response.setContentType(file.contentType());
        response.setContentLength(file.bytes().length);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Content-Disposition", (download ? "attachment" : "inline") + "; filename*=UTF-8''"
                + URLEncoder.encode(file.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.getOutputStream().write(file.bytes());
    }
}
