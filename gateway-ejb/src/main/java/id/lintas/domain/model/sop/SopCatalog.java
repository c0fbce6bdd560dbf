package id.lintas.domain.model.sop;

import java.util.List;

/**
 * The SOP definitions the system knows: every version ever loaded (running cases keep theirs),
 * and the current one of each SOP for new cases.
 */
public interface SopCatalog {
    /** A stored definition and its row id. */
    record Entry(long id, SopDefinition definition) {
    }

    /** The newest version of a SOP. */
    Entry current(String code);

    /** A definition by its row id, whatever its version. */
    SopDefinition byId(long id);

    /** The newest version of every SOP. */
    List<Entry> currentAll();
}
