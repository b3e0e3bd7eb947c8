package org.iopmanager.platform.control;

import java.io.Serializable;

import jakarta.enterprise.context.RequestScoped;

import org.iopmanager.platform.entity.BaseEntity;

/**
 * The record this request is saving at a version, noted by {@link Versions} when it checks the version. When two
 * saves race, the loser's optimistic lock exception may know no record (with JDBC batch writing the batch fails as a
 * whole, often in the automatic flush before one of the service's rule queries, not in {@code Versions.flush}):
 * {@link LostRace} then names this record and its last editor.
 */
@RequestScoped
public class SavingNow implements Serializable {

    private static final long serialVersionUID = 1L;

    private Class<?> type;
    private Long id;

    void saving(BaseEntity entity) {
        type = entity.getClass();
        id = entity.getId();
    }

    Class<?> type() {
        return type;
    }

    Long id() {
        return id;
    }
}
