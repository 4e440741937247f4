package com.allianceadvisor.engine;

/**
 * A rule misbehaved (it threw, or the rules kept firing, or they ran past the time budget). The
 * consultation it happened in was stopped and its session disposed; everything else carries on.
 */
public final class RuleFaultException extends IllegalStateException {
    public RuleFaultException(String message) {
        super(message);
    }
}
