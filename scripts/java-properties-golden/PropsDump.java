import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Loads .properties files exactly as Kafka does (Properties.load(InputStream), ISO-8859-1)
 * and prints one JSON object: file name -> {"ok":true,"entries":[[key,value],...]} with the
 * entries sorted by key, or {"ok":false,"error":"<exception class>: <message>"}.
 *
 * Usage: java PropsDump.java <file-or-directory>...  (a directory means its *.properties files)
 * Output is pure ASCII: every character outside 0x20-0x7E is written as a JSON \\uXXXX
 * escape, so lone surrogates from \\uD800 escapes survive the round trip.
 */
public final class PropsDump {
  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> listing = Files.list(path)) {
          listing.filter(p -> p.getFileName().toString().endsWith(".properties")).forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    files.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));

    StringBuilder out = new StringBuilder("{\n");
    for (int i = 0; i < files.size(); i++) {
      Path file = files.get(i);
      out.append("  ").append(quote(file.getFileName().toString())).append(": ");
      Properties props = new Properties();
      try (InputStream in = Files.newInputStream(file)) {
        props.load(in);
        // TreeMap orders by String.compareTo: UTF-16 code units, the same as JS's default sort.
        Map<String, String> sorted = new TreeMap<>();
        for (String name : props.stringPropertyNames()) sorted.put(name, props.getProperty(name));
        out.append("{\"ok\": true, \"entries\": [");
        boolean first = true;
        for (Map.Entry<String, String> entry : sorted.entrySet()) {
          if (!first) out.append(", ");
          first = false;
          out.append('[').append(quote(entry.getKey())).append(", ").append(quote(entry.getValue())).append(']');
        }
        out.append("]}");
      } catch (IllegalArgumentException e) {
        out.append("{\"ok\": false, \"error\": ").append(quote(e.getClass().getSimpleName() + ": " + e.getMessage())).append('}');
      }
      out.append(i + 1 < files.size() ? ",\n" : "\n");
    }
    out.append("}\n");
    System.out.print(out);
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c >= 0x20 && c <= 0x7e) b.append(c);
      else b.append(String.format("\\u%04x", (int) c));
    }
    return b.append('"').toString();
  }
}
