package org.citytwin.ui.annotations;

import org.citytwin.text.Texts;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.scenario.Annotation;
import org.citytwin.scenario.Presentation;
import org.citytwin.scenario.Project;
import org.citytwin.ui.scenarios.ScenariosViewModel;

/**
 * The project's annotations as the list panel and the labels see them, and every change of them (add, edit text,
 * delete) as one undoable command of the {@link ScenariosViewModel}'s edit stack. The list follows the project, so
 * undo, redo and opening a project show at once.
 */
public final class AnnotationsViewModel {
    private final ScenariosViewModel scenarios;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObservableList<Annotation> view = FXCollections.unmodifiableObservableList(annotations);

    public AnnotationsViewModel(ScenariosViewModel scenarios) {
        this.scenarios = scenarios;
        scenarios.revisionProperty().addListener((o, a, b) -> refresh());
        refresh();
    }

    public ObservableList<Annotation> annotations() { return view; }

    public Optional<Annotation> find(String id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The author a new annotation proposes: the OS user name. */
    public static String defaultAuthor() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "" : user;
    }

    /** Now, to the second, as ISO-8601 (e.g. 2026-12-03T08:00:00Z). */
    public static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** Adds an annotation under a free id ("a1", "a2", ...); returns it, or null when refused. */
    public Annotation add(Annotation.Kind kind, double lat, double lon, double height, String objectId, String textJa,
                          String textEn, String author, int colour) {
        Annotation a = new Annotation(freeId(), kind, lat, lon, height, blankToNull(objectId), blankToNull(textJa),
                blankToNull(textEn), blankToNull(author), now(), colour & 0xFFFFFF);
        boolean ok = change(Texts.get("annotations.undo.add", label(a)), list -> {
            list.add(a);
            return list;
        });
        return ok ? a : null;
    }

    /** New texts, kind and colour for an annotation (its place, author and time stay). */
    public boolean edit(String id, Annotation.Kind kind, String textJa, String textEn, int colour) {
        return change(Texts.get("annotations.undo.edit", id), list -> {
            int i = indexOf(list, id);
            Annotation a = list.get(i);
            list.set(i, new Annotation(a.id(), kind, a.lat(), a.lon(), a.height(), a.objectId(), blankToNull(textJa),
                    blankToNull(textEn), a.author(), a.time(), colour & 0xFFFFFF));
            return list;
        });
    }

    public boolean delete(String id) {
        return change(Texts.get("annotations.undo.delete", id), list -> {
            list.remove(indexOf(list, id));
            return list;
        });
    }

    /** One line for the list: text (or Texts.get("annotations.row.noText")), then author and time. */
    public static String describe(Annotation a) {
        String text = a.text().isEmpty() ? Texts.get("annotations.row.noText") : a.text();
        String who = a.author() == null ? "" : a.author() + ", ";
        return String.format(Locale.ROOT, "%s\n%s · %s%s%s", text, Texts.get("annotations.row.kind", a.kind() == Annotation.Kind.PIN ? 1 : 0), who,
                shortTime(a.time()), a.objectId() == null ? "" : Texts.get("annotations.row.on", a.objectId()));
    }

    /** "2026-12-03T08:01:03Z" as "2026-12-03 08:01 UTC"; anything else as written. */
    static String shortTime(String iso) {
        if (iso == null) return "";
        return iso.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d(:\\d\\d(\\.\\d+)?)?Z")
                ? iso.substring(0, 10) + " " + iso.substring(11, 16) + " UTC" : iso;
    }

    private boolean change(String name, UnaryOperator<List<Annotation>> change) {
        return scenarios.change(name, p -> {
            Presentation pr = p.presentation();
            return p.withPresentation(pr.withAnnotations(change.apply(new ArrayList<>(pr.annotations()))));
        });
    }

    private static int indexOf(List<Annotation> list, String id) {
        for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(id)) return i;
        throw new IllegalArgumentException(Texts.get("annotations.missing", id));
    }

    private void refresh() {
        Project p = scenarios.project();
        List<Annotation> now = p.presentation().annotations();
        if (!now.equals(annotations)) annotations.setAll(now);
    }

    private String freeId() {
        int n = 1;
        for (Annotation a : scenarios.project().presentation().annotations()) {
            if (a.id().matches("a\\d+")) n = Math.max(n, Integer.parseInt(a.id().substring(1)) + 1);
        }
        return "a" + n;
    }

    private static String label(Annotation a) {
        String t = a.text();
        return t.isEmpty() ? a.id() : t.length() > 24 ? t.substring(0, 24) + "…" : t;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
