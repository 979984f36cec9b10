package org.roguewatch.alert.sink;

/**
 * What a CAP message says about its origin.
 *
 * @param sender      CAP sender: the operator's or regulator's unique id, e.g. "roguewatch@noc.operator.example"
 * @param senderName  human name of the sender
 * @param status      Actual, Exercise, System, Test or Draft (a simulated demo is an Exercise)
 * @param restriction who may see a Restricted message (CAP scope Restricted)
 */
public record CapSettings(String sender, String senderName, String status, String restriction) {
    public static final java.util.Set<String> STATUSES = java.util.Set.of("Actual", "Exercise", "System", "Test",
            "Draft");
}
