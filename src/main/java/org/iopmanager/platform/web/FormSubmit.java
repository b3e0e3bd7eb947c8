package org.iopmanager.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;

/**
 * What makes two form posts the same submit (issue 8, double submit): the page, and every parameter the browser sent
 * with its values (the view state and CSP nonce included, so a post from a page rendered anew is another submit), and
 * for an upload each part's name, file name and content. A double click, a resubmit after a slow answer or the
 * browser's "send again" send exactly this twice; a new entry in the same form sends other values.
 */
final class FormSubmit {

    private FormSubmit() {
    }

    /** The fingerprint of the post {@code request} carries: 64 hex digits of SHA-256. */
    static String fingerprint(HttpServletRequest request) {
        Map<String, String[]> parameters = new TreeMap<>(request.getParameterMap());
        TreeMap<String, byte[]> parts = new TreeMap<>();
        String type = request.getContentType();
        if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            try {
                for (Part part : request.getParts()) {
                    if (part.getSubmittedFileName() != null) {
                        parts.put(part.getName() + "\u0000" + part.getSubmittedFileName(), contentHash(part));
                    }
                }
            } catch (IOException | ServletException e) {
                throw new IllegalStateException("Could not read the parts of an upload", e);
            }
        }
        return fingerprint(request.getRequestURI(), parameters, parts);
    }

    /** The fingerprint of a post to {@code path} with {@code parameters} and upload parts (name → content hash). */
    static String fingerprint(String path, Map<String, String[]> parameters, Map<String, byte[]> parts) {
        MessageDigest digest = sha256();
        field(digest, path);
        new TreeMap<>(parameters).forEach((name, values) -> {
            field(digest, name);
            digest.update(java.nio.ByteBuffer.allocate(4).putInt(values.length).array());
            for (String value : values) {
                field(digest, value);
            }
        });
        new TreeMap<>(parts).forEach((name, hash) -> {
            field(digest, name);
            digest.update(hash);
        });
        return java.util.HexFormat.of().formatHex(digest.digest());
    }

    /** Each field with its length before it, so that no two different posts run together into the same bytes. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = (value == null ? "" : value).getBytes(StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    private static byte[] contentHash(Part part) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[8192];
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
