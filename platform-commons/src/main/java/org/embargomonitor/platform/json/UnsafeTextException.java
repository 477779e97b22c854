package org.embargomonitor.platform.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/** A JSON string that breaks the rule of {@link org.embargomonitor.platform.SafeText}; its path names the field. */
public class UnsafeTextException extends MismatchedInputException {

    private static final long serialVersionUID = 1L;
    private final String reason;

    UnsafeTextException(JsonParser parser, String reason) {
        super(parser, reason, String.class);
        this.reason = reason;
    }

    /** What is wrong, in words for the client, without the text itself. */
    public String reason() {
        return reason;
    }
}
