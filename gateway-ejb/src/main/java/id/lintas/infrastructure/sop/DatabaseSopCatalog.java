package id.lintas.infrastructure.sop;

import id.lintas.domain.model.sop.SopCatalog;
import id.lintas.domain.model.sop.SopDefinition;
import id.lintas.domain.shared.BusinessException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Loads the definition files into {@code sop_definition} at deployment and serves them from
 * memory afterwards (they never change once stored). A file whose content changed must carry a
 * new version: the same code and version with other content stops the deployment, so a running
 * case never finds its SOP rewritten under it. Several instances starting together take turns
 * through an advisory lock.
 */
@Singleton
@Startup
@DependsOn("DatabaseMigrator")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DatabaseSopCatalog implements SopCatalog {
    private static final Logger LOG = Logger.getLogger(DatabaseSopCatalog.class.getName());
    private static final long LOAD_LOCK = 0x534F50L; // "SOP"

    @Resource(lookup = "java:app/jdbc/lintas")
    DataSource dataSource;

    private final Map<Long, SopDefinition> byId = new ConcurrentHashMap<>();
    private final Map<String, Entry> current = new ConcurrentHashMap<>();
    private final SopDefinitionReader reader = new SopDefinitionReader(DatabaseSopCatalog.class.getClassLoader());

    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    void load() {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("select pg_advisory_xact_lock(" + LOAD_LOCK + ")");
            }
            for (String file : reader.index()) {
                byte[] content = resource(SopDefinitionReader.FOLDER + file);
                SopDefinition definition = reader.read(new ByteArrayInputStream(content), file);
                store(c, file, definition, content);
            }
            readAll(c);
        } catch (SQLException e) {
            throw new IllegalStateException("SOP definitions could not be loaded", e);
        }
        LOG.info(() -> "SOP catalog: " + current.values().stream()
                .map(e -> e.definition().code() + " v" + e.definition().version()).toList());
    }

    private void store(Connection c, String file, SopDefinition definition, byte[] content) throws SQLException {
        String checksum = sha256(content);
        try (PreparedStatement s = c.prepareStatement("select checksum from sop_definition where code = ? and version = ?")) {
            s.setString(1, definition.code());
            s.setInt(2, definition.version());
            try (ResultSet rs = s.executeQuery()) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(checksum)) {
                        throw new IllegalStateException("sop/" + file + " changed but still says " + definition.code()
                                + " version " + definition.version() + ": a changed SOP definition needs a new version,"
                                + " so that running cases keep the one they started with");
                    }
                    return;
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement(
                "insert into sop_definition (code, version, checksum, content) values (?, ?, ?, ?)")) {
            s.setString(1, definition.code());
            s.setInt(2, definition.version());
            s.setString(3, checksum);
            s.setString(4, new String(content, StandardCharsets.UTF_8));
            s.executeUpdate();
        }
        LOG.info(() -> "SOP " + definition.code() + " version " + definition.version() + " stored from sop/" + file);
    }

    private void readAll(Connection c) throws SQLException {
        Map<String, Entry> newest = new TreeMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, code, version, content from sop_definition order by code, version")) {
            while (rs.next()) {
                long id = rs.getLong("id");
                SopDefinition definition = reader.read(new ByteArrayInputStream(
                        rs.getString("content").getBytes(StandardCharsets.UTF_8)), rs.getString("code") + " v" + rs.getInt("version"));
                byId.put(id, definition);
                newest.put(definition.code(), new Entry(id, definition));
            }
        }
        current.putAll(newest);
    }

    @Override
    public Entry current(String code) {
        Entry entry = current.get(code);
        if (entry == null) {
            throw new BusinessException("sop.unknown", code);
        }
        return entry;
    }

    @Override
    public SopDefinition byId(long id) {
        SopDefinition definition = byId.get(id);
        if (definition == null) {
            throw new IllegalStateException("no SOP definition with id " + id);
        }
        return definition;
    }

    @Override
    public List<Entry> currentAll() {
        return new ArrayList<>(current.values());
    }

    private static byte[] resource(String name) {
        try (InputStream in = DatabaseSopCatalog.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
