package org.iopmanager.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;

import jakarta.persistence.Column;

import org.junit.jupiter.api.Test;

import org.iopmanager.aftercare.entity.CoveredEntity;
import org.iopmanager.aftercare.entity.ResourceService;
import org.iopmanager.aftercare.entity.ResourceType;
import org.iopmanager.participant.entity.Participant;
import org.iopmanager.staff.entity.StaffMember;

class SortKeyTest {

    /** A capital dotted I: one character, two in lower case (an i and a combining dot). */
    private static final String DOTTED_I = "\u0130";

    @Test
    void aNameLongerInLowerCaseIsCutToItsColumn() {
        assertThat(DOTTED_I.toLowerCase(java.util.Locale.ROOT)).hasSize(2);
        assertThat(SortKey.of(DOTTED_I.repeat(160), 160)).hasSize(160).startsWith("i\u0307");
        assertThat(SortKey.of("Riley House", 160)).isEqualTo("riley house");
        assertThat(SortKey.of(null, 10)).isEmpty();
    }

    @Test
    void theCutNeverLeavesHalfASurrogatePair() {
        String cut = SortKey.of("ab\uD83D\uDE00", 3);
        assertThat(cut).isEqualTo("ab");
        assertThat(StorableValidator.storable(cut)).isTrue();
    }

    @Test
    void theEntitiesSortKeysFitTheirColumnsAtTheNamesFullLength() throws ReflectiveOperationException {
        ResourceService form = new ResourceService(DOTTED_I.repeat(ResourceService.NAME_MAX), DOTTED_I.repeat(160),
                ResourceType.OTHER, CoveredEntity.NOT_COVERED);
        form.setServicesOffered(DOTTED_I.repeat(ResourceService.TEXT_MAX));
        ResourceService service = new ResourceService();
        service.copyDetailsFrom(form);
        assertFits(service, "sortName");
        assertFits(service, "searchText");

        Participant participant = new Participant();
        participant.setFirstName(DOTTED_I.repeat(60));
        participant.setLastName(DOTTED_I.repeat(60));
        Participant kept = new Participant();
        kept.copyDetailsFrom(participant);
        assertFits(kept, "sortName");

        StaffMember member = new StaffMember();
        member.setFirstName(DOTTED_I.repeat(StaffMember.NAME_MAX));
        member.setLastName(DOTTED_I.repeat(StaffMember.NAME_MAX));
        StaffMember staff = new StaffMember();
        staff.copyDetailsFrom(member);
        assertFits(staff, "sortName");
    }

    private static void assertFits(Object entity, String name) throws ReflectiveOperationException {
        Field field = entity.getClass().getDeclaredField(name);
        field.setAccessible(true);
        assertThat((String) field.get(entity)).as(entity.getClass().getSimpleName() + "." + name)
                .hasSizeLessThanOrEqualTo(field.getAnnotation(Column.class).length());
    }
}
