package org.citytwin.cli;

import java.util.List;
import org.citytwin.model.CityObject;
import org.citytwin.pipeline.LoadResult;
import org.citytwin.query.AttributeLookup;
import org.citytwin.thematic.ClassBreaks;
import org.citytwin.thematic.ThematicRule;

/** Picks the thematic rule for {@code --colour-by}: a PLATEAU preset by name, else numeric or categorical by the data. */
final class ThematicRules {

    private ThematicRules() {
    }

    static ThematicRule forAttribute(String attribute, LoadResult result) {
        for (ThematicRule preset : List.of(ThematicRule.MEASURED_HEIGHT, ThematicRule.STOREYS, ThematicRule.USAGE,
                ThematicRule.YEAR, ThematicRule.FLOOD_RANK)) {
            if (preset.attribute().equalsIgnoreCase(attribute)) return preset;
        }
        int numbers = 0;
        int values = 0;
        for (var file : result.files()) {
            for (CityObject o : file.objects()) {
                List<AttributeLookup.Value> vs = AttributeLookup.values(o, attribute);
                if (vs.isEmpty()) continue;
                values++;
                if (AttributeLookup.number(o, attribute).isPresent()) numbers++;
            }
        }
        return values > 0 && numbers == values ? ThematicRule.numeric(attribute, attribute, 6, ClassBreaks.EQUAL_INTERVAL)
                : ThematicRule.categorical(attribute, attribute);
    }
}
