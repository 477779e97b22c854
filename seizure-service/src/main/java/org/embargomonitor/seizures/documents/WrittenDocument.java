package org.embargomonitor.seizures.documents;

/** A document written: its bytes, type, file name and how many photos it holds. */
public record WrittenDocument(byte[] bytes, String mediaType, String fileName, int photos) {
}
