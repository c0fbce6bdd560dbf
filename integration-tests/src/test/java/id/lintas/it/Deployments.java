package id.lintas.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR as built by the reactor, and how tests reach the server and its database. */
final class Deployments {
    /** The portal, over plain HTTP. */
    static final String BASE = "http://localhost:8080/";
    /** The https listener: the hospital API answers here only. */
    static final String HTTPS = "https://localhost:8181/";
    static final String DEMO_PASSWORD = "lintas-demo";

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("lintas.ear")));
    }

    /** An HTTP client (HTTP/1.1) that trusts Payara's localhost certificate and no other, hostnames verified. */
    static java.net.http.HttpClient.Builder httpsClient() {
        return EmbeddedPostgresSession.tls().httpClient();
    }

    /** The first column of a query's first row as a number: a count, an id. */
    static long count(String sql) throws SQLException {
        try (Connection c = database(); java.sql.ResultSet rs = c.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The first column of the first row of a query with one parameter, as text. */
    static String text(String sql, String parameter) throws SQLException {
        try (Connection c = database(); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** The first column of every row of a query with one parameter, as text. */
    static java.util.List<String> texts(String sql, String parameter) throws SQLException {
        try (Connection c = database(); java.sql.PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (java.sql.ResultSet rs = s.executeQuery()) {
                java.util.List<String> values = new java.util.ArrayList<>();
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
                return values;
            }
        }
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("lintas.it.db.port")
                + "/postgres", "postgres", "postgres");
    }
}
