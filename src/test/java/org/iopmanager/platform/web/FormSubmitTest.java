package org.iopmanager.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FormSubmitTest {

    private static final String PAGE = "/participant/participant.xhtml";

    private static Map<String, String[]> post(String name, String viewState) {
        Map<String, String[]> form = new LinkedHashMap<>();
        form.put("family", new String[] {"family"});
        form.put("family:name", new String[] {name});
        form.put("family:add", new String[] {""});
        form.put("jakarta.faces.ViewState", new String[] {viewState});
        return form;
    }

    @Test
    void theSamePostSentAgainHasTheSameFingerprintWhateverTheParameterOrder() {
        Map<String, String[]> reversed = new LinkedHashMap<>();
        java.util.List<Map.Entry<String, String[]>> entries = new java.util.ArrayList<>(post("Ann", "v1").entrySet());
        java.util.Collections.reverse(entries);
        entries.forEach(e -> reversed.put(e.getKey(), e.getValue()));

        assertThat(FormSubmit.fingerprint(PAGE, post("Ann", "v1"), Map.of()))
                .isEqualTo(FormSubmit.fingerprint(PAGE, reversed, Map.of()))
                .hasSize(64);
    }

    @Test
    void anotherEntryAnotherRenderingOfThePageOrAnotherPageIsAnotherSubmit() {
        String first = FormSubmit.fingerprint(PAGE, post("Ann", "v1"), Map.of());

        assertThat(FormSubmit.fingerprint(PAGE, post("Bob", "v1"), Map.of())).isNotEqualTo(first);
        assertThat(FormSubmit.fingerprint(PAGE, post("Ann", "v2"), Map.of())).isNotEqualTo(first);
        assertThat(FormSubmit.fingerprint("/site/bodies.xhtml", post("Ann", "v1"), Map.of())).isNotEqualTo(first);
    }

    @Test
    void valuesDoNotRunTogetherAcrossFieldsOrRepeats() {
        Map<String, String[]> split = Map.of("a", new String[] {"bc"}, "d", new String[] {""});
        Map<String, String[]> joined = Map.of("a", new String[] {"b"}, "d", new String[] {"c"});
        Map<String, String[]> twoValues = Map.of("a", new String[] {"b", "c"});
        Map<String, String[]> oneValue = Map.of("a", new String[] {"bc"});

        assertThat(FormSubmit.fingerprint(PAGE, split, Map.of())).isNotEqualTo(FormSubmit.fingerprint(PAGE, joined, Map.of()));
        assertThat(FormSubmit.fingerprint(PAGE, twoValues, Map.of())).isNotEqualTo(FormSubmit.fingerprint(PAGE, oneValue, Map.of()));
    }

    @Test
    void anUploadOfAnotherFileUnderTheSameNameIsAnotherSubmit() {
        byte[] one = "one".getBytes(StandardCharsets.UTF_8);
        byte[] two = "two".getBytes(StandardCharsets.UTF_8);

        assertThat(FormSubmit.fingerprint(PAGE, post("Ann", "v1"), Map.of("file\u0000licence.pdf", one)))
                .isEqualTo(FormSubmit.fingerprint(PAGE, post("Ann", "v1"), Map.of("file\u0000licence.pdf", one.clone())))
                .isNotEqualTo(FormSubmit.fingerprint(PAGE, post("Ann", "v1"), Map.of("file\u0000licence.pdf", two)));
    }
}
