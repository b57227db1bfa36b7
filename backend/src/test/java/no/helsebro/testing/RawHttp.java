package no.helsebro.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

/**
 * HTTP/1.1 requests sent from a chosen loopback address (Linux answers on all of 127.0.0.0/8), so a
 * test can be a client the server sees as another machine. No proxy, no client library: what the
 * server reads is exactly what is written here.
 */
public final class RawHttp {

  /** Status, headers (names lower-cased) and body of an answer. */
  public record Answer(int status, Map<String, String> headers, String body) {}

  private final int port;
  private final InetAddress from;

  public RawHttp(int port, InetAddress from) {
    this.port = port;
    this.from = from;
  }

  /** A loopback address no other test uses: 127.x.y.z with random x, y, z. */
  public static InetAddress randomLoopback() {
    ThreadLocalRandom r = ThreadLocalRandom.current();
    try {
      return InetAddress.getByAddress(
          new byte[] {
            127, (byte) r.nextInt(1, 255), (byte) r.nextInt(1, 255), (byte) r.nextInt(2, 255)
          });
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public InetAddress from() {
    return from;
  }

  public Answer post(String path, String json, Map<String, String> headers) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    StringBuilder head = new StringBuilder();
    head.append("POST ").append(path).append(" HTTP/1.1\r\n");
    head.append("Host: 127.0.0.1:").append(port).append("\r\n");
    head.append("Content-Type: application/json\r\n");
    head.append("Content-Length: ").append(body.length).append("\r\n");
    head.append("Connection: close\r\n");
    headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
    head.append("\r\n");
    try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port, from, 0)) {
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      return parse(socket.getInputStream());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Answer parse(InputStream in) throws IOException {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    in.transferTo(all);
    String text = all.toString(StandardCharsets.UTF_8);
    int end = text.indexOf("\r\n\r\n");
    String[] lines = text.substring(0, end).split("\r\n");
    int status = Integer.parseInt(lines[0].split(" ")[1]);
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(), lines[i].substring(colon + 1).trim());
    }
    return new Answer(status, headers, text.substring(end + 4));
  }
}
