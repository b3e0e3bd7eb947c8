package org.iopmanager.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;

/** Whole-number fields take whole numbers they can hold; everything else is JSON-B's to read as before. */
class ExactNumbersTest {

    record Line(int minutes, Long staffId) {
    }

    record Edit(long version, Integer capacity, BigDecimal hours, String name, List<Line> lines) {
    }

    @Test
    void aFractionOrANumberTooLargeForItsFieldIsNamedWithItsPath() {
        assertThat(inexact("{\"version\":3,\"capacity\":1.5}")).isEqualTo("capacity");
        assertThat(inexact("{\"version\":3,\"capacity\":2147483648}")).isEqualTo("capacity");
        assertThat(inexact("{\"version\":9223372036854775808}")).isEqualTo("version");
        assertThat(inexact("{\"version\":1e308}")).isEqualTo("version");
        assertThat(inexact("{\"version\":1,\"lines\":[{\"minutes\":60},{\"minutes\":-99999999999999999999}]}"))
                .isEqualTo("lines[1].minutes");
    }

    @Test
    void wholeNumbersNullsTextsAndDecimalFieldsPass() {
        assertThat(inexact("{\"version\":0,\"capacity\":-1,\"hours\":1.25,\"name\":\"1.5\"}")).isNull();
        assertThat(inexact("{\"version\":9223372036854775807,\"capacity\":null,\"lines\":[{\"minutes\":0,\"staffId\":null}]}"))
                .isNull();
        assertThat(inexact("{\"version\":\"7\",\"unknown\":1.5}")).as("a number as text and unknown fields: JSON-B's").isNull();
    }

    private static String inexact(String json) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();
        return ExactNumbers.firstInexact(value, Edit.class, "");
    }
}
