package org.citytwin.ui.flows;

import org.citytwin.text.Texts;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.citytwin.flow.read.ColumnMapping;
import org.citytwin.flow.read.LabPlacement;
import org.citytwin.flow.read.LengthUnit;

/**
 * The choices of the "import delimited text" dialog: which columns hold id, time (or frame and rate) and
 * coordinates, and how they reach the scene (a CRS, or units and a placement). Guesses columns from the header
 * names, validates as the user types, and builds the {@link ColumnMapping}. Testable without a window; the
 * caller reads the file's first lines off the FX thread.
 */
public final class ColumnMappingViewModel {
    /** Delimiter choices as shown. */
    public static final List<String> DELIMITERS = List.of(",", ";", "tab", "spaces");

    private final StringProperty delimiter = new SimpleStringProperty(",");
    private final BooleanProperty header = new SimpleBooleanProperty(true);
    private final StringProperty id = new SimpleStringProperty("1");
    private final BooleanProperty useFrames = new SimpleBooleanProperty(false);
    private final StringProperty time = new SimpleStringProperty("2");
    private final ObjectProperty<ColumnMapping.TimeFormat> timeFormat =
            new SimpleObjectProperty<>(ColumnMapping.TimeFormat.DATE_TIME);
    private final StringProperty zone = new SimpleStringProperty("UTC");
    private final StringProperty fps = new SimpleStringProperty("25");
    private final StringProperty x = new SimpleStringProperty("3");
    private final StringProperty y = new SimpleStringProperty("4");
    private final StringProperty z = new SimpleStringProperty("");
    private final BooleanProperty georeferenced = new SimpleBooleanProperty(false);
    private final StringProperty crs = new SimpleStringProperty("urn:ogc:def:crs:OGC:1.3:CRS84");
    private final ObjectProperty<LengthUnit> units = new SimpleObjectProperty<>(LengthUnit.M);
    private final StringProperty placement = new SimpleStringProperty("0,0,0,1");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ObservableList<String> preview = FXCollections.observableArrayList();
    private final ObservableList<String> columns = FXCollections.observableArrayList();

    /** @param firstLines the file's first lines (a dozen is plenty) */
    public ColumnMappingViewModel(List<String> firstLines) {
        preview.setAll(firstLines);
        guessFromHeader();
        Observable[] inputs = {delimiter, header, id, useFrames, time, timeFormat, zone, fps, x, y, z, georeferenced,
            crs, units, placement};
        for (Observable o : inputs) o.addListener(e -> validate());
        delimiter.addListener(e -> guessFromHeader());
        validate();
    }

    /** Fills the column choices from the first line and picks likely columns by their names. */
    private void guessFromHeader() {
        String first = preview.stream().filter(l -> !l.isBlank() && !l.startsWith("#")).findFirst().orElse("");
        List<String> names = split(first);
        columns.setAll(names);
        boolean named = names.stream().anyMatch(n -> !n.isEmpty() && !n.matches("[-+0-9.eE:TZ ]+"));
        header.set(named);
        if (!named) return;
        for (String n : names) {
            String k = n.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
            switch (k) {
                case "id", "pid", "persid", "personid", "agent", "agentid", "mfidref", "trackid" -> id.set(n);
                case "time", "timestamp", "datetime", "date", "t" -> {
                    time.set(n);
                    useFrames.set(false);
                }
                case "frame", "frameno", "framenumber" -> {
                    time.set(n);
                    useFrames.set(true);
                }
                case "x", "lon", "lng", "longitude", "east", "easting" -> x.set(n);
                case "y", "lat", "latitude", "north", "northing" -> y.set(n);
                case "z", "h", "height", "elevation", "alt", "altitude" -> z.set(n);
                default -> {
                }
            }
            if (k.equals("lon") || k.equals("longitude") || k.equals("lat") || k.equals("latitude")) {
                georeferenced.set(true);
            }
        }
    }

    private List<String> split(String line) {
        String d = delimiter.get();
        String regex = switch (d) {
            case "tab" -> "\t";
            case "spaces" -> "[ \t]+";
            default -> java.util.regex.Pattern.quote(d);
        };
        return java.util.Arrays.stream(line.strip().split(regex)).map(s -> s.strip().replace("\"", "")).toList();
    }

    private void validate() {
        try {
            mapping();
            error.set("");
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
        }
    }

    /** The mapping, or empty with {@link #errorProperty()} saying why. */
    public Optional<ColumnMapping> build() {
        validate();
        return error.get().isEmpty() ? Optional.of(mapping()) : Optional.empty();
    }

    private ColumnMapping mapping() {
        ColumnMapping.Builder b = ColumnMapping.builder().delimiter(delimiterChar()).header(header.get())
                .id(required(id.get(), "id")).x(required(x.get(), "x")).y(required(y.get(), "y"));
        if (z.get() != null && !z.get().isBlank()) b.z(z.get().strip());
        if (useFrames.get()) {
            b.frame(required(time.get(), Texts.get("flowsui.columns.frame")), number(fps.get(), Texts.get("flowsui.columns.frameRate")));
        } else {
            b.time(required(time.get(), Texts.get("flowsui.columns.time")), timeFormat.get());
            try {
                b.zone(ZoneId.of(zone.get().strip()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(Texts.get("flowsui.columns.badZone", zone.get()), e);
            }
        }
        if (georeferenced.get()) {
            b.crs(required(crs.get(), Texts.get("flowsui.columns.crs")));
        } else {
            b.units(units.get()).placement(LabPlacement.parse(placement.get()));
        }
        return b.build();
    }

    private char delimiterChar() {
        return switch (delimiter.get()) {
            case "tab" -> '\t';
            case "spaces" -> '\0';
            default -> delimiter.get().isEmpty() ? ',' : delimiter.get().charAt(0);
        };
    }

    private static String required(String value, String what) {
        if (value == null || value.isBlank()) throw new IllegalArgumentException(Texts.get("flowsui.columns.choose", what));
        return value.strip();
    }

    private static double number(String value, String what) {
        try {
            return Double.parseDouble(value.strip());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(Texts.get("flowsui.columns.notNumber", what, value), e);
        }
    }

    public StringProperty delimiterProperty() {
        return delimiter;
    }

    public BooleanProperty headerProperty() {
        return header;
    }

    public StringProperty idProperty() {
        return id;
    }

    public BooleanProperty useFramesProperty() {
        return useFrames;
    }

    /** The time column, or the frame column when {@link #useFramesProperty()} is set. */
    public StringProperty timeProperty() {
        return time;
    }

    public ObjectProperty<ColumnMapping.TimeFormat> timeFormatProperty() {
        return timeFormat;
    }

    public StringProperty zoneProperty() {
        return zone;
    }

    public StringProperty fpsProperty() {
        return fps;
    }

    public StringProperty xProperty() {
        return x;
    }

    public StringProperty yProperty() {
        return y;
    }

    public StringProperty zProperty() {
        return z;
    }

    public BooleanProperty georeferencedProperty() {
        return georeferenced;
    }

    public StringProperty crsProperty() {
        return crs;
    }

    public ObjectProperty<LengthUnit> unitsProperty() {
        return units;
    }

    /** "x,y,rotationDeg,scale" or "x,y,z,rotationDeg,scale". */
    public StringProperty placementProperty() {
        return placement;
    }

    /** Empty when the choices make a valid mapping, else what is wrong. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The file's first lines, for the preview. */
    public ObservableList<String> preview() {
        return preview;
    }

    /** Column names (or first-row values) to choose from. */
    public ObservableList<String> columns() {
        return columns;
    }
}
