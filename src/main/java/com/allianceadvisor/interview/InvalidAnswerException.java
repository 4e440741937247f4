package com.allianceadvisor.interview;

/** An answer that the question does not allow; the message names the question and the allowed values. */
public final class InvalidAnswerException extends RuntimeException {
    public InvalidAnswerException(String message) {
        super(message);
    }
}
