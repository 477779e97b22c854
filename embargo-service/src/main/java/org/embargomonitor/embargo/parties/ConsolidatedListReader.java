package org.embargomonitor.embargo.parties;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the UN Security Council Consolidated List XML ({@code CONSOLIDATED_LIST} with {@code INDIVIDUALS} and
 * {@code ENTITIES}, schema sc-sanctions.xsd) entry by entry, without holding the document in memory. DTDs and
 * external entities are refused.
 */
public final class ConsolidatedListReader {

    private static final String ROOT = "CONSOLIDATED_LIST";
    private static final Set<String> ENTRIES = Set.of("INDIVIDUAL", "ENTITY");
    /** Elements holding a list of VALUE children. */
    private static final Set<String> VALUE_LISTS = Set.of("DESIGNATION", "NATIONALITY", "TITLE", "LIST_TYPE", "LAST_DAY_UPDATED");
    private static final XMLInputFactory FACTORY = secureFactory();

    private ConsolidatedListReader() {
    }

    /** Why a file is not a Consolidated List, with where it went wrong. */
    public static final class UnreadableListException extends Exception {
        UnreadableListException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Reads the whole list, handing each entry over as it is read; answers when the list was generated. */
    public static OffsetDateTime read(InputStream xml, Consumer<ListedParty> entries) throws UnreadableListException {
        XMLStreamReader reader = null;
        try {
            reader = FACTORY.createXMLStreamReader(xml);
            OffsetDateTime generated = null;
            Entry entry = null;
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String tag = reader.getLocalName();
                    if (generated == null) {
                        generated = generatedOf(reader, tag);
                    } else if (entry == null && ENTRIES.contains(tag)) {
                        entry = new Entry(tag, reader.getLocation().getLineNumber());
                    } else if (entry != null) {
                        entry.open(tag);
                    }
                } else if (entry != null && (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA)) {
                    entry.text.append(reader.getText());
                } else if (entry != null && event == XMLStreamConstants.END_ELEMENT) {
                    if (entry.path.isEmpty()) {
                        entries.accept(entry.toParty());
                        entry = null;
                    } else {
                        entry.close();
                    }
                }
            }
            if (generated == null) {
                throw new UnreadableListException("The file is empty.", null);
            }
            return generated;
        } catch (IllegalArgumentException e) {
            throw new UnreadableListException(e.getMessage(), e);
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNumber() + ", column "
                    + e.getLocation().getColumnNumber() + ")";
            throw new UnreadableListException("The file is not well-formed XML" + where + ": " + firstLine(e.getMessage()), e);
        } finally {
            if (reader != null) {
                try {
                    reader.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by its owner
                }
            }
        }
    }

    private static OffsetDateTime generatedOf(XMLStreamReader reader, String tag) throws UnreadableListException {
        if (!ROOT.equals(tag)) {
            throw new UnreadableListException("The file is not a UN Consolidated List: its root element is " + tag
                    + ", not " + ROOT + ".", null);
        }
        String value = reader.getAttributeValue(null, "dateGenerated");
        if (value == null) {
            throw new UnreadableListException("The list has no dateGenerated attribute.", null);
        }
        try {
            return OffsetDateTime.parse(value);
        } catch (DateTimeParseException e) {
            throw new UnreadableListException("The list's dateGenerated is not a date and time: " + value, e);
        }
    }

    private static String firstLine(String message) {
        String text = Objects.toString(message, "");
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]", "").strip();
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** The fields of one entry collected while it streams by. */
    private static final class Entry {
        final String kind;
        final int line;
        final Deque<String> path = new ArrayDeque<>();
        final Map<String, String> fields = new LinkedHashMap<>();
        final Map<String, List<String>> values = new LinkedHashMap<>();
        final Map<String, List<Map<String, String>>> groups = new LinkedHashMap<>();
        Map<String, String> group;
        StringBuilder text = new StringBuilder();

        Entry(String kind, int line) {
            this.kind = kind;
            this.line = line;
        }

        void open(String tag) {
            if (path.size() == 1 && !VALUE_LISTS.contains(path.peek())) {
                group = group == null ? new LinkedHashMap<>() : group;
            }
            path.push(tag);
            text = new StringBuilder();
        }

        void close() {
            String tag = path.pop();
            String value = clean(text.toString());
            text = new StringBuilder();
            if (path.isEmpty()) {
                if (group != null) {
                    groups.computeIfAbsent(tag, t -> new ArrayList<>()).add(group);
                    group = null;
                } else if (value != null) {
                    fields.put(tag, value);
                }
            } else if (path.size() == 1 && VALUE_LISTS.contains(path.peek())) {
                if (value != null) {
                    values.computeIfAbsent(path.peek(), t -> new ArrayList<>()).add(value);
                }
            } else if (group != null && value != null) {
                group.put(tag, value);
            }
        }

        ListedParty toParty() {
            String reference = fields.get("REFERENCE_NUMBER");
            if (reference == null) {
                throw new IllegalArgumentException("The " + kind + " at line " + line + " has no REFERENCE_NUMBER.");
            }
            String name = Stream.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME").map(fields::get)
                    .filter(Objects::nonNull).collect(Collectors.joining(" "));
            String prefix = kind;
            List<ListedParty.Alias> aliases = group(prefix + "_ALIAS").stream()
                    .filter(alias -> alias.get("ALIAS_NAME") != null)
                    .map(alias -> new ListedParty.Alias(alias.get("ALIAS_NAME"), alias.get("QUALITY"))).toList();
            return new ListedParty(reference, PartyKind.valueOf(kind), fields.get("UN_LIST_TYPE"), name,
                    fields.get("NAME_ORIGINAL_SCRIPT"), date(fields.get("LISTED_ON"), reference),
                    aliases, values.getOrDefault("NATIONALITY", List.of()), values.getOrDefault("DESIGNATION", List.of()),
                    group(prefix + "_DATE_OF_BIRTH").stream().map(Entry::joined).filter(Objects::nonNull).toList(),
                    group(prefix + "_ADDRESS").stream().map(Entry::joined).filter(Objects::nonNull).toList(),
                    fields.get("COMMENTS1"));
        }

        private List<Map<String, String>> group(String tag) {
            return groups.getOrDefault(tag, List.of());
        }

        private static String joined(Map<String, String> parts) {
            String text = String.join(", ", parts.values());
            return text.isBlank() ? null : text;
        }

        /** An xs:date, which may carry an offset ("2015-03-27-04:00"). */
        private static LocalDate date(String value, String reference) {
            if (value == null) {
                return null;
            }
            try {
                return LocalDate.parse(value, DateTimeFormatter.ISO_DATE);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Entry " + reference + " has a LISTED_ON that is not a date: " + value, e);
            }
        }

        private static String clean(String raw) {
            String value = raw.replaceAll("\\s+", " ").strip();
            return value.isEmpty() ? null : value;
        }
    }
}
