package org.iopmanager.security.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.iopmanager.ldap.InMemoryDirectory;
import org.iopmanager.security.entity.Role;

/** Sign-in against a real (in-memory) LDAP directory, and how its groups map to a role and sites. */
class DirectoryTest {

    private static InMemoryDirectory ldap;

    @BeforeAll
    static void start() throws Exception {
        ldap = InMemoryDirectory.start(0);
        ldap.person("dana", "Dana Whitfield", "dana@hospital.test", "Dana-pass-1");
        ldap.person("eve", "Eve Outsider", "eve@hospital.test", "Eve-pass-1");
        ldap.group("iop-clinicians", "dana");
        ldap.group("iop-boston", "dana");
        ldap.group("cafeteria", "eve");
    }

    @AfterAll
    static void stop() {
        ldap.close();
    }

    private static Directory directory(String url, String bindDn, String bindPassword) {
        return new Directory(new DirectorySettings.Connection(url, bindDn, bindPassword, InMemoryDirectory.PEOPLE,
                "(&(objectClass=person)(uid={0}))", InMemoryDirectory.GROUPS, "(&(objectClass=groupOfNames)(member={0}))",
                "cn", "cn", "mail", 2000));
    }

    @Test
    void theRightPasswordSignsInWithNameMailAndGroupsWithAServiceAccountOrAnonymously() {
        for (Directory directory : new Directory[] {directory(ldap.url(), InMemoryDirectory.SERVICE_DN,
                InMemoryDirectory.SERVICE_PASSWORD), directory(ldap.url(), null, null)}) {
            Directory.Answer answer = directory.authenticate("dana", "Dana-pass-1".toCharArray());
            assertThat(answer.outcome()).isEqualTo(Directory.Outcome.SUCCESS);
            assertThat(answer.person().dn()).isEqualTo(InMemoryDirectory.dnOf("dana"));
            assertThat(answer.person().displayName()).isEqualTo("Dana Whitfield");
            assertThat(answer.person().email()).isEqualTo("dana@hospital.test");
            assertThat(answer.person().groups()).containsExactlyInAnyOrder("iop-clinicians", "iop-boston");
        }
    }

    @Test
    void aWrongOrEmptyPasswordAnUnknownNameAndFilterCharactersAreRefused() {
        Directory directory = directory(ldap.url(), InMemoryDirectory.SERVICE_DN, InMemoryDirectory.SERVICE_PASSWORD);
        assertThat(directory.authenticate("dana", "wrong".toCharArray()).outcome()).isEqualTo(Directory.Outcome.WRONG_PASSWORD);
        assertThat(directory.authenticate("dana", new char[0]).outcome()).as("an empty password is an anonymous bind")
                .isEqualTo(Directory.Outcome.WRONG_PASSWORD);
        assertThat(directory.authenticate("nobody", "x".toCharArray()).outcome()).isEqualTo(Directory.Outcome.UNKNOWN_USER);
        assertThat(directory.authenticate("*", "Dana-pass-1".toCharArray()).outcome()).as("the name is escaped, not a wildcard")
                .isEqualTo(Directory.Outcome.UNKNOWN_USER);
        assertThat(directory.authenticate("dana)(uid=*", "Dana-pass-1".toCharArray()).outcome())
                .isEqualTo(Directory.Outcome.UNKNOWN_USER);
        assertThat(directory(ldap.url(), InMemoryDirectory.SERVICE_DN, "not-the-secret")
                .authenticate("dana", "Dana-pass-1".toCharArray()).outcome()).as("service account refused")
                .isEqualTo(Directory.Outcome.UNAVAILABLE);
    }

    @Test
    void aDirectoryThatIsNotThereIsUnavailableNotAnError() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        assertThat(directory("ldap://127.0.0.1:" + closed, null, null).authenticate("dana", "Dana-pass-1".toCharArray())
                .outcome()).isEqualTo(Directory.Outcome.UNAVAILABLE);
    }

    @Test
    void groupsMapToTheFirstListedRoleAndToSitesWhichSiteRolesNeed() {
        DirectoryMapping mapping = DirectoryMapping.parse("ADMIN=IOP-Admins, CLINICIAN=iop-clinicians,AUDITOR=iop-auditors",
                "BOS-N=iop-boston,CHI-L=iop-chicago,BOS-N=iop-all-sites,CHI-L=iop-all-sites");
        assertThat(mapping.map(java.util.List.of("iop-clinicians", "iop-boston"))).hasValueSatisfying(m -> {
            assertThat(m.role()).isEqualTo(Role.CLINICIAN);
            assertThat(m.siteCodes()).containsExactly("BOS-N");
        });
        assertThat(mapping.map(java.util.List.of("iop-admins", "iop-clinicians")).orElseThrow().role()).isEqualTo(Role.ADMIN);
        assertThat(mapping.map(java.util.List.of("IOP-CLINICIANS", "iop-all-sites")).orElseThrow().siteCodes())
                .containsExactlyInAnyOrder("BOS-N", "CHI-L");
        assertThat(mapping.map(java.util.List.of("iop-clinicians"))).as("a clinician needs a site").isEmpty();
        assertThat(mapping.map(java.util.List.of("iop-auditors")).orElseThrow().siteCodes()).isEmpty();
        assertThat(mapping.map(java.util.List.of("cafeteria"))).isEmpty();
    }
}
