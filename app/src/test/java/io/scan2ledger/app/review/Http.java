package io.scan2ledger.app.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/** Requests made outside the browser: the JSON API with HTTP Basic, and forged or direct page requests. */
final class Http {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient client = HttpClient.newHttpClient();
    private final String base;

    Http(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    record Answer(int status, String contentType, byte[] body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new IllegalStateException("not JSON: " + new String(body, StandardCharsets.UTF_8), e);
            }
        }
    }

    Answer postJson(String path, String user, String password, Map<String, String> body) {
        try {
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Answer getJson(String path, String user, String password) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user, password)).GET());
    }

    /** A page request with a signed-in browser's session cookie; {@code csrf} null sends none. */
    Answer withSession(String method, String path, String sessionId, String csrf) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Cookie", "JSESSIONID=" + sessionId)
                .header("Content-Type", "application/x-www-form-urlencoded");
        String form = csrf == null ? "" : "_csrf=" + csrf;
        return send(method.equals("GET") ? request.GET() : request.POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** An answer read off the wire: the status and the headers (lower-case names). */
    record Raw(int status, Map<String, String> headers, String body) {
    }

    /**
     * One HTTP/1.0 request (so the answer is not chunked) from another loopback address ({@code 127.0.0.x}): the application sees
     * a different client, as it would another computer. The JDK 17 client cannot choose its source
     * address, so this writes the request itself.
     */
    Raw from(String localAddress, String method, String path, Map<String, String> headers, String body) {
        int port = Integer.parseInt(base.substring(base.lastIndexOf(':') + 1));
        try (java.net.Socket socket = new java.net.Socket()) {
            socket.bind(new java.net.InetSocketAddress(localAddress, 0));
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(15000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: 127.0.0.1:" + port
                    + "\r\nConnection: close\r\nContent-Length: " + content.length + "\r\n");
            headers.forEach((k, v) -> request.append(k).append(": ").append(v).append("\r\n"));
            request.append("\r\n");
            var out = socket.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int end = answer.indexOf("\r\n\r\n");
            String[] lines = answer.substring(0, end).split("\r\n");
            Map<String, String> answerHeaders = new java.util.LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                answerHeaders.putIfAbsent(lines[i].substring(0, colon).trim().toLowerCase(java.util.Locale.ROOT),
                        lines[i].substring(colon + 1).trim());
            }
            return new Raw(Integer.parseInt(lines[0].split(" ")[1]), answerHeaders, answer.substring(end + 4));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String basicAuth(String user, String password) {
        return basic(user, password);
    }

    private Answer send(HttpRequest.Builder request) {
        try {
            HttpResponse<byte[]> r = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
