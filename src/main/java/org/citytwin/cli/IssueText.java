package org.citytwin.cli;

import org.citytwin.model.LoadIssue;
import org.citytwin.text.Texts;

/**
 * A load issue as one plain-text line in the current language: the severity word is translated, the message (written
 * by the reader, in English) is kept as it is. JSON keeps {@link LoadIssue#describe()}'s parts untranslated.
 */
final class IssueText {

    private IssueText() {
    }

    static String describe(LoadIssue issue) {
        String english = issue.describe();
        String severity = issue.severity().name();
        if (!english.startsWith(severity + " ")) return english;
        String word = switch (issue.severity()) {
            case ERROR -> Texts.get("inspect.severity.error");
            case WARNING -> Texts.get("inspect.severity.warning");
            case INFO -> Texts.get("inspect.severity.info");
        };
        return word + english.substring(severity.length());
    }
}
