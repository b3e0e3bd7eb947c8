package org.iopmanager.ldap;

import java.net.InetAddress;
import java.util.Arrays;

import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldap.sdk.LDAPException;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;

/**
 * A hospital directory for tests: UnboundID's in-memory LDAP server on loopback, with people under
 * {@code ou=people} and {@code groupOfNames} groups under {@code ou=groups}, and a service account.
 */
public final class InMemoryDirectory implements AutoCloseable {

    public static final String BASE = "dc=hospital,dc=test";
    public static final String PEOPLE = "ou=people," + BASE;
    public static final String GROUPS = "ou=groups," + BASE;
    public static final String SERVICE_DN = "cn=iop-service," + BASE;
    public static final String SERVICE_PASSWORD = "service-secret";

    private static InMemoryDirectory shared;

    private final InMemoryDirectoryServer server;

    /** The directory of the integration tests, started once on the port the build reserved and told Payara Micro. */
    public static synchronized InMemoryDirectory shared() throws LDAPException, com.unboundid.ldif.LDIFException {
        if (shared == null) {
            shared = start(Integer.parseInt(System.getProperty("iop.ldap.test.port")));
        }
        return shared;
    }

    private InMemoryDirectory(InMemoryDirectoryServer server) {
        this.server = server;
    }

    /** Started on {@code port} of 127.0.0.1 (0: any free port). */
    public static InMemoryDirectory start(int port) throws LDAPException, com.unboundid.ldif.LDIFException {
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("loopback", InetAddress.getLoopbackAddress(), port, null));
        config.addAdditionalBindCredentials(SERVICE_DN, SERVICE_PASSWORD);
        InMemoryDirectoryServer server = new InMemoryDirectoryServer(config);
        server.add("dn: " + BASE, "objectClass: top", "objectClass: domain", "dc: hospital");
        server.add("dn: " + PEOPLE, "objectClass: top", "objectClass: organizationalUnit", "ou: people");
        server.add("dn: " + GROUPS, "objectClass: top", "objectClass: organizationalUnit", "ou: groups");
        server.startListening();
        return new InMemoryDirectory(server);
    }

    public int port() {
        return server.getListenPort();
    }

    public String url() {
        return "ldap://127.0.0.1:" + port();
    }

    public static String dnOf(String uid) {
        return "uid=" + uid + "," + PEOPLE;
    }

    public void person(String uid, String name, String mail, String password) throws LDAPException, com.unboundid.ldif.LDIFException {
        server.add("dn: " + dnOf(uid), "objectClass: top", "objectClass: person", "objectClass: organizationalPerson",
                "objectClass: inetOrgPerson", "uid: " + uid, "cn: " + name, "sn: " + name, "mail: " + mail,
                "userPassword: " + password);
    }

    /** Creates the group, or replaces its members. */
    public void group(String cn, String... memberUids) throws LDAPException, com.unboundid.ldif.LDIFException {
        String dn = "cn=" + cn + "," + GROUPS;
        String[] members = Arrays.stream(memberUids).map(InMemoryDirectory::dnOf).toArray(String[]::new);
        if (server.getEntry(dn) == null) {
            String[] lines = new String[4 + members.length];
            lines[0] = "dn: " + dn;
            lines[1] = "objectClass: top";
            lines[2] = "objectClass: groupOfNames";
            lines[3] = "cn: " + cn;
            for (int i = 0; i < members.length; i++) {
                lines[4 + i] = "member: " + members[i];
            }
            server.add(lines);
        } else {
            server.modify(dn, new Modification(ModificationType.REPLACE, "member", members));
        }
    }

    public void password(String uid, String password) throws LDAPException {
        server.modify(dnOf(uid), new Modification(ModificationType.REPLACE, "userPassword", password));
    }

    @Override
    public void close() {
        server.shutDown(true);
    }
}
