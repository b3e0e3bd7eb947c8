package org.iopmanager.testsupport;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-less user of the app over HTTP: its own cookies, the real sign-in form (view state and CSP
 * nonce included), pages and the REST API. Redirects are not followed, so tests can see them.
 */
public final class WebClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]*)\"");
    private static final Pattern NONCE = Pattern.compile("nonce=\"([^\"]+)\"");

    private final URI base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient http;
    private final java.time.Duration timeout;

    public WebClient(URI base) {
        this(base, null);
    }

    /** A client whose every request gives up after {@code timeout} (fault tests: a hung request must not hang the test). */
    public WebClient(URI base, java.time.Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        HttpClient.Builder builder = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER);
        this.http = (timeout == null ? builder : builder.connectTimeout(timeout)).build();
    }

    /** Signs in through the form; answers the response of the form post (302 on success). */
    public HttpResponse<String> login(String username, String password) {
        HttpResponse<String> page = get("login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("login", "login");
        form.put("login:username", username);
        form.put("login:password", password);
        form.put("login:submit", "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
        form.put("primefaces.nonce", find(NONCE, page.body()));
        return send(HttpRequest.newBuilder(base.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    /** Posts a JSF form of {@code page} as a non-Ajax button press, with the page's view state and CSP nonce. */
    public HttpResponse<String> submit(String page, String formId, String buttonId, Map<String, String> fields) {
        return submitFrom(get(page), page, formId, buttonId, fields);
    }

    /**
     * Posts a JSF form as a non-Ajax button press in the view a previous answer showed (its view state and nonce), so
     * that a second press works on what the first one left in the view.
     */
    public HttpResponse<String> submitFrom(HttpResponse<String> view, String page, String formId, String buttonId,
            Map<String, String> fields) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put(formId, formId);
        form.putAll(fields);
        form.put(buttonId, "");
        form.put("jakarta.faces.ViewState", find(VIEW_STATE, view.body()));
        form.put("primefaces.nonce", find(NONCE, view.body()));
        return send(HttpRequest.newBuilder(base.resolve(page))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))));
    }

    public void loginOrFail(String username, String password) {
        HttpResponse<String> response = login(username, password);
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/index.xhtml")) {
            throw new AssertionError("Sign-in of " + username + " failed: " + response.statusCode() + " " + response.body());
        }
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    public HttpResponse<String> getJson(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Accept", "application/json").GET());
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A JSON POST with extra headers, as name, value pairs. */
    public HttpResponse<String> postJson(String path, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    public HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    public HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Posts raw bytes, as a file upload without a form would. */
    public HttpResponse<String> postBytes(String path, byte[] body, String contentType) {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    /** A download: the body exactly as sent. */
    public HttpResponse<byte[]> getBytes(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), HttpResponse.BodyHandlers.ofByteArray());
    }

    public String sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst().orElse(null);
    }

    /** Replaces this client's session cookie, to replay an old session id. */
    public void useSessionId(String id) {
        cookies.getCookieStore().removeAll();
        HttpCookie cookie = new HttpCookie("JSESSIONID", id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(base, cookie);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send((timeout == null ? request : request.timeout(timeout)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String find(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        if (!matcher.find()) {
            throw new AssertionError("Not found in page: " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
