package org.iopmanager.staff.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.iopmanager.platform.control.RuleViolation;

class LeieParserTest {

    private static final String HEADER = "LASTNAME,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,NPI,DOB,ADDRESS,CITY,"
            + "STATE,ZIP,EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\r\n";

    private final List<LeieRow> rows = new ArrayList<>();
    private final List<LeieProblem> problems = new ArrayList<>();

    @Test
    void readsAnIndividualInTheRealLayoutWithQuotedFieldsAndCommas() throws IOException {
        int count = parse(HEADER
                + "\"SMITH\",\"JOHN\",\"A\",\"\",\"MEDICAL PRACTICE, MD\",\"PSYCHIATRY\",\"\",\"1234567893\",\"19700215\","
                + "\"12 MAIN ST, SUITE 4\",\"AUSTIN\",\"TX\",\"78701\",\"1128b4\",\"20190301\",\"00000000\",\"00000000\",\"\"\r\n");

        assertThat(count).isEqualTo(1);
        assertThat(problems).isEmpty();
        LeieRow row = rows.get(0);
        assertThat(row.line()).isEqualTo(2);
        assertThat(row.lastName()).isEqualTo("SMITH");
        assertThat(row.firstName()).isEqualTo("JOHN");
        assertThat(row.middleName()).isEqualTo("A");
        assertThat(row.businessName()).isNull();
        assertThat(row.general()).isEqualTo("MEDICAL PRACTICE, MD");
        assertThat(row.address()).isEqualTo("12 MAIN ST, SUITE 4");
        assertThat(row.npi()).isEqualTo("1234567893");
        assertThat(row.dob()).isEqualTo(LocalDate.of(1970, 2, 15));
        assertThat(row.exclusionType()).isEqualTo("1128b4");
        assertThat(row.exclusionDate()).isEqualTo(LocalDate.of(2019, 3, 1));
        assertThat(row.reinstatementDate()).isNull();
        assertThat(row.waiverDate()).isNull();
        assertThat(row.waiverState()).isNull();
        assertThat(row.lastKey()).isEqualTo("SMITH");
        assertThat(row.firstKey()).isEqualTo("JOHN");
    }

    @Test
    void emptyAndZeroDatesAndNpisMeanNone() throws IOException {
        parse(HEADER
                + ",,,\"ACME HOME HEALTH, INC\",\"OTHER BUSINESS\",\"HOME HEALTH\",,0000000000,,\"1 ELM\",\"RENO\",NV,89501,1128a1,20200101,,,\n"
                + "\"DOE\",\"JANE\",\"\",\"\",\"\",\"\",\"\",\"0\",\"00000000\",\"\",\"\",\"\",\"\",\"1128a1\",\"20210505\",\"\",\"20220101\",\"OH\"\n");

        assertThat(problems).isEmpty();
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).businessName()).isEqualTo("ACME HOME HEALTH, INC");
        assertThat(rows.get(0).lastName()).isNull();
        assertThat(rows.get(0).npi()).isNull();
        assertThat(rows.get(0).dob()).isNull();
        assertThat(rows.get(1).npi()).isNull();
        assertThat(rows.get(1).dob()).isNull();
        assertThat(rows.get(1).waiverDate()).isEqualTo(LocalDate.of(2022, 1, 1));
        assertThat(rows.get(1).waiverState()).isEqualTo("OH");
    }

    @Test
    void badLinesAreReportedWithLineNumberAndReasonAndSkipped() throws IOException {
        String good = "\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"\",\"19650101\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n";
        int count = parse(HEADER
                + good
                + "\"SHORT\",\"ROW\"\n"
                + "\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"\",\"19651301\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n"
                + "\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"12345\",\"\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n"
                + "\"\",\"NOBODY\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n"
                + "\"UNCLOSED,X,\"\"\n"
                + "\n"
                + good);

        assertThat(count).isEqualTo(2);
        assertThat(rows).extracting(LeieRow::line).containsExactly(2, 9);
        assertThat(problems).containsExactly(
                new LeieProblem(3, LeieProblem.Reason.FIELD_COUNT, "2"),
                new LeieProblem(4, LeieProblem.Reason.BAD_DATE, "DOB"),
                new LeieProblem(5, LeieProblem.Reason.BAD_NPI, "NPI"),
                new LeieProblem(6, LeieProblem.Reason.NO_NAME, null),
                new LeieProblem(7, LeieProblem.Reason.UNTERMINATED_QUOTE, null));
    }

    @Test
    void doubledQuotesInsideAQuotedFieldAreOneQuote() throws IOException {
        parse(HEADER + "\"O'NEIL\",\"PAT\",\"\",\"\",\"\",\"\",\"\",\"\",\"\",\"THE \"\"OLD\"\" MILL\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"");

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).address()).isEqualTo("THE \"OLD\" MILL");
        assertThat(rows.get(0).lastKey()).isEqualTo("ONEIL");
    }

    @Test
    void aByteOrderMarkAndLowerCaseOrReorderedHeaderAreAccepted() throws IOException {
        String header = "\uFEFFlastname,FIRSTNAME,MIDNAME,BUSNAME,GENERAL,SPECIALTY,UPIN,DOB,NPI,ADDRESS,CITY,STATE,ZIP,"
                + "EXCLTYPE,EXCLDATE,REINDATE,WAIVERDATE,WVRSTATE\n";
        parse(header + "LEE,ANN,,,,,,19800101,1234567893,,,,,1128a1,20200101,,,\n");

        assertThat(problems).isEmpty();
        assertThat(rows.get(0).dob()).isEqualTo(LocalDate.of(1980, 1, 1));
        assertThat(rows.get(0).npi()).isEqualTo("1234567893");
    }

    @Test
    void aFileWithoutTheLeieHeaderIsRefusedAsAWhole() {
        assertThatThrownBy(() -> parse("name,dob\nSMITH,19700101\n")).isInstanceOf(RuleViolation.class)
                .satisfies(e -> {
                    RuleViolation violation = (RuleViolation) e;
                    assertThat(violation.getField()).isEqualTo("file");
                    assertThat(violation.getMessageKey()).isEqualTo("exclusion.file.header");
                    assertThat((String) violation.getArguments()[0]).contains("LASTNAME").contains("WVRSTATE");
                });
        assertThatThrownBy(() -> parse("")).isInstanceOf(RuleViolation.class).hasMessageStartingWith("document.file.empty");
    }

    @Test
    void impossibleAndMalformedDatesAreBadLines() throws IOException {
        String[] dates = {"20230230", "20231301", "2023-1-1", "+2023011", "2023010a", "20230100", "00000101", "17991231"};
        StringBuilder csv = new StringBuilder(HEADER);
        for (String date : dates) {
            csv.append("\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"\",\"").append(date)
                    .append("\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n");
        }
        csv.append("\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"\",\"20240229\",\"\",\"\",\"\",\"\",\"1128a1\",\"00000000\",\"\",\"\",\"\"\n");

        assertThat(parse(csv.toString())).isEqualTo(1);
        assertThat(problems).extracting(LeieProblem::reason).containsOnly(LeieProblem.Reason.BAD_DATE).hasSize(dates.length);
        assertThat(rows.get(0).dob()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(rows.get(0).exclusionDate()).isNull();
    }

    @Test
    void recordsAcrossTheReadBufferAreReadWhole() throws IOException {
        // 3,000 rows of ~130 characters cross the parser's 64 K buffer several times, some inside a doubled quote.
        StringBuilder csv = new StringBuilder(HEADER);
        for (int i = 0; i < 3000; i++) {
            csv.append("\"ROE ").append(i).append(" \"\"Q\"\"\",\"RICHARD, JR\",\"\",\"\",\"\",\"\",\"\",\"\",\"19650101\",")
                    .append("\"1 MAIN ST\",\"TOWN\",\"CA\",\"90000\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\r\n");
        }

        assertThat(parse(csv.toString())).isEqualTo(3000);
        assertThat(problems).isEmpty();
        for (int i = 0; i < 3000; i++) {
            assertThat(rows.get(i).lastName()).isEqualTo("ROE " + i + " \"Q\"");
            assertThat(rows.get(i).firstName()).isEqualTo("RICHARD, JR");
            assertThat(rows.get(i).line()).isEqualTo(i + 2);
        }
    }

    @Test
    void aStreamThatGivesOneByteAtATimeIsReadTheSame() throws IOException {
        // Each read of the parser's buffer then gets about one character: every quote, doubled quote and CR LF falls on
        // a buffer boundary somewhere.
        String csv = HEADER + "\"O\"\"NEIL\",\"MARY \"\"MO\"\"\",\"\",\"\",\"\",\"\",\"\",\"1234567893\",\"19700101\",\"1 A ST, APT 2\","
                + "\"X\",\"OH\",\"45402\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\r\n"
                + "\"ROE\",\"RICHARD\",\"\",\"\",\"\",\"\",\"\",\"\",\"19650101\",\"\",\"\",\"\",\"\",\"1128a1\",\"20200101\",\"\",\"\",\"\"\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        java.io.InputStream trickle = new java.io.InputStream() {
            private int next;

            @Override
            public int read() {
                return next < bytes.length ? bytes[next++] & 0xff : -1;
            }

            @Override
            public int read(byte[] into, int offset, int length) {
                if (length == 0) {
                    return 0;
                }
                int b = read();
                if (b < 0) {
                    return -1;
                }
                into[offset] = (byte) b;
                return 1;
            }
        };

        assertThat(LeieParser.parse(trickle, rows::add, problems::add)).isEqualTo(2);
        assertThat(problems).isEmpty();
        assertThat(rows.get(0).lastName()).isEqualTo("O\"NEIL");
        assertThat(rows.get(0).firstName()).isEqualTo("MARY \"MO\"");
        assertThat(rows.get(0).address()).isEqualTo("1 A ST, APT 2");
        assertThat(rows.get(0).npi()).isEqualTo("1234567893");
        assertThat(rows.get(1).lastName()).isEqualTo("ROE");
        assertThat(rows.get(1).line()).isEqualTo(3);
    }

    private int parse(String csv) throws IOException {
        return LeieParser.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), rows::add, problems::add);
    }
}
