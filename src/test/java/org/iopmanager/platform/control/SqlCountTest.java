package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatabaseSession;
import org.eclipse.persistence.sessions.Project;
import org.eclipse.persistence.logging.SessionLog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.iopmanager.platform.web.SqlCountFilter;

class SqlCountTest {

    @AfterEach
    void clear() {
        SqlCount.close();
        System.clearProperty(SqlCount.SETTING);
    }

    @Test
    void countsOnlyInsideAnOpenCount() {
        SqlCount.statement();
        assertThat(SqlCount.current()).isEqualTo(-1);

        SqlCount.open();
        SqlCount.statement();
        SqlCount.statement();
        SqlCount.open(); // nested: keeps the outer count
        SqlCount.statement();

        assertThat(SqlCount.close()).isEqualTo(3);
        assertThat(SqlCount.current()).isEqualTo(-1);
    }

    @Test
    void eclipseLinkCallsAreCountedByTheListener() {
        DatabaseLogin login = new DatabaseLogin();
        login.setDriverClassName("org.h2.Driver");
        login.setConnectionString("jdbc:h2:mem:sqlcount;DB_CLOSE_DELAY=-1");
        login.setUserName("sa");
        login.setPassword("");
        DatabaseSession session = new Project(login).createDatabaseSession();
        session.setLogLevel(SessionLog.OFF);
        session.getEventManager().addListener(new SqlCount.Listener());
        session.login();
        try {
            session.executeNonSelectingSQL("create table counted (id int)");
            SqlCount.open();
            session.executeNonSelectingSQL("insert into counted values (1)");
            session.executeSQL("select id from counted");
            session.executeSQL("select count(*) from counted");
            assertThat(SqlCount.close()).isEqualTo(3);
        } finally {
            session.logout();
        }
    }

    @Test
    void filterAnswersTheCountInAHeaderWhenTheSettingIsOn() throws Exception {
        System.setProperty(SqlCount.SETTING, "true");
        Map<String, String> headers = new HashMap<>();
        SqlCountFilter filter = new SqlCountFilter();
        filter.init(config());
        FilterChain chain = (req, res) -> {
            SqlCount.statement();
            SqlCount.statement();
            ((HttpServletResponse) res).setContentLength(10); // would commit at the 10th byte: left to the container
            res.flushBuffer(); // deferred: the header must still be settable afterwards
        };
        filter.doFilter(request(), response(headers), chain);
        assertThat(headers).containsEntry(SqlCountFilter.HEADER, "2").doesNotContainKey("Content-Length");
        assertThat(SqlCount.current()).isEqualTo(-1);
    }

    @Test
    void filterDoesNothingWhenTheSettingIsOff() throws Exception {
        Map<String, String> headers = new HashMap<>();
        SqlCountFilter filter = new SqlCountFilter();
        filter.init(config());
        int[] seen = new int[1];
        filter.doFilter(request(), response(headers), (req, res) -> seen[0] = SqlCount.current());
        assertThat(headers).doesNotContainKey(SqlCountFilter.HEADER);
        assertThat(seen[0]).isEqualTo(-1);
    }

    private static jakarta.servlet.FilterConfig config() {
        return (jakarta.servlet.FilterConfig) Proxy.newProxyInstance(SqlCountTest.class.getClassLoader(),
                new Class<?>[] {jakarta.servlet.FilterConfig.class}, (p, m, a) -> null);
    }

    private static HttpServletRequest request() {
        return (HttpServletRequest) Proxy.newProxyInstance(SqlCountTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (p, m, a) -> null);
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        boolean[] committed = new boolean[1];
        return (HttpServletResponse) Proxy.newProxyInstance(SqlCountTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (p, m, a) -> switch (m.getName()) {
                    case "setHeader" -> {
                        headers.put((String) a[0], (String) a[1]);
                        yield null;
                    }
                    case "setContentLength" -> {
                        headers.put("Content-Length", a[0].toString());
                        yield null;
                    }
                    case "flushBuffer" -> {
                        committed[0] = true;
                        yield null;
                    }
                    case "isCommitted" -> committed[0];
                    default -> null;
                });
    }
}
