package org.iopmanager.security.boundary;

import java.io.Serializable;

import org.iopmanager.security.entity.Role;

/** Narrowing of the user list: a name fragment (user name or display name), a role, active or not. */
public record UserFilter(String text, Role role, Boolean active) implements Serializable {

    public static final UserFilter ALL = new UserFilter(null, null, null);
}
