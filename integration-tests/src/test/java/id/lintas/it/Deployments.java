package id.lintas.it;

import java.io.File;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR as built by the reactor, and how tests reach the server and its database. */
final class Deployments {
    static final String BASE = "http://localhost:8080/";
    static final String DEMO_PASSWORD = "lintas-demo";

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("lintas.ear")));
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("lintas.it.db.port")
                + "/postgres", "postgres", "postgres");
    }
}
