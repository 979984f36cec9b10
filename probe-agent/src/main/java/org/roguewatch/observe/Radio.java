package org.roguewatch.observe;

/** The radio access technology of a cell. */
public enum Radio { GSM, LTE }
