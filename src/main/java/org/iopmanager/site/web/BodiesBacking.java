package org.iopmanager.site.web;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.site.boundary.Bodies;
import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.BodyType;

/** The list of accrediting and licensing bodies, and a form to add one. */
@Named("bodies")
@ViewScoped
public class BodiesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Bodies service;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private List<AccreditingBody> all;
    private String code;
    private String name;
    private BodyType type;
    private String state;

    public List<AccreditingBody> getAll() {
        if (all == null) {
            all = service.all();
        }
        return all;
    }

    public void add() {
        AccreditingBody[] added = new AccreditingBody[1];
        if (actions.attemptOnce("form", () -> added[0] = service.add(code, name, type, state))) {
            messages.info("body.added", added[0].getName());
            code = null;
            name = null;
            type = null;
            state = null;
            all = null;
        }
    }

    public void toggle(AccreditingBody body) {
        if (actions.attempt("form", () -> service.setActive(body.getId(), body.getVersion(), !body.isActive()))) {
            all = null;
        }
    }

    public BodyType[] getTypes() {
        return BodyType.values();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public BodyType getType() {
        return type;
    }

    public void setType(BodyType type) {
        this.type = type;
    }

    public String getState() {
        return state;
    }

    public void setState(String state) {
        this.state = state;
    }
}
