package org.iopmanager.testsupport;

import java.io.StringReader;

import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;

/** Reads JSON answers in tests with the platform's JSON-P (provided by the container and the test classpath). */
public final class Json {

    private Json() {
    }

    public static JsonObject object(String text) {
        return (JsonObject) parse(text);
    }

    public static JsonStructure parse(String text) {
        try (var reader = jakarta.json.Json.createReader(new StringReader(text))) {
            return reader.read();
        }
    }
}
