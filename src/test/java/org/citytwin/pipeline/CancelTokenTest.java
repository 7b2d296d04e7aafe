package org.citytwin.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Locale;
import java.util.concurrent.CancellationException;
import org.citytwin.text.Texts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A cancelled token names the work it cancelled, in both languages; a load stays "Loading was cancelled". */
class CancelTokenTest {

    private final Locale before = Texts.locale();

    @AfterEach
    void restore() {
        Texts.setLocale(before);
    }

    private static String messageOf(CancelToken token) {
        token.cancel();
        Throwable thrown = catchThrowable(token::throwIfCancelled);
        assertThat(thrown).isInstanceOf(CancellationException.class);
        return thrown.getMessage();
    }

    @Test
    void eachWorkSaysWhatWasCancelled() {
        Texts.setLocale(Locale.ENGLISH);
        assertThat(messageOf(new CancelToken())).isEqualTo("Loading was cancelled");
        assertThat(messageOf(new CancelToken(CancelToken.Work.STUDY))).isEqualTo("The shadow study was cancelled");
        assertThat(messageOf(new CancelToken(CancelToken.Work.SHADOWS))).isEqualTo("Computing the cast shadows was cancelled");
        assertThat(messageOf(new CancelToken(CancelToken.Work.CLEARANCE))).isEqualTo("The clearance check was cancelled");
    }

    @Test
    void theMessagesAreInJapaneseToo() {
        Texts.setLocale(Locale.JAPANESE);
        assertThat(messageOf(new CancelToken(CancelToken.Work.STUDY))).isEqualTo("日影検討を取り消しました");
        for (CancelToken.Work work : CancelToken.Work.values()) {
            assertThat(new CancelToken(work).message()).as(work.name()).doesNotStartWith("cancel.");
        }
    }

    @Test
    void anUncancelledTokenDoesNotThrow() {
        new CancelToken(CancelToken.Work.STUDY).throwIfCancelled();
    }
}
