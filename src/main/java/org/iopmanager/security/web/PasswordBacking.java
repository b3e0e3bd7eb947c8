package org.iopmanager.security.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.security.boundary.Users;

/** A signed-in user changes their own password. */
@Named("password")
@RequestScoped
public class PasswordBacking {

    @Inject
    Users users;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private String current;
    private String next;
    private String repeat;

    public void change() {
        if (next == null || !next.equals(repeat)) {
            messages.error("form:repeat", "password.mismatch");
            return;
        }
        if (actions.attempt("form", () -> users.changeOwnPassword(current, next))) {
            messages.info("password.changed");
        }
    }

    public int getMinLength() {
        return users.passwordPolicy().getMinLength();
    }

    public String getCurrent() {
        return current;
    }

    public void setCurrent(String current) {
        this.current = current;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }

    public String getRepeat() {
        return repeat;
    }

    public void setRepeat(String repeat) {
        this.repeat = repeat;
    }
}
