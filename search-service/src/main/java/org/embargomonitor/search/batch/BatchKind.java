package org.embargomonitor.search.batch;

import org.embargomonitor.search.query.SearchParameters;

/** What each line of a batch is. */
public enum BatchKind {
    /** A serial or lot number, as in the mark parameter of a search. */
    MARK,
    /** A name of a person, group or place, searched as a phrase. */
    NAME,
    /** Text in the safe search syntax. */
    TEXT;

    SearchParameters parameters(String value) {
        SearchParameters p = new SearchParameters();
        switch (this) {
            case MARK -> p.mark = value;
            case NAME -> p.q = "\"" + value.replace("\"", " ").strip() + "\"";
            case TEXT -> p.q = value;
        }
        return p;
    }
}
