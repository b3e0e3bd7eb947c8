package org.iopmanager.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StorableValidatorTest {

    @Test
    void textWithControlCharactersOrHalfAPairIsNotStorable() {
        assertThat(StorableValidator.storable("before\u0000after")).as("NUL").isFalse();
        assertThat(StorableValidator.storable("bell\u0007")).isFalse();
        assertThat(StorableValidator.storable("escape\u001B[31m")).isFalse();
        assertThat(StorableValidator.storable("broken\uD800pair")).as("lone high surrogate").isFalse();
        assertThat(StorableValidator.storable("broken\uDC00pair")).as("lone low surrogate").isFalse();
        assertThat(StorableValidator.storable("end\uD83D")).as("high surrogate at the end").isFalse();
    }

    @Test
    void ordinaryAndOddButWholeTextIsStorable() {
        assertThat(StorableValidator.storable("line1\nline2\tcol\r\n")).isTrue();
        assertThat(StorableValidator.storable("Riley \uD83D\uDE00\uD83E\uDDE0")).as("4-byte emoji").isTrue();
        assertThat(StorableValidator.storable("invoice\u202Etxt.exe zero\u200Bwidth")).as("format characters are text").isTrue();
        assertThat(StorableValidator.storable("Łódź 東京 e\u0301")).isTrue();
        assertThat(StorableValidator.storable("")).isTrue();
    }

    @Test
    void datesOutsideTheStorableRangeAreRefused() {
        assertThat(StorableValidator.EARLIEST).hasToString("1800-01-01");
        assertThat(StorableValidator.LATEST).hasToString("9999-12-31");
    }

    @Test
    void theProblemsNameEachFieldWithItsKeySuperclassesIncluded() {
        Row row = new Row();
        row.note = "before\u0000after";
        row.due = LocalDate.of(0, 1, 1);
        row.label = "whole";
        row.inherited = "bell\u0007";
        assertThat(StorableValidator.problems(row)).containsExactly(Map.entry("note", "app.text.unstorable"),
                Map.entry("due", "app.date.range"), Map.entry("inherited", "app.text.unstorable"));
        row.note = null;
        row.due = LocalDate.of(9999, 12, 31);
        row.inherited = "tab\tline\n";
        assertThat(StorableValidator.problems(row)).isEmpty();
        assertThat(StorableValidator.problems(null)).isEmpty();
    }

    private static class Base {
        String inherited;
    }

    private static final class Row extends Base {
        String note;
        LocalDate due;
        String label;
    }
}
