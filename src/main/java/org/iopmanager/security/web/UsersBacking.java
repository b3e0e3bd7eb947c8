package org.iopmanager.security.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.entity.StorableText;
import org.iopmanager.platform.web.PagedList;
import org.iopmanager.security.boundary.UserFilter;
import org.iopmanager.security.boundary.Users;
import org.iopmanager.security.entity.AppUser;
import org.iopmanager.security.entity.Role;

/** The user list: paged, sorted and filtered in the database. */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Users service;

    @StorableText
    private String text;
    private Role role;
    private Boolean active;

    private final PagedList<AppUser> model = new PagedList<>(() -> service.count(filter()),
            (first, pageSize, order) -> service.search(filter(), first, pageSize, order), AppUser::getId);

    private UserFilter filter() {
        return new UserFilter(text, role, active);
    }

    public PagedList<AppUser> getModel() {
        return model;
    }

    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
