package org.citytwin.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a project keeps for presenting: its viewpoints, tours and annotations. Immutable. */
public record Presentation(List<Viewpoint> viewpoints, List<Tour> tours, List<Annotation> annotations) {

    public static final Presentation EMPTY = new Presentation(List.of(), List.of(), List.of());

    public Presentation {
        viewpoints = List.copyOf(viewpoints);
        tours = List.copyOf(tours);
        annotations = List.copyOf(annotations);
        if (viewpoints.stream().map(Viewpoint::name).distinct().count() != viewpoints.size()) {
            throw new IllegalArgumentException("Two viewpoints have the same name");
        }
        for (Tour t : tours) {
            for (Tour.Stop s : t.stops()) {
                if (viewpoints.stream().noneMatch(v -> v.name().equals(s.viewpoint()))) {
                    throw new IllegalArgumentException("Tour '" + t.name() + "' stops at '" + s.viewpoint()
                            + "', which is not a viewpoint of the project");
                }
            }
        }
    }

    public Optional<Viewpoint> viewpoint(String name) {
        return viewpoints.stream().filter(v -> v.name().equals(name)).findFirst();
    }

    /** The viewpoint added, or replacing the one of the same name (in its place). */
    public Presentation withViewpoint(Viewpoint viewpoint) {
        List<Viewpoint> next = new ArrayList<>(viewpoints);
        int i = next.stream().map(Viewpoint::name).toList().indexOf(viewpoint.name());
        if (i >= 0) next.set(i, viewpoint);
        else next.add(viewpoint);
        return new Presentation(next, tours, annotations);
    }

    /** The first stored tour, else one over every viewpoint in order. */
    public Tour tour() {
        return tours.isEmpty() ? Tour.ofAll(viewpoints) : tours.get(0);
    }

    public Presentation withTours(List<Tour> newTours) {
        return new Presentation(viewpoints, newTours, annotations);
    }

    public Presentation withAnnotations(List<Annotation> newAnnotations) {
        return new Presentation(viewpoints, tours, newAnnotations);
    }

    public Presentation withViewpoints(List<Viewpoint> newViewpoints) {
        return new Presentation(newViewpoints, tours, annotations);
    }
}
