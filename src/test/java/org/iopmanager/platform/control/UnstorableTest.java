package org.iopmanager.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import org.iopmanager.site.entity.AccreditingBody;
import org.iopmanager.site.entity.BodyType;
import org.iopmanager.staff.entity.Discipline;

class UnstorableTest {

    @Test
    void aCodeOrNameThatCannotBeStoredIsRefusedOnItsFieldBeforeAnyLookUp() {
        assertThatThrownBy(() -> Unstorable.refuse(new AccreditingBody("CO\u0000DE", "Name\u0007", BodyType.CARF, null)))
                .isInstanceOfSatisfying(RuleViolations.class, e -> {
                    assertThat(e.getViolations()).extracting(RuleViolation::getField).containsExactly("code", "name");
                    assertThat(e.getViolations()).extracting(RuleViolation::getMessageKey).containsOnly("app.text.unstorable");
                });
    }

    @Test
    void storableValuesPassAndAFieldNameCanBeAPath() {
        assertThatCode(() -> Unstorable.refuse(new AccreditingBody("CARF-2", "Łódź \uD83D\uDE00", BodyType.CARF, null)))
                .doesNotThrowAnyException();
        assertThatCode(() -> Unstorable.refuse(null)).doesNotThrowAnyException();
        Discipline discipline = new Discipline();
        discipline.setCode("broken\uD800");
        assertThat(Unstorable.of(discipline, field -> "rows:0:" + field)).extracting(RuleViolation::getField)
                .containsExactly("rows:0:code");
    }
}
