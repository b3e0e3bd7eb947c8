package org.iopmanager.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The bad-input corpus of {@code hostile/corpus.tsv} and {@code hostile/uploads.tsv}, escapes decoded. */
final class HostileCorpus {

    /** One hostile value: its kind (text, date, number), a name for the report, the value itself. */
    record Value(String kind, String name, String value) {
    }

    /** One hostile upload: file name, what the content is, what must happen. */
    record Upload(String fileName, String content, String expected) {
    }

    private HostileCorpus() {
    }

    static List<Value> values() {
        List<Value> values = new ArrayList<>();
        for (String[] cells : rows("/hostile/corpus.tsv")) {
            values.add(new Value(cells[0], cells[1], cells.length > 2 ? unescape(cells[2]) : ""));
        }
        return values;
    }

    static List<Upload> uploads() {
        List<Upload> uploads = new ArrayList<>();
        for (String[] cells : rows("/hostile/uploads.tsv")) {
            uploads.add(new Upload(unescape(cells[0]), cells[1], cells[2]));
        }
        return uploads;
    }

    private static List<String[]> rows(String resource) {
        try (InputStream in = HostileCorpus.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " on the test class path");
            }
            List<String[]> rows = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    rows.add(line.split("\t", -1));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Decodes \n \r \t \\ and \\uXXXX (one UTF-16 unit each, so lone surrogates are possible). */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\' || i + 1 == text.length()) {
                out.append(c);
                continue;
            }
            char next = text.charAt(++i);
            switch (next) {
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case '\\' -> out.append('\\');
                case 'u' -> {
                    out.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                    i += 4;
                }
                default -> out.append('\\').append(next);
            }
        }
        return out.toString();
    }

    /** A JSON string literal that escapes every control character and every surrogate, so lone ones reach the server. */
    static String jsonString(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
