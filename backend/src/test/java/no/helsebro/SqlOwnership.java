package no.helsebro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds SQL in one module that names another module's table. It reads the string literals (and text
 * blocks) of the Java sources under a root package: a literal is SQL when it holds an upper-case
 * SQL keyword, and {@code @MappedEntity("table")} maps a table; every word of such a literal that
 * is a table belongs to the table's owner or is a breach. Which module owns which table is the "Who
 * owns which table" section of docs/architecture.md.
 */
final class SqlOwnership {

  /** One module's SQL naming another module's table. */
  record Breach(String module, String file, String table, String owner) {
    /** As the allow-list writes it: {@code forum/TopicListReader.java: members}. */
    String key() {
      return file + ": " + table;
    }
  }

  private static final Pattern TABLE_REFERENCE =
      Pattern.compile("\\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\\s+`?([A-Za-z_][A-Za-z_0-9]*)");
  private static final Pattern MAPPED_ENTITY =
      Pattern.compile("@MappedEntity\\(\\s*(?:value\\s*=\\s*)?\"([A-Za-z_0-9]+)\"");

  private SqlOwnership() {}

  /**
   * @param packageDir the directory of the root package, e.g. src/main/java/no/helsebro
   * @param owners table name to owning module
   */
  static List<Breach> breaches(Path packageDir, Map<String, String> owners) {
    List<Breach> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(packageDir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
        Path relative = packageDir.relativize(file);
        if (relative.getNameCount() < 2) {
          continue; // the application class belongs to no module
        }
        String module = relative.getName(0).toString();
        String source = Files.readString(file);
        Set<String> tables = new TreeSet<>();
        Matcher reference = TABLE_REFERENCE.matcher(String.join(" ", literals(source)));
        while (reference.find()) {
          tables.add(reference.group(1));
        }
        Matcher mapped = MAPPED_ENTITY.matcher(source);
        while (mapped.find()) {
          tables.add(mapped.group(1));
        }
        for (String table : tables) {
          String owner = owners.get(table);
          if (owner != null && !owner.equals(module)) {
            found.add(new Breach(module, relative.toString().replace('\\', '/'), table, owner));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return found;
  }

  /** The contents of the string literals and text blocks of a Java source, comments skipped. */
  static List<String> literals(String src) {
    List<String> out = new ArrayList<>();
    int i = 0;
    int n = src.length();
    while (i < n) {
      char c = src.charAt(i);
      if (src.startsWith("//", i)) {
        int end = src.indexOf('\n', i);
        i = end < 0 ? n : end;
      } else if (src.startsWith("/*", i)) {
        int end = src.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
      } else if (src.startsWith("\"\"\"", i)) {
        int end = src.indexOf("\"\"\"", i + 3);
        while (end > 0 && src.charAt(end - 1) == '\\') {
          end = src.indexOf("\"\"\"", end + 1);
        }
        end = end < 0 ? n : end;
        out.add(src.substring(i + 3, end));
        i = Math.min(n, end + 3);
      } else if (c == '\'') {
        int j = i + 1;
        while (j < n && src.charAt(j) != '\'') {
          j += src.charAt(j) == '\\' ? 2 : 1;
        }
        i = j + 1;
      } else if (c == '"') {
        StringBuilder s = new StringBuilder();
        int j = i + 1;
        while (j < n && src.charAt(j) != '"' && src.charAt(j) != '\n') {
          if (src.charAt(j) == '\\' && j + 1 < n) {
            s.append(src.charAt(j + 1));
            j += 2;
          } else {
            s.append(src.charAt(j++));
          }
        }
        out.add(s.toString());
        i = j + 1;
      } else {
        i++;
      }
    }
    return out;
  }

  private static final Pattern OWNER_ROW = Pattern.compile("^\\|\\s*`([a-z]+)`\\s*\\|(.*)\\|\\s*$");
  private static final Pattern CODE = Pattern.compile("`([a-z_0-9]+)`");

  /** The "Who owns which table" section of docs/architecture.md: table to module. */
  static Map<String, String> readOwners(Path architectureMd) throws IOException {
    Map<String, String> owners = new LinkedHashMap<>();
    boolean inSection = false;
    for (String line : Files.readAllLines(architectureMd)) {
      if (line.startsWith("#")) {
        inSection = line.contains("Who owns which table");
        continue;
      }
      Matcher row = OWNER_ROW.matcher(line);
      if (inSection && row.matches()) {
        Matcher code = CODE.matcher(row.group(2));
        while (code.find()) {
          String previous = owners.put(code.group(1), row.group(1));
          if (previous != null) {
            throw new IllegalStateException(
                code.group(1) + " is owned by both " + previous + " and " + row.group(1));
          }
        }
      }
    }
    return owners;
  }

  private static final Pattern CREATE =
      Pattern.compile("CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([A-Za-z_0-9]+)", 2);
  private static final Pattern DROP =
      Pattern.compile("DROP\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?`?([A-Za-z_0-9]+)", 2);

  /** The tables the Flyway migrations leave behind, in version order. */
  static Set<String> migratedTables(Path migrationDir) throws IOException {
    Set<String> tables = new TreeSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.list(migrationDir)) {
      files =
          s.filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
              .sorted((a, b) -> Integer.compare(version(a.getFileName()), version(b.getFileName())))
              .toList();
    }
    for (Path f : files) {
      String sql = Files.readString(f).replaceAll("--[^\n]*", "");
      Matcher c = CREATE.matcher(sql);
      while (c.find()) {
        tables.add(c.group(1).toLowerCase());
      }
      Matcher d = DROP.matcher(sql);
      while (d.find()) {
        tables.remove(d.group(1).toLowerCase());
      }
    }
    return tables;
  }

  private static int version(Path file) {
    String name = file.toString();
    return Integer.parseInt(name.substring(1, name.indexOf("__")));
  }
}
