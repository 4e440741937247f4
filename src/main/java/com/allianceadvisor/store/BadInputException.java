package com.allianceadvisor.store;

/** Input that cannot be used: the message is one line naming the file, the field and what is allowed. */
public final class BadInputException extends RuntimeException {
    public BadInputException(String message) {
        super(com.allianceadvisor.knowledge.Echo.line(message));
    }
}
