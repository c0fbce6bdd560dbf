package id.lintas.devserver;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A real PostgreSQL (17, from Maven) started from Java: for the tests on a throw-away data
 * directory, for the run command on a directory kept between runs.
 */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final EmbeddedPostgres postgres;
    private final int port;

    private EmbeddedDatabase(EmbeddedPostgres postgres, int port) {
        this.postgres = postgres;
        this.port = port;
    }

    /** Starts PostgreSQL on the port; keeps its data in {@code dataDirectory} when one is given. */
    public static EmbeddedDatabase start(int port, Path dataDirectory) throws IOException {
        return start(port, dataDirectory, java.util.Map.of());
    }

    /** {@link #start(int, Path)} with more server settings (the benchmark counts statements with pg_stat_statements). */
    public static EmbeddedDatabase start(int port, Path dataDirectory, java.util.Map<String, String> settings) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(port)
                .setServerConfig("max_connections", "120");
        settings.forEach(builder::setServerConfig);
        if (dataDirectory != null) {
            Files.createDirectories(dataDirectory.getParent());
            builder.setDataDirectory(dataDirectory.toFile()).setCleanDataDirectory(false);
        }
        return new EmbeddedDatabase(builder.start(), port);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/postgres";
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
