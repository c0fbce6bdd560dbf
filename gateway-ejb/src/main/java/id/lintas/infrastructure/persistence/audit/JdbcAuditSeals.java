package id.lintas.infrastructure.persistence.audit;

import id.lintas.domain.model.audit.AuditChain;
import id.lintas.domain.model.audit.AuditChain.Fields;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Seals and reads back the audit chain with plain SQL (the chain columns are not part of the
 * JPA entity: the application never writes them otherwise). Must run inside a transaction.
 */
@ApplicationScoped
public class JdbcAuditSeals {
    /** PostgreSQL advisory lock held while sealing: one sealer at a time across a deployment group. */
    static final long SEAL_LOCK = 0x4155444954L; // "AUDIT"
    private static final String FIELDS = "id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, office_id,"
            + " actor, action, subject, detail, remote_address";

    @Resource(lookup = "java:app/jdbc/lintas")
    DataSource dataSource;

    /**
     * Seals up to {@code max} committed, unsealed entries in id order; returns how many, or 0
     * when another instance is sealing right now.
     */
    public int sealPending(int max) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select pg_try_advisory_xact_lock(" + SEAL_LOCK + ")")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    return 0;
                }
            }
            long seq;
            String prev;
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last_seq, last_hash from audit_seal where id = 1 for update")) {
                rs.next();
                seq = rs.getLong(1);
                prev = rs.getString(2);
            }
            List<Fields> pending = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("select " + FIELDS
                    + " from audit_entry where seal_seq is null order by id limit ?")) {
                s.setInt(1, max);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        pending.add(fields(rs));
                    }
                }
            }
            if (pending.isEmpty()) {
                return 0;
            }
            try (PreparedStatement s = c.prepareStatement(
                    "update audit_entry set seal_seq = ?, prev_hash = ?, entry_hash = ?, sealed_at = now() where id = ?")) {
                for (Fields f : pending) {
                    seq++;
                    String hash = AuditChain.hash(prev, seq, f);
                    s.setLong(1, seq);
                    s.setString(2, prev);
                    s.setString(3, hash);
                    s.setLong(4, f.id());
                    s.addBatch();
                    prev = hash;
                }
                s.executeBatch();
            }
            try (PreparedStatement s = c.prepareStatement("update audit_seal set last_seq = ?, last_hash = ? where id = 1")) {
                s.setLong(1, seq);
                s.setString(2, prev);
                s.executeUpdate();
            }
            return pending.size();
        }
    }

    /** Reads the whole sealed chain in sequence order into the verifier, then checks the head. */
    public AuditChain.Verification verify() throws SQLException {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("select " + FIELDS + ", seal_seq, prev_hash, entry_hash"
                    + " from audit_entry where seal_seq is not null order by seal_seq")) {
                s.setFetchSize(1000);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        if (!verifier.accept(new AuditChain.Sealed(fields(rs), rs.getLong("seal_seq"),
                                rs.getString("prev_hash"), rs.getString("entry_hash")))) {
                            break;
                        }
                    }
                }
            }
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select last_seq, last_hash from audit_seal where id = 1")) {
                rs.next();
                return verifier.result(rs.getLong(1), rs.getString(2));
            }
        }
    }

    /** Entries written but not sealed yet (normally those of the last few seconds). */
    public long unsealed() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select count(*) from audit_entry where seal_seq is null")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Fields fields(ResultSet rs) throws SQLException {
        long office = rs.getLong("office_id");
        Long officeId = rs.wasNull() ? null : office;
        return new Fields(rs.getLong("id"), rs.getLong("micros"), officeId, rs.getString("actor"),
                rs.getString("action"), rs.getString("subject"), rs.getString("detail"), rs.getString("remote_address"));
    }
}
