package org.iopmanager.staff.control;

import java.io.Serializable;

/** An active discipline as the menus need it (getters: Jakarta EL 5 reads properties by getter only). */
public final class DisciplineChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Long id;
    private final String code;
    private final String name;

    public DisciplineChoice(Long id, String code, String name) {
        this.id = id;
        this.code = code;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    @Override
    public String toString() {
        return code;
    }
}
