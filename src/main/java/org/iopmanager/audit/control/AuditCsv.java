package org.iopmanager.audit.control;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

import org.iopmanager.audit.entity.AuditEntry;

/**
 * Audit lines as RFC 4180 CSV. Cells that a spreadsheet would run as a formula (leading = + - @ tab CR)
 * get a leading apostrophe: an audit export must not become a way to attack the person who opens it.
 */
public final class AuditCsv {

    private static final String HEADER = "id,at_utc,actor,role,address,site_id,action,entity_type,entity_id,summary,detail,reason";

    /** A negative number (days overdue) is data a spreadsheet cannot run; only it escapes the leading apostrophe. */
    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-[0-9]+(\\.[0-9]+)?");

    private AuditCsv() {
    }

    public static void write(List<AuditEntry> rows, Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
        for (AuditEntry row : rows) {
            out.write(String.join(",", cell(row.getId()), cell(row.getAt()), cell(row.getActor()), cell(row.getActorRole()),
                    cell(row.getAddress()), cell(row.getSiteId()), cell(row.getAction()), cell(row.getEntityType()),
                    cell(row.getEntityId()), cell(row.getSummary()), cell(row.getDetail()),
                    cell(row.getReason())));
            out.write("\r\n");
        }
    }

    public static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(text).matches()) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            text = "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
