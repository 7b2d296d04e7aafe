package org.citytwin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.citytwin.text.Texts;
import org.citytwin.ui.help.AboutDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Help → About credits the data with the very lines the CLI stamps on images and reports, in both languages. */
class AboutAttributionTest {

    @AfterEach
    void english() {
        Texts.setLocale(Locale.ENGLISH);
    }

    @Test
    void aboutCarriesEveryAttributionLineOfTheCli() {
        for (Locale language : new Locale[] {Locale.ENGLISH, Locale.JAPANESE}) {
            Texts.setLocale(language);
            String about = String.join("\n", AboutDialog.dataLines());
            assertThat(about).as(language.toString()).contains(DataAttribution.PLATEAU, DataAttribution.NANAIMO,
                    DataAttribution.OSM);
        }
    }
}
