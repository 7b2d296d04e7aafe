package org.citytwin.model;

/** How bad a load issue is: ERROR means something the file holds could not be shown. */
public enum Severity {
    ERROR, WARNING, INFO
}
