package org.citytwin.cli;

import org.citytwin.pipeline.LoadResult;
import org.citytwin.thematic.ThematicRule;

/** Picks the thematic rule for {@code --colour-by} over everything loaded: see {@link ThematicRule#forAttribute}. */
final class ThematicRules {

    private ThematicRules() {
    }

    static ThematicRule forAttribute(String attribute, LoadResult result) {
        return ThematicRule.forAttribute(attribute, result.files().stream().flatMap(f -> f.objects().stream()).toList());
    }
}
