package org.iopmanager.security.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import org.iopmanager.platform.web.Sorting;
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

    private String text;
    private Role role;
    private Boolean active;

    private final LazyDataModel<AppUser> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) Math.min(Integer.MAX_VALUE, service.count(filter()));
        }

        @Override
        public List<AppUser> load(int first, int pageSize, Map<String, SortMeta> sort, Map<String, FilterMeta> filters) {
            return service.search(filter(), first, pageSize, Sorting.of(sort));
        }

        @Override
        public String getRowKey(AppUser user) {
            return String.valueOf(user.getId());
        }
    };

    private UserFilter filter() {
        return new UserFilter(text, role, active);
    }

    public LazyDataModel<AppUser> getModel() {
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
