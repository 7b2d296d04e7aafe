package org.citytwin.cli;

import org.citytwin.model.LoadIssue;
import org.citytwin.text.Texts;

/**
 * A load issue as one plain-text line in the current language: the severity word and, where the reader wrote it
 * through a bundle, the message are translated. JSON keeps {@link LoadIssue#describe()}'s English parts.
 */
final class IssueText {

    private IssueText() {
    }

    static String describe(LoadIssue issue) {
        return issue.displayDescription();
    }
}
