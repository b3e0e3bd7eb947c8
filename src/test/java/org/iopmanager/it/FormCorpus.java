package org.iopmanager.it;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

import org.iopmanager.testsupport.WebClient;

/**
 * Issue 8, bad input through the pages: each text, text-area and date field of a JSF form gets each value of the
 * corpus, posted as the browser posts the form (its other fields as the page filled them in). Each value must be
 * refused with a message, with nothing written and the input still on screen (shown back as typed, escaped), or stored
 * as typed and shown escaped; never a 5xx or a stack trace. The HTML is read by a real parser (jsoup), as a browser
 * reads it, so an escaped value reads back as the value itself and an unescaped one as markup.
 */
final class FormCorpus {

    /**
     * A form to fill: its page, form and button, values that make the rest of the form valid, and how to read what is
     * stored for a field (by the field's name after the form's prefix): the record's value, or for a create form the
     * values of all the records the form made.
     */
    record PageForm(String name, String page, String form, String button, Map<String, String> valid, boolean create,
            Function<String, List<String>> stored, List<Press> openers, IntFunction<Map<String, String>> perPost) {

        PageForm(String name, String page, String form, String button, Map<String, String> valid, boolean create,
                Function<String, List<String>> stored) {
            this(name, page, form, button, valid, create, stored, List.of(), null);
        }

        /** This form, opened with the button {@code opener} of the page (an "Edit" in a row shows a form for that row). */
        PageForm openedBy(String opener) {
            return openedBy(opener, Map.of());
        }

        /**
         * This form, opened (after the presses before) with the button {@code opener}, its form posted with
         * {@code typed} over what the page filled in: a list's filter chosen before its row's "Edit" is pressed, so that
         * the row stays the first whatever the corpus makes of the record's name.
         */
        PageForm openedBy(String opener, Map<String, String> typed) {
            List<Press> presses = new ArrayList<>(openers);
            presses.add(new Press(opener, typed));
            return new PageForm(name, page, form, button, valid, create, stored, List.copyOf(presses), perPost);
        }

        /** The same form with other valid values for the rest of it. */
        PageForm withValid(Map<String, String> other) {
            return new PageForm(name, page, form, button, other, create, stored, openers, perPost);
        }

        /**
         * This form with valid values that differ per post {@code n} (a time of day, a code): a create form refuses a
         * post the same as one just made (a double submit) or a code already taken, whatever the field under test.
         */
        PageForm eachPost(IntFunction<Map<String, String>> values) {
            return new PageForm(name, page, form, button, valid, create, stored, openers, values);
        }

        /** The form for post {@code n}: its valid values with the ones of that post. */
        PageForm post(int n) {
            if (perPost == null) {
                return this;
            }
            Map<String, String> values = new LinkedHashMap<>(valid);
            values.putAll(perPost.apply(n));
            return withValid(values);
        }

        /**
         * The page as the user sees it before typing: served, and for a form an "Edit" button opens, with the buttons
         * pressed one after the other in the same view (each one's form posted as the page filled it in, with the values
         * typed before it).
         */
        HttpResponse<String> open(WebClient browser) {
            HttpResponse<String> view = browser.get(page);
            for (Press press : openers) {
                String openerForm = press.button().substring(0, press.button().indexOf(':'));
                Map<String, String> fields = filledIn(view.body(), openerForm);
                fields.putAll(press.typed());
                view = browser.submitFrom(view, page, openerForm, press.button(), fields);
                if (view.statusCode() != 200) {
                    throw new AssertionError(press.button() + " on " + page + " answered " + view.statusCode() + " "
                            + messages(view.body()));
                }
            }
            if (!openers.isEmpty() && Jsoup.parse(view.body()).getElementById(button) == null) {
                throw new AssertionError(openers + " did not open the form " + form + " on " + page + " (no " + button + "): "
                        + messages(view.body()));
            }
            return view;
        }
    }

    /** A button pressed to open a form, with what is typed into its form first. */
    record Press(String button, Map<String, String> typed) {
    }

    /** One field to fill: its request name, the kind of values it takes, its maxlength (0: none). */
    record Field(String name, String kind, int maxLength) {
    }

    private static final int MIB = 1 << 20;

    /** The body of the last answer {@link #attempt} read, for the report of a failure. */
    static final ThreadLocal<String> lastAnswer = new ThreadLocal<>();

    private FormCorpus() {
    }

    /** The fields of {@code form} a user can type into, from the page as served. */
    static List<Field> fields(String html, String formId) {
        List<Field> fields = new ArrayList<>();
        Element form = Jsoup.parse(html).getElementById(formId);
        if (form == null) {
            throw new AssertionError("No form " + formId + " on the page");
        }
        for (Element input : form.select("input, textarea")) {
            String type = input.tagName().equals("textarea") ? "textarea" : input.attr("type").isEmpty() ? "text" : input.attr("type");
            String name = input.attr("name");
            if (name.isEmpty() || input.hasAttr("disabled") || input.hasAttr("readonly") || !name.startsWith(formId + ":")
                    || !List.of("text", "textarea", "date", "email", "tel", "number").contains(type)) {
                continue;
            }
            if (input.parent() != null && input.parent().hasClass("ui-inputnumber")) {
                // PrimeFaces' number input clamps a value outside its range in decode, without a message
                throw new AssertionError(name + " is a p:inputNumber: use an HTML number input (p:inputText type=number)");
            }
            String max = input.attr("maxlength");
            String kind = type.equals("date") || type.equals("number") ? type : "text";
            fields.add(new Field(name, kind, max.matches("\\d+") ? Integer.parseInt(max) : 0));
        }
        return fields;
    }

    /** What the browser would send for {@code form} as the page shows it (buttons aside). */
    static Map<String, String> filledIn(String html, String formId) {
        Document page = Jsoup.parse(html);
        Element element = page.getElementById(formId);
        if (!(element instanceof FormElement form)) {
            throw new AssertionError("No form " + formId + " on the page");
        }
        Map<String, String> data = new LinkedHashMap<>();
        form.formData().forEach(pair -> data.putIfAbsent(pair.key(), pair.value()));
        return data;
    }

    /**
     * The text values whose fate a page can change on its own, whatever entity the form fills: what PrimeFaces' and
     * Mojarra's decoding, trimming and rendering do with markup, control characters, half a surrogate pair, blanks and
     * line breaks. The other text values (SQL, Unicode scripts, formulas ...) reach the same Bean Validation and columns
     * as through the REST corpus, which gives every one of them to every field.
     */
    static final Set<String> PAGE_SAMPLE = Set.of("script", "attribute-breaker", "textarea-close", "el-expression",
            "crlf-header", "rtl-override", "emoji-4-byte", "nul", "control-chars", "lone-surrogate", "only-spaces", "padded");

    /**
     * The values for one field: the corpus values of its kind ({@code full}) or of its kind in {@link #PAGE_SAMPLE}, and
     * for text one over its maxlength and 1 MiB.
     */
    static List<HostileCorpus.Value> valuesFor(Field field, List<HostileCorpus.Value> corpus, boolean full) {
        List<HostileCorpus.Value> values = new ArrayList<>();
        for (HostileCorpus.Value v : corpus) {
            if (v.kind().equals(field.kind()) && (full || !v.kind().equals("text") || PAGE_SAMPLE.contains(v.name()))) {
                values.add(v);
            }
        }
        if (field.kind().equals("text")) {
            if (field.maxLength() > 0 && field.maxLength() < MIB) {
                values.add(new HostileCorpus.Value("text", "max+1", "m".repeat(field.maxLength() + 1)));
            }
            values.add(new HostileCorpus.Value("text", "1MiB", "a".repeat(MIB)));
        }
        return values;
    }

    /**
     * Posts {@code value} into {@code field} of a fresh copy of the form and says what became of it: "refused: ...",
     * "stored ...", or "FAIL ..." with why.
     */
    /** The field's name in the record: its id in the form, without the form and PrimeFaces' suffixes. */
    static String key(Field field) {
        return field.name().substring(field.name().indexOf(':') + 1).replaceAll("_input$", "");
    }

    static String attempt(WebClient browser, WebClient admin, PageForm form, Field field, String value) {
        return attempt(browser, admin, form, field, value, new java.util.HashMap<>());
    }

    /**
     * {@code known}: what the previous attempts read back per form and field, so that a value stored after one post is
     * not read again before the next (nothing but these posts changes the records a form fills).
     */
    static String attempt(WebClient browser, WebClient admin, PageForm form, Field field, String value,
            Map<String, List<String>> known) {
        HttpResponse<String> view = form.open(browser);
        Map<String, String> fields = filledIn(view.body(), form.form());
        fields.putAll(form.valid());
        fields.put(field.name(), value);
        String key = key(field);
        String knownKey = form.name() + "|" + key;
        List<String> storedBefore = known.containsKey(knownKey) ? known.get(knownKey) : form.stored().apply(key);
        String rowsBefore = form.create() ? admin.getJson("test-support/rows").body() : null;
        HttpResponse<String> answer = browser.submitFrom(view, form.page(), form.form(), form.button(), fields);
        int status = answer.statusCode();
        String body = answer.body() == null ? "" : answer.body();
        lastAnswer.set(body);
        if (status >= 500) {
            return "FAIL " + status;
        }
        if (body.contains("\tat ") || body.contains(".java:") || body.contains("Exception:")) {
            return "FAIL stack trace in the answer";
        }
        // what the server received: a browser cannot send a lone surrogate in UTF-8 (it sends a replacement)
        String sent = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        List<String> storedAfter = form.stored().apply(key);
        known.put(knownKey, storedAfter);
        boolean written = !storedAfter.equals(storedBefore)
                || form.create() && !admin.getJson("test-support/rows").body().equals(rowsBefore);
        if (status >= 400) {
            return written ? "FAIL refused with " + status + " but written" : "refused by the server: " + status;
        }
        Document page = Jsoup.parse(body);
        List<Element> errors = page.select(".ui-message-error, .ui-messages-error, .ui-growl-item-container.ui-state-error");
        if (status == 200 && !errors.isEmpty()) {
            if (written) {
                return "FAIL refused with a message but written (" + storedBefore + " -> " + storedAfter + ")";
            }
            Element input = page.selectFirst("[name=" + cssEscape(field.name()) + "]");
            String shown = input == null ? null : input.tagName().equals("textarea") ? input.wholeText() : input.val();
            // the message is beside the field (p:message next to the input)
            boolean atField = input != null && input.parent() != null && !input.parent().select(".ui-message-error").isEmpty();
            // and the input itself marked invalid (outline, aria-invalid), whoever refused: converter, validator, service
            boolean marked = input != null && (input.hasClass("ui-state-error") || "true".equals(input.attr("aria-invalid")));
            if (atField && !marked) {
                return "FAIL refused at the field, but the input is not marked invalid (no outline, no aria-invalid)";
            }
            String where = atField ? "at the field" : "on the page";
            if (shown == null) {
                return "FAIL refused " + where + ", and the input is gone from the page";
            }
            shown = asParsed(shown);
            if (!asParsed(sent).equals(shown) && !asParsed(sent).strip().equals(shown)) {
                return "FAIL refused " + where + ", and the input on screen is not what was typed ("
                        + shown.substring(0, Math.min(60, shown.length())) + ")";
            }
            return "refused " + where + ", input kept";
        }
        // saved (a redirect, or the page again without an error)
        String lineFeeds = sent.replace("\r\n", "\n").replace('\r', '\n');
        String stored = storedAfter.stream().filter(s -> s != null && (s.equals(sent) || s.equals(sent.strip())
                || field.kind().equals("number") && sameNumber(s, sent))).findFirst().orElse(null);
        if (stored == null && !lineFeeds.equals(sent) && storedAfter.contains(lineFeeds)) {
            // a text area's line breaks are kept as line feeds (PrimeFaces does so for every browser)
            return "stored, line breaks as line feeds";
        }
        if (stored == null && sent.isBlank() && storedAfter.contains(null) && written) {
            return "stored empty (blank)";
        }
        if (stored == null && sent.isBlank() && !form.create() && storedAfter.equals(java.util.Collections.singletonList(null))) {
            return "stored empty (blank)";
        }
        if (stored == null) {
            String other = storedAfter.isEmpty() ? null : storedAfter.get(storedAfter.size() - 1);
            if (other != null && sent.startsWith(other) && other.length() < sent.length() && !sent.strip().equals(other)) {
                return "FAIL truncated to " + other.length() + " of " + sent.length();
            }
            return "FAIL saved without an error, but the stored value is not what was typed";
        }
        if (sent.contains("<")) {
            String shownPage = form.open(browser).body();
            if (shownPage.contains(sent)) {
                return "FAIL shown unescaped on " + form.page();
            }
            return (stored.equals(sent) ? "stored identical" : "stored trimmed") + ", escaped on the page";
        }
        return stored.equals(sent) || field.kind().equals("number") ? "stored identical" : "stored trimmed";
    }

    /**
     * Types {@code value} into the search box {@code field} of a list page and presses {@code button}: the search must
     * be refused with a message beside the box, or run; either way the box shows the text back as typed (escaped), and
     * never a 5xx or a stack trace. A search stores nothing, so there is nothing else to read back.
     */
    static String search(WebClient browser, String page, String form, String button, String field, String value) {
        HttpResponse<String> view = browser.get(page);
        Map<String, String> fields = filledIn(view.body(), form);
        fields.put(field, value);
        HttpResponse<String> answer = browser.submitFrom(view, page, form, button, fields);
        String location = answer.headers().firstValue("Location").orElse(null);
        if (answer.statusCode() / 100 == 3 && location != null) {
            answer = browser.get(location); // a search that shows its result at a bookmarkable address
        }
        String body = answer.body() == null ? "" : answer.body();
        lastAnswer.set(body);
        if (answer.statusCode() >= 500) {
            return "FAIL " + answer.statusCode();
        }
        if (body.contains("\tat ") || body.contains(".java:") || body.contains("Exception:")) {
            return "FAIL stack trace in the answer";
        }
        Document shownPage = Jsoup.parse(body);
        Element input = shownPage.selectFirst("[name=" + cssEscape(field) + "]");
        if (answer.statusCode() != 200 || input == null) {
            return "FAIL the search box is gone (" + answer.statusCode() + ")";
        }
        String sent = asParsed(new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        String shown = asParsed(input.val());
        if (!shown.equals(sent) && !shown.equals(sent.strip())) {
            return "FAIL the search box does not show what was typed (" + shown.substring(0, Math.min(60, shown.length())) + ")";
        }
        boolean refused = input.parent() != null && !input.parent().select(".ui-message-error").isEmpty();
        boolean marked = input.hasClass("ui-state-error") || "true".equals(input.attr("aria-invalid"));
        if (refused != marked) {
            return "FAIL refused " + (refused ? "at the box, but the box is not marked invalid" : "without a message");
        }
        return refused ? "refused at the box, input kept" : "searched, input shown back";
    }

    /** The error messages an answer shows, for the report. */
    static String messages(String html) {
        return Jsoup.parse(html).select(".ui-message-error, .ui-messages-error, .ui-growl-item-container.ui-state-error")
                .eachText().toString();
    }

    private static boolean sameNumber(String stored, String sent) {
        try {
            return new java.math.BigDecimal(stored).compareTo(new java.math.BigDecimal(sent.strip())) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Two users edit {@code field} of an update form from the same version: {@code other} saves first, then
     * {@code browser} saves from the page it loaded before. The second must be told who changed the record, keep its
     * input on screen, and change nothing.
     */
    static String conflict(WebClient browser, WebClient other, PageForm form, Field field, String mine, String theirs) {
        HttpResponse<String> myView = form.open(browser);
        HttpResponse<String> theirView = form.open(other);
        Map<String, String> theirFields = filledIn(theirView.body(), form.form());
        theirFields.putAll(form.valid());
        theirFields.put(field.name(), theirs);
        HttpResponse<String> first = other.submitFrom(theirView, form.page(), form.form(), form.button(), theirFields);
        String key = key(field);
        if (first.statusCode() >= 400 || !form.stored().apply(key).contains(theirs)) {
            return "FAIL the first save did not save (" + first.statusCode() + ")";
        }
        Map<String, String> myFields = filledIn(myView.body(), form.form());
        myFields.putAll(form.valid());
        myFields.put(field.name(), mine);
        HttpResponse<String> second = browser.submitFrom(myView, form.page(), form.form(), form.button(), myFields);
        if (second.statusCode() != 200) {
            return "FAIL the stale save answered " + second.statusCode();
        }
        Document page = Jsoup.parse(second.body());
        Element input = page.selectFirst("[name=" + cssEscape(field.name()) + "]");
        if (!form.stored().apply(key).contains(theirs)) {
            return "FAIL the stale save overwrote the first one";
        }
        if (!page.text().contains("changed this record")) {
            return "FAIL the stale save was not told of the other change";
        }
        if (input == null || !mine.equals(input.val())) {
            return "FAIL the stale save's input is gone from the screen";
        }
        return "told, input kept";
    }

    /**
     * The value as a page can show it back: line breaks normalised (the HTML parser does), and the control characters
     * HTML cannot carry (C0 but tab and line feed) left out, as the page writer leaves them out. Nobody types those.
     */
    private static String asParsed(String value) {
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        lines.chars().filter(c -> c >= 0x20 || c == '\t' || c == '\n').forEach(c -> out.append((char) c));
        return out.toString();
    }

    private static String cssEscape(String name) {
        return "\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
