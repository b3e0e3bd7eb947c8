package org.iopmanager.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class StorableInputFilterTest {

    private static String first(String json) {
        return StorableInputFilter.firstUnstorable(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void namesTheFieldWhoseTextCannotBeStored() {
        assertThat(first("{\"firstName\":\"Riley\",\"npi\":\"12\\u0000\"}")).isEqualTo("npi");
        assertThat(first("{\"note\":\"broken\\uD800pair\"}")).isEqualTo("note");
        assertThat(first("{\"plan\":{\"problems\":[{\"statement\":\"bell\\u0007\"}]}}")).isEqualTo("statement");
    }

    @Test
    void letsOrdinaryOddAndBrokenJsonThrough() {
        assertThat(first("{\"name\":\"line1\\nline2\\t\\uD83D\\uDE00 <script>\",\"n\":1,\"list\":[\"a\"]}")).isNull();
        assertThat(first("not json")).as("the JSON reader answers that one").isNull();
        assertThat(first("")).isNull();
    }
}
