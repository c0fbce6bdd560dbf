package id.lintas.domain.model.whatsapp;

import java.util.List;
import java.util.Objects;

/**
 * A message the conversation answers with, already in the resident's language, shaped by what
 * WhatsApp can show: a text, a text with at most three reply buttons, a list of at most ten
 * rows, or a document. The limits are the Cloud API's (a button title at most 20 characters, a
 * row title 24, a row description 72, an interactive body 1,024, a text 4,096); a reply that would
 * break one fails here, in a unit test, rather than as a refusal from Meta in production.
 */
public sealed interface Reply {
    int MAX_TEXT = 4096;
    int MAX_INTERACTIVE_BODY = 1024;

    /** A plain text. */
    record Text(String body) implements Reply {
        public Text {
            check(body, MAX_TEXT, "text");
        }
    }

    /** A reply button: the id comes back in the resident's tap. */
    record Button(String id, String title) {
        public Button {
            check(id, 256, "button id");
            check(title, 20, "button title");
        }
    }

    /** A text with one to three reply buttons. */
    record Buttons(String body, List<Button> buttons) implements Reply {
        public Buttons {
            check(body, MAX_INTERACTIVE_BODY, "button message body");
            buttons = List.copyOf(buttons);
            if (buttons.isEmpty() || buttons.size() > 3) {
                throw new IllegalArgumentException("1-3 buttons, not " + buttons.size());
            }
        }
    }

    /** A row of a list message: the id comes back in the resident's choice. */
    record Row(String id, String title, String description) {
        public Row {
            check(id, 200, "row id");
            check(title, 24, "row title");
            if (description != null && description.length() > 72) {
                throw new IllegalArgumentException("a row description of at most 72 characters: " + description);
            }
        }
    }

    /** A list message: a body, the button that opens the list, and one to ten rows (one section). */
    record ListMenu(String body, String button, List<Row> rows) implements Reply {
        public ListMenu {
            check(body, MAX_INTERACTIVE_BODY, "list body");
            check(button, 20, "list button");
            rows = List.copyOf(rows);
            if (rows.isEmpty() || rows.size() > 10) {
                throw new IllegalArgumentException("1-10 rows, not " + rows.size());
            }
        }
    }

    /** A document (a signed PDF) by a link Meta fetches, with its file name and a caption. */
    record Document(String link, String filename, String caption) implements Reply {
        public Document {
            check(link, 2000, "document link");
            check(filename, 240, "file name");
            if (caption != null && caption.length() > MAX_INTERACTIVE_BODY) {
                throw new IllegalArgumentException("a caption of at most 1024 characters");
            }
        }
    }

    private static void check(String s, int max, String what) {
        Objects.requireNonNull(s, what);
        if (s.isBlank() || s.length() > max) {
            throw new IllegalArgumentException("a " + what + " of 1-" + max + " characters, not " + s.length() + ": " + s);
        }
    }
}
