package org.budgetlens.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DuckDB's own half of the sandbox (settings/sandbox.sql), shown without the sql command's one-SELECT check in front of
 * it: on a sandboxed connection every statement that reads or writes a file, loads an extension or changes a setting
 * fails in DuckDB itself, and nothing is written.
 */
class SandboxedConnectionTest {

    @TempDir
    Path tmp;

    Path db;
    Path secret;

    @BeforeEach
    void emptyWarehouse() throws IOException {
        db = tmp.resolve("w.duckdb");
        Warehouse.openForWrite(db).close();
        secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "the-secret-contents\n", StandardCharsets.UTF_8);
    }

    @Test
    void filesCanBeNeitherWrittenNorRead() throws IOException, SQLException {
        byte[] before = Files.readAllBytes(db);
        Path out = tmp.resolve("out.csv");
        Path export = tmp.resolve("export");
        Path other = tmp.resolve("other.duckdb");
        try (Warehouse w = Warehouse.openSandboxed(db)) {
            for (String sql : List.of("COPY (SELECT 1) TO " + literal(db) + " (FORMAT csv)",
                    "COPY agency TO " + literal(out), "EXPORT DATABASE " + literal(export),
                    "ATTACH " + literal(other) + " AS other", "SELECT * FROM read_blob(" + literal(secret) + ")",
                    "SELECT * FROM read_text(" + literal(secret) + ")",
                    "SELECT * FROM read_csv(" + literal(secret) + ")", "SELECT * FROM glob('/root/*')",
                    "SELECT * FROM glob(" + literal(tmp.resolve("*")) + ")")) {
                assertThatThrownBy(() -> w.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("Permission Error").hasMessageContaining("disabled by configuration");
            }
        }
        assertThat(out).doesNotExist();
        assertThat(export).doesNotExist();
        assertThat(other).doesNotExist();
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }

    @Test
    void noExtensionCanBeInstalledOrLoaded() throws SQLException {
        try (Warehouse w = Warehouse.openSandboxed(db)) {
            for (String sql : List.of("INSTALL httpfs", "LOAD httpfs",
                    "LOAD " + literal(tmp.resolve("x.duckdb_extension")))) {
                assertThatThrownBy(() -> w.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("Permission Error");
            }
        }
    }

    @Test
    void settingsAreLocked() throws SQLException {
        Path profile = tmp.resolve("profile.json");
        try (Warehouse w = Warehouse.openSandboxed(db)) {
            for (String sql : List.of("SET memory_limit = '100GB'", "RESET memory_limit", "SET threads = 64",
                    "SET profiling_output = " + literal(profile), "PRAGMA enable_profiling = 'json'",
                    "SET enable_external_access = true", "SET lock_configuration = false",
                    "SET temp_directory = " + literal(tmp), "SET autoload_known_extensions = true")) {
                assertThatThrownBy(() -> w.execute(sql)).as(sql).isInstanceOf(SQLException.class)
                        .hasMessageContaining("the configuration has been locked");
            }
            w.execute("SELECT count(*) FROM agencies");
        }
        assertThat(profile).doesNotExist();
    }

    @Test
    void theMemoryCapOfTheReadConnectionStays() throws SQLException {
        String cap;
        try (Warehouse w = Warehouse.openReadOnly(db)) {
            cap = setting(w, "memory_limit");
        }
        try (Warehouse w = Warehouse.openSandboxed(db)) {
            assertThatThrownBy(() -> w.execute("SET memory_limit = '100GB'")).isInstanceOf(SQLException.class);
            assertThat(setting(w, "memory_limit")).isEqualTo(cap);
            assertThat(setting(w, "enable_external_access")).isEqualTo("false");
            assertThat(setting(w, "lock_configuration")).isEqualTo("true");
        }
    }

    private static String setting(Warehouse w, String name) throws SQLException {
        try (var st = w.connection().prepareStatement("SELECT current_setting(?)")) {
            st.setString(1, name);
            try (var rows = st.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
