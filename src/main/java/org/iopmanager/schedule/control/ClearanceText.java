package org.iopmanager.schedule.control;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

import org.iopmanager.staff.control.Clearance;

/**
 * A clearance answer's reasons in words, for the message that refuses a facilitator: the refusal travels as a rule
 * violation's argument, so it carries the reasons' text rather than their keys (in the bundle's language, as the
 * API's messages are).
 */
public final class ClearanceText {

    private static final String BUNDLE = "org.iopmanager.i18n.messages";

    private ClearanceText() {
    }

    public static String of(List<Clearance.Reason> reasons) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH);
        return reasons.stream().map(reason -> bundle.containsKey(reason.key())
                ? new MessageFormat(bundle.getString(reason.key()), Locale.ENGLISH).format(reason.arguments())
                : reason.key()).collect(Collectors.joining(" "));
    }
}
