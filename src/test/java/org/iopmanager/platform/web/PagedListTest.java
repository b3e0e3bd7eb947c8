package org.iopmanager.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The lazy table is written to the session store without its page of rows (issue 7), and reads them again. */
class PagedListTest {

    private static final List<String> TABLE = IntStream.range(0, 500).mapToObj(i -> "row-" + i).toList();

    @Test
    void isWrittenWithoutItsRowsAndReadsThemAgainAfterwards() throws Exception {
        PagedList<String> shown = new PagedList<>(() -> TABLE.size(),
                (first, size, sort) -> TABLE.subList(first, Math.min(TABLE.size(), first + size)), row -> row);
        shown.setPageSize(100);
        shown.setRowCount(shown.count(Map.of()));
        shown.setWrappedData(shown.load(200, 100, Map.of(), Map.of()));
        shown.setRowIndex(3);
        assertThat(shown.getRowData()).isEqualTo("row-203");

        byte[] written = write(shown);
        byte[] emptyWritten = write(new PagedList<String>(() -> 0, (first, size, sort) -> List.of(), row -> row));
        @SuppressWarnings("unchecked")
        PagedList<String> restored = (PagedList<String>) read(written);

        assertThat(new String(written, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("row-203");
        assertThat(written.length).as("a page of 100 rows adds nothing").isLessThan(emptyWritten.length + 100);
        assertThat(restored.getWrappedData()).as("PrimeFaces loads a table whose rows are null again").isNull();
        assertThat(restored.getPageSize()).isEqualTo(100);
        assertThat(restored.getRowCount()).isEqualTo(500);
        assertThat(restored.load(200, 100, Map.of(), Map.of())).first().isEqualTo("row-200");
        assertThat(restored.getRowKey("row-7")).isEqualTo("row-7");
        assertThat(shown.getWrappedData()).as("the table in memory keeps its rows").asList().hasSize(100);
    }

    private static byte[] write(Object value) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] bytes) throws Exception {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return in.readObject();
        }
    }
}
