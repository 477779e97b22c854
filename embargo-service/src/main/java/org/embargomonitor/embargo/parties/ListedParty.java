package org.embargomonitor.embargo.parties;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** One entry of the UN Security Council Consolidated List, as published. */
public record ListedParty(
        String reference,
        PartyKind kind,
        String listType,
        String name,
        String originalScriptName,
        LocalDate listedOn,
        List<Alias> aliases,
        List<String> nationalities,
        List<String> designations,
        List<String> datesOfBirth,
        List<String> addresses,
        String comments) {

    /** Another name the party is known by; quality "Good" or "Low" for individuals, "a.k.a." for entities. */
    public record Alias(String name, String quality) {
    }

    /** The names a matcher compares a possessor with: the listed name, its original script, the aliases. */
    public List<Alias> allNames() {
        List<Alias> names = new ArrayList<>();
        names.add(new Alias(name, "listed name"));
        if (originalScriptName != null) {
            names.add(new Alias(originalScriptName, "original script"));
        }
        names.addAll(aliases);
        return names;
    }

    /** The names of the fields that differ from the other entry, in declaration order. */
    public List<String> fieldsChangedFrom(ListedParty other) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent field : ListedParty.class.getRecordComponents()) {
            try {
                if (!Objects.equals(field.getAccessor().invoke(this), field.getAccessor().invoke(other))) {
                    changed.add(field.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return changed;
    }
}
