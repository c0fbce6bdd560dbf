package id.lintas.signing.verify;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * What the revisions after a signed one changed. Every object whose cross-reference entry differs
 * between the signed revision and the final file must be one of: the signature fields, widgets,
 * appearances and values of later signatures and document timestamps, the {@code /DSS} and what it
 * holds, the AcroForm (its new fields being signature fields), the catalog (only {@code /DSS} and
 * {@code /AcroForm} changed), pages (only their {@code /Annots}, with only new signature widgets),
 * the document information, cross-reference and object streams. Anything else is a modification.
 */
final class RevisionChanges {
    private static final COSName DSS = COSName.getPDFName("DSS");
    private static final Set<COSName> SKIPPED_IN_WALK = Set.of(COSName.P, COSName.PARENT);

    private RevisionChanges() {
    }

    /**
     * The first unexpected change after the revision ending at {@code revisionEnd}, or null.
     *
     * @param laterSignatureValues the {@code /V} dictionaries of the signatures made after that revision
     */
    static String unexpected(byte[] pdf, int revisionEnd, PDDocument full, List<COSDictionary> laterSignatureValues)
            throws IOException {
        try (PDDocument before = Loader.loadPDF(Arrays.copyOf(pdf, revisionEnd))) {
            COSDocument now = full.getDocument();
            Map<COSObjectKey, Long> oldOffsets = before.getDocument().getXrefTable();
            Set<COSBase> allowed = allowed(full, laterSignatureValues);
            COSDictionary oldCatalog = before.getDocumentCatalog().getCOSObject();
            COSDictionary catalog = full.getDocumentCatalog().getCOSObject();
            COSBase info = resolve(now.getTrailer().getItem(COSName.INFO));
            for (Map.Entry<COSObjectKey, Long> entry : now.getXrefTable().entrySet()) {
                COSObjectKey key = entry.getKey();
                if (Objects.equals(entry.getValue(), oldOffsets.get(key))) {
                    continue;
                }
                COSObject object = now.getObjectFromPool(key);
                COSBase base = object == null ? null : object.getObject();
                if (base == null || allowed.contains(base) || base == info) {
                    continue;
                }
                String problem = judge(key, base, catalog, oldCatalog, before, allowed);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }
    }

    private static String judge(COSObjectKey key, COSBase base, COSDictionary catalog, COSDictionary oldCatalog,
            PDDocument before, Set<COSBase> allowed) throws IOException {
        COSObject previous = before.getDocument().getObjectFromPool(key);
        if (previous != null && previous.getObject() != null && content(previous.getObject()).equals(content(base))) {
            return null; // written again unchanged (PDFBox rewrites the fields it walks)
        }
        if (base instanceof COSDictionary dictionary) {
            COSName type = dictionary.getCOSName(COSName.TYPE);
            if (COSName.XREF.equals(type) || COSName.OBJ_STM.equals(type)) {
                return null;
            }
            if (dictionary == catalog) {
                return sameExcept(dictionary, oldCatalog, Set.of(DSS, COSName.ACRO_FORM)) ? null
                        : "the document catalog was changed after signing";
            }
            if (COSName.PAGE.equals(type)) {
                COSObject old = before.getDocument().getObjectFromPool(key);
                if (old != null && old.getObject() instanceof COSDictionary oldPage
                        && sameExcept(dictionary, oldPage, Set.of(COSName.ANNOTS))
                        && onlyNewWidgets(dictionary.getCOSArray(COSName.ANNOTS), oldPage.getCOSArray(COSName.ANNOTS), allowed)) {
                    return null;
                }
                return "page (object " + key.getNumber() + ") was changed after signing";
            }
            if (dictionary == catalog.getCOSDictionary(COSName.ACRO_FORM)) {
                return null;
            }
        }
        if (base instanceof COSArray array) {
            COSObject old = before.getDocument().getObjectFromPool(key);
            COSArray oldArray = old != null && old.getObject() instanceof COSArray a ? a : null;
            if (onlyNewWidgets(array, oldArray, allowed)) {
                return null;
            }
        }
        return "object " + key.getNumber() + " " + key.getGeneration() + " ("
                + (base instanceof COSDictionary d && d.getCOSName(COSName.TYPE) != null
                        ? d.getCOSName(COSName.TYPE).getName() : base.getClass().getSimpleName())
                + ") was added or changed after signing";
    }

    /** Every entry of {@code now} was already in {@code old} or is an allowed (signature) object. */
    private static boolean onlyNewWidgets(COSArray now, COSArray old, Set<COSBase> allowed) {
        if (now == null) {
            return old == null;
        }
        List<String> previousKeys = new ArrayList<>();
        if (old != null) {
            for (int i = 0; i < old.size(); i++) {
                previousKeys.add(describe(old.get(i)));
            }
        }
        for (int i = 0; i < now.size(); i++) {
            COSBase item = now.get(i);
            if (!previousKeys.contains(describe(item)) && !allowed.contains(resolve(item))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameExcept(COSDictionary now, COSDictionary old, Set<COSName> except) {
        for (COSName name : union(now.keySet(), old.keySet())) {
            if (!except.contains(name) && !describe(now.getItem(name)).equals(describe(old.getItem(name)))) {
                return false;
            }
        }
        return true;
    }

    private static Set<COSName> union(Set<COSName> a, Set<COSName> b) {
        Set<COSName> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** An object's own content: its entries (indirect ones by reference) and, for a stream, its raw bytes' digest. */
    private static String content(COSBase base) throws IOException {
        if (base instanceof COSStream stream) {
            try (java.io.InputStream raw = stream.createRawInputStream()) {
                return "stream " + contentOfDictionary(stream) + java.util.Arrays.hashCode(raw.readAllBytes());
            }
        }
        if (base instanceof COSDictionary dictionary) {
            return contentOfDictionary(dictionary);
        }
        if (base instanceof COSArray array) {
            StringBuilder text = new StringBuilder("[");
            for (int i = 0; i < array.size(); i++) {
                text.append(describe(array.get(i))).append(' ');
            }
            return text.append(']').toString();
        }
        return String.valueOf(base);
    }

    private static String contentOfDictionary(COSDictionary dictionary) {
        StringBuilder text = new StringBuilder("<<");
        for (Map.Entry<COSName, COSBase> item : new java.util.TreeMap<>(toMap(dictionary)).entrySet()) {
            text.append(item.getKey().getName()).append('=').append(describe(item.getValue())).append(' ');
        }
        return text.append(">>").toString();
    }

    /** An indirect value by its reference, a direct one by its content. */
    private static String describe(COSBase value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof COSObject object) {
            return "ref " + object.getObjectNumber() + " " + object.getGenerationNumber();
        }
        if (value.getKey() != null) {
            return "ref " + value.getKey().getNumber() + " " + value.getKey().getGeneration();
        }
        if (value instanceof COSArray || value instanceof COSDictionary) {
            try {
                return content(value);
            } catch (IOException e) {
                return "unreadable";
            }
        }
        return value.toString();
    }

    private static Map<COSName, COSBase> toMap(COSDictionary dictionary) {
        Map<COSName, COSBase> map = new java.util.HashMap<>();
        for (COSName name : dictionary.keySet()) {
            map.put(name, dictionary.getItem(name));
        }
        return map;
    }

    /** The DSS and everything the later signatures brought: their fields, values, widgets and appearances. */
    private static Set<COSBase> allowed(PDDocument full, List<COSDictionary> laterSignatureValues) {
        Set<COSBase> allowed = Collections.newSetFromMap(new IdentityHashMap<>());
        COSDictionary catalog = full.getDocumentCatalog().getCOSObject();
        walk(catalog.getDictionaryObject(DSS), allowed);
        COSDictionary acroForm = catalog.getCOSDictionary(COSName.ACRO_FORM);
        if (acroForm != null) {
            COSArray fields = acroForm.getCOSArray(COSName.FIELDS);
            if (fields != null) {
                allowed.add(fields);
                for (int i = 0; i < fields.size(); i++) {
                    if (fields.getObject(i) instanceof COSDictionary field
                            && COSName.SIG.equals(field.getCOSName(COSName.FT))
                            && laterSignatureValues.stream().anyMatch(v -> v == field.getDictionaryObject(COSName.V))) {
                        walk(field, allowed);
                    }
                }
            }
        }
        return allowed;
    }

    private static void walk(COSBase value, Set<COSBase> seen) {
        COSBase base = resolve(value);
        if (base == null || !seen.add(base)) {
            return;
        }
        if (base instanceof COSDictionary dictionary) {
            for (COSName name : dictionary.keySet()) {
                if (!SKIPPED_IN_WALK.contains(name)) {
                    walk(dictionary.getItem(name), seen);
                }
            }
        } else if (base instanceof COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), seen);
            }
        }
    }

    private static COSBase resolve(COSBase value) {
        return value instanceof COSObject object ? object.getObject() : value;
    }
}
