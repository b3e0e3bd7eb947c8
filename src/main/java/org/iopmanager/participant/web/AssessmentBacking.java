package org.iopmanager.participant.web;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.boundary.Assessments;
import org.iopmanager.participant.control.AssessmentRules;
import org.iopmanager.participant.entity.AsamAssessment;
import org.iopmanager.participant.entity.AsamDimension;
import org.iopmanager.participant.entity.AsamEdition;
import org.iopmanager.participant.entity.Episode;
import org.iopmanager.platform.web.Actions;

/**
 * The ASAM assessments of the record page's current episode and the form to record one: the dimension names follow
 * the chosen edition, and the edition's warnings (4th edition for an adolescent) show as soon as it is chosen.
 */
@Named("asam")
@ViewScoped
public class AssessmentBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Assessments assessments;

    @Inject
    ParticipantBacking record;

    @Inject
    Actions actions;

    private List<AsamAssessment> list;
    private final AsamAssessment draft = new AsamAssessment();
    private final Map<String, Integer> ratings = new HashMap<>();
    private final Map<String, String> notes = new HashMap<>();
    private List<String> warnings = List.of();

    /** Called by the page once the record is loaded. */
    public void load() {
        Episode episode = record.getCurrentEpisode();
        if (episode != null && list == null) {
            list = assessments.of(episode.getId());
            draft.setAssessedOn(record.getToday());
            draft.setEdition(AsamEdition.THIRD);
        }
    }

    public void editionChanged() {
        Episode episode = record.getOpenEpisode();
        warnings = episode == null || draft.getEdition() == null ? List.of() : assessments.warnings(episode.getId(), draft.getEdition());
    }

    public String save() {
        for (AsamDimension dimension : AsamDimension.values()) {
            draft.rate(dimension, ratings.get(dimension.name()));
            draft.annotate(dimension, notes.get(dimension.name()));
        }
        Long episodeId = record.getOpenEpisode().getId();
        boolean ok = actions.attemptOnce("asam", () -> assessments.record(episodeId, draft));
        return ok ? record.reload("assessment.recorded") : null;
    }

    /** The bundle key of a dimension's name in the chosen edition (3rd until one is chosen). */
    public String dimensionKey(AsamDimension dimension, AsamEdition edition) {
        return AssessmentRules.dimensionKey(edition == null ? AsamEdition.THIRD : edition, dimension);
    }

    public List<AsamAssessment> getList() {
        return list;
    }

    public AsamAssessment getDraft() {
        return draft;
    }

    public Map<String, Integer> getRatings() {
        return ratings;
    }

    public Map<String, String> getNotes() {
        return notes;
    }

    public List<String> getWarnings() {
        return warnings;
    }
}
