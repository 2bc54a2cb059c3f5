package org.policykg.neo4j;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * Local Neo4j Community DBMS with a Bolt connector on 127.0.0.1, for policykg.
 *
 * <p>Prints exactly one line on stdout when Bolt accepts connections:
 * {@code policykg-neo4j ready bolt://127.0.0.1:PORT}. Neo4j's logs go to {@code DATA/logs}.
 * Stops cleanly on SIGTERM/SIGINT and when stdin reaches end of file (unless {@code --ignore-stdin}).
 */
public final class Launcher {
    private static final String USAGE = "usage: Launcher [--port N (7687; 0 = any free port)] [--data DIR (./.neo4j-data)]"
            + " [--password PW (or env POLICYKG_NEO4J_PASSWORD; auth off if neither)] [--pagecache SIZE (128m)]"
            + " [--ignore-stdin]";

    private static final Object LOCK = new Object();
    private static DatabaseManagementService dbms;

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path home = Path.of(".neo4j-data");
        String password = System.getenv("POLICYKG_NEO4J_PASSWORD"); // keeps it out of `ps`
        if (password != null && password.isEmpty()) {
            password = null;
        }
        long pagecache = ByteUnit.mebiBytes(128);
        boolean watchStdin = true;
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(value(args, ++i));
                    case "--data" -> home = Path.of(value(args, ++i));
                    case "--password" -> password = value(args, ++i);
                    case "--pagecache" -> pagecache = ByteUnit.parse(value(args, ++i));
                    case "--ignore-stdin" -> watchStdin = false;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("bad port " + port);
            }
            if (password != null && password.isEmpty()) {
                throw new IllegalArgumentException("empty password");
            }
        } catch (IllegalArgumentException e) { // NumberFormatException included
            System.err.println("policykg-neo4j: " + e.getMessage() + "\n" + USAGE);
            System.exit(2);
        }

        // Anything a library prints on stdout goes to stderr: stdout carries only the ready line.
        PrintStream stdout = System.out;
        System.setOut(System.err);

        Runtime.getRuntime().addShutdownHook(new Thread(Launcher::shutdown, "policykg-neo4j-shutdown"));
        if (watchStdin) {
            Thread watcher = new Thread(Launcher::exitOnStdinEof, "policykg-neo4j-stdin");
            watcher.setDaemon(true);
            watcher.start();
        }

        int boltPort;
        try {
            synchronized (LOCK) { // a shutdown requested meanwhile waits for the start to finish
                Files.createDirectories(home);
                dbms = new DatabaseManagementServiceBuilder(home.toAbsolutePath())
                        .setConfig(BoltConnector.enabled, true)
                        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                        .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                        .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                        .setConfig(GraphDatabaseSettings.pagecache_memory, pagecache)
                        .setConfig(GraphDatabaseSettings.udc_enabled, false)
                        // Bolt waits a 5 s netty quiet period twice on shutdown; the stores are closed by then.
                        .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                        .build();
                if (password != null) {
                    dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                            "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
                }
                GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                boltPort = db.getDependencyResolver().resolveDependency(ConnectorPortRegister.class)
                        .getLocalAddress(ConnectorType.BOLT).getPort();
            }
        } catch (Exception e) {
            System.err.println("policykg-neo4j: failed to start: " + rootMessage(e) + " (logs in " + home.resolve("logs") + ")");
            System.exit(1);
            return;
        }
        stdout.println("policykg-neo4j ready bolt://127.0.0.1:" + boltPort);
        stdout.flush();
        Thread.currentThread().join(); // the shutdown hook ends the process
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void shutdown() {
        synchronized (LOCK) {
            if (dbms != null) {
                dbms.shutdown();
                dbms = null;
            }
        }
    }

    private static void exitOnStdinEof() {
        byte[] buffer = new byte[256];
        try (InputStream in = System.in) {
            while (in.read(buffer) != -1) {
                // input is ignored; only end of file matters
            }
        } catch (IOException e) {
            // a broken stdin counts as end of file
        }
        System.exit(0);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replace('\n', ' ');
    }
}
