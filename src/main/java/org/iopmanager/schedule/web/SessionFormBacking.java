package org.iopmanager.schedule.web;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.iopmanager.participant.entity.FamilyMember;
import org.iopmanager.platform.web.Actions;
import org.iopmanager.platform.web.Messages;
import org.iopmanager.schedule.boundary.Attendances;
import org.iopmanager.schedule.boundary.Sessions;
import org.iopmanager.schedule.control.Recurrence;
import org.iopmanager.schedule.control.SessionPlan;
import org.iopmanager.schedule.entity.SessionKind;
import org.iopmanager.schedule.entity.SessionSeries;
import org.iopmanager.schedule.entity.TherapySession;
import org.iopmanager.schedule.entity.WorkshopTopic;
import org.iopmanager.site.boundary.Sites;
import org.iopmanager.site.entity.Site;
import org.iopmanager.staff.boundary.Clearances;
import org.iopmanager.staff.control.StaffChoice;

/**
 * A new session or weekly series ({@code ?site=&date=}) or an edit of one session ({@code ?id=}): kind, topic,
 * title, facilitators offered with their clearance for the kind's service on the day, room, capacity, local day
 * and time at the site, and for a series the weekdays and an end.
 */
@Named("sessionForm")
@ViewScoped
public class SessionFormBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sessions sessions;

    @Inject
    Attendances attendances;

    @Inject
    Sites sites;

    @Inject
    Clearances clearances;

    @Inject
    Actions actions;

    @Inject
    Messages messages;

    private Long id;
    private long version;
    private Long siteId;
    private Site site;
    private SessionKind kind = SessionKind.GROUP_THERAPY;
    private WorkshopTopic topic;
    private String title;
    private Long facilitatorId;
    private Long coFacilitatorId;
    private String room;
    private Integer capacity = 12;
    private LocalDate date;
    private LocalTime startTime = LocalTime.of(9, 0);
    private Integer durationMinutes = 180;
    private DayOfWeek[] weekdays = {};
    private LocalDate until;
    private Integer count;
    private List<StaffChoice> choices;
    private List<FamilyMember> familyChoices = List.of();
    private Long[] familyMemberIds = {};

    public void load() {
        actions.loadOrNotFound(() -> {
            if (id != null) {
                TherapySession s = sessions.find(id);
                version = s.getVersion();
                siteId = s.owningSiteId();
                kind = s.getKind();
                topic = s.getTopic();
                title = s.getTitle();
                facilitatorId = s.getFacilitator().getId();
                coFacilitatorId = s.getCoFacilitator() == null ? null : s.getCoFacilitator().getId();
                room = s.getRoom();
                capacity = s.getCapacity();
                date = s.getSessionDate();
                startTime = s.getStartTime();
                durationMinutes = s.getDurationMinutes();
                if (kind == SessionKind.FAMILY_THERAPY) {
                    loadFamily(s);
                }
            }
            site = sites.find(siteId);
            if (date == null) {
                date = sessions.todayAt(siteId);
            }
            refreshChoices();
        });
    }

    /** The consented family members of the session's participant, and those invited already, in name order. */
    private void loadFamily(TherapySession s) {
        Map<Long, FamilyMember> offered = new LinkedHashMap<>();
        s.getFamilyMembers().forEach(m -> offered.put(m.getId(), m));
        attendances.familyOf(s.getId()).values().forEach(members -> members.forEach(m -> offered.putIfAbsent(m.getId(), m)));
        familyChoices = offered.values().stream()
                .sorted(java.util.Comparator.comparing(FamilyMember::getName).thenComparing(FamilyMember::getId)).toList();
        familyMemberIds = s.getFamilyMembers().stream().map(FamilyMember::getId).toArray(Long[]::new);
    }

    /** Facilitators are offered with their clearance for the chosen kind on the chosen day. */
    public void refreshChoices() {
        choices = kind == null || date == null ? List.of() : clearances.choices(siteId, kind.service(), date);
    }

    public String save() {
        List<Long> family = id != null && kind == SessionKind.FAMILY_THERAPY ? Arrays.asList(familyMemberIds) : List.of();
        SessionPlan plan = new SessionPlan(kind, kind == SessionKind.EDUCATIONAL_WORKSHOP ? topic : null, title, facilitatorId,
                coFacilitatorId, room, capacity, date, startTime, durationMinutes, family);
        Long[] opened = new Long[1];
        boolean ok = actions.attemptOnceIf(id == null, "form", () -> {
            if (id != null) {
                opened[0] = sessions.update(id, version, plan).getId();
            } else if (weekdays.length > 0) {
                SessionSeries series = sessions.createSeries(siteId, plan, new Recurrence(
                        weekdays.length == 0 ? EnumSet.noneOf(DayOfWeek.class) : EnumSet.copyOf(Arrays.asList(weekdays)),
                        date, until, count));
                opened[0] = sessions.ofSeries(series.getId()).get(0).getId();
            } else {
                opened[0] = sessions.create(siteId, plan).getId();
            }
        });
        if (!ok) {
            return null;
        }
        messages.info("app.saved");
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        return "/schedule/session?faces-redirect=true&id=" + opened[0];
    }

    public String choiceLabel(StaffChoice choice) {
        return choice.name() + (choice.allowed() ? "" : " (" + messages.text("schedule.facilitator.notCleared") + ")");
    }

    public SessionKind[] getKinds() {
        return SessionKind.values();
    }

    public WorkshopTopic[] getTopics() {
        return WorkshopTopic.values();
    }

    public DayOfWeek[] getDays() {
        return DayOfWeek.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSiteId() {
        return siteId;
    }

    public void setSiteId(Long siteId) {
        this.siteId = siteId;
    }

    public Site getSite() {
        return site;
    }

    public SessionKind getKind() {
        return kind;
    }

    public void setKind(SessionKind kind) {
        this.kind = kind;
    }

    public WorkshopTopic getTopic() {
        return topic;
    }

    public void setTopic(WorkshopTopic topic) {
        this.topic = topic;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getFacilitatorId() {
        return facilitatorId;
    }

    public void setFacilitatorId(Long facilitatorId) {
        this.facilitatorId = facilitatorId;
    }

    public Long getCoFacilitatorId() {
        return coFacilitatorId;
    }

    public void setCoFacilitatorId(Long coFacilitatorId) {
        this.coFacilitatorId = coFacilitatorId;
    }

    public String getRoom() {
        return room;
    }

    public void setRoom(String room) {
        this.room = room;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public Integer getDurationMinutes() {
        return durationMinutes;
    }

    public void setDurationMinutes(Integer durationMinutes) {
        this.durationMinutes = durationMinutes;
    }

    public DayOfWeek[] getWeekdays() {
        return weekdays;
    }

    public void setWeekdays(DayOfWeek[] weekdays) {
        this.weekdays = weekdays == null ? new DayOfWeek[0] : weekdays;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public Integer getCount() {
        return count;
    }

    public void setCount(Integer count) {
        this.count = count;
    }

    public List<StaffChoice> getChoices() {
        return choices;
    }

    public List<FamilyMember> getFamilyChoices() {
        return familyChoices;
    }

    public Long[] getFamilyMemberIds() {
        return familyMemberIds;
    }

    public void setFamilyMemberIds(Long[] familyMemberIds) {
        this.familyMemberIds = familyMemberIds == null ? new Long[0] : familyMemberIds;
    }
}
