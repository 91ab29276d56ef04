import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;

/**
 * Runs Neo4j Community as a server process for the service and its tests: Neo4j's own DBMS builder with the
 * settings file the Node side writes (Bolt on 127.0.0.1, auth on, a small page cache), the password of user
 * `neo4j` taken from a file (never from argv, which `ps` shows), one line `READY <version>` on stdout once
 * Bolt answers, and a clean shutdown on SIGTERM or when stdin closes: the parent dying closes the pipe, so
 * no JVM outlives the process that started it.
 *
 * Usage: Neo4jLauncher <home> <settings file> <password file>
 */
public final class Neo4jLauncher {
  private Neo4jLauncher() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: Neo4jLauncher <home> <settings file> <password file>");
      System.exit(2);
    }
    Path home = Path.of(args[0]);
    Path settings = Path.of(args[1]);
    String password = Files.readString(Path.of(args[2])).strip();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home).loadPropertiesFromFile(settings).build();
    Runtime.getRuntime().addShutdownHook(new Thread(dbms::shutdown, "neo4j-shutdown"));

    GraphDatabaseService system = dbms.database("system");
    setPassword(system, password);
    String version =
        system.executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS version",
            Map.of(),
            result -> String.valueOf(result.next().get("version")));

    System.out.println("READY " + version);
    System.out.flush();

    // Blocks until the parent closes our stdin, on purpose or by dying.
    while (System.in.read() >= 0) {
      // Nothing is ever sent; anything that is, is ignored.
    }
    System.exit(0);
  }

  /** The password file is the truth: whatever `neo4j` had before, it has this one now. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException error) {
      // Setting the password it already has is refused; that is the usual case after the first start.
      if (!String.valueOf(error.getMessage()).contains("cannot be the same")) throw error;
    }
  }
}
