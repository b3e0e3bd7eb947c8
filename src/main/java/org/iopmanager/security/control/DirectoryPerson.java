package org.iopmanager.security.control;

import java.util.List;

/** Who the directory says signed in: their entry, name, e-mail and the names of their groups. */
public record DirectoryPerson(String dn, String displayName, String email, List<String> groups) {

    public DirectoryPerson {
        groups = List.copyOf(groups);
    }
}
