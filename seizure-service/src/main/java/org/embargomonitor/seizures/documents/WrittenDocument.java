package org.embargomonitor.seizures.documents;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A document written: its bytes, type, file name and how many photos it holds. */
public record WrittenDocument(byte[] bytes, String mediaType, String fileName, int photos) {

    /** The Content-Disposition that saves a document under its name, whatever the characters in it. */
    public static String attachment(String fileName) {
        return "attachment; filename*=UTF-8''" + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
