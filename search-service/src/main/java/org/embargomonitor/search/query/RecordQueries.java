package org.embargomonitor.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.embargomonitor.platform.MarkNormaliser;
import org.embargomonitor.platform.problem.AskedPeriod;
import org.embargomonitor.platform.problem.ProblemException;
import org.embargomonitor.platform.security.ReadScope;
import org.embargomonitor.search.evidence.IndexedDocument;
import org.embargomonitor.search.findings.IndexedFinding;
import org.opensearch.client.json.JsonData;
import org.opensearch.client.opensearch._types.FieldValue;
import org.opensearch.client.opensearch._types.query_dsl.ChildScoreMode;
import org.opensearch.client.opensearch._types.query_dsl.Operator;
import org.opensearch.client.opensearch._types.query_dsl.Query;
import org.opensearch.client.opensearch._types.query_dsl.SimpleQueryStringFlag;

/**
 * Builds the OpenSearch query of a search from its parameters: text in the safe simple-query-string syntax (never
 * raw query DSL), marks, filters and, always, the caller's read scope, so that nothing outside it is counted.
 */
public final class RecordQueries {

    /** Name of the inner hits that carry the matching evidence documents of a record. */
    static final String DOCUMENTS = "documents";
    static final int DOCUMENTS_PER_RECORD = 3;
    private static final List<String> RECORD_FIELDS = List.of("reference.text^3", "narrative", "narrative.en", "narrative.fr",
            "narrative.ar", "placeName^2", "possessor", "items.make", "items.model", "items.manufacturer");
    static final List<String> DOCUMENT_TEXT = List.of("text", "text.en", "text.fr", "text.ar");
    private static final List<String> DOCUMENT_FIELDS = List.of("text", "text.en", "text.fr", "text.ar", "fileName^2", "description");
    private static final List<String> FINDING_FIELDS = List.of("explanation", "explanation.en", "citation");
    /** Shortest normalised mark searched by its parts (trigrams) as well as whole. */
    private static final int PARTIAL_MARK_LENGTH = 3;

    private RecordQueries() {
    }

    /**
     * The whole query. {@code withChildren} adds evidence documents and findings (text, filters); a query stored for
     * percolation cannot hold them. {@code findingsVisible} is false for callers who may not read findings.
     */
    public static Query of(SearchParameters p, ReadScope scope, boolean withChildren, boolean findingsVisible) {
        if (blank(p.q) && blank(p.mark) && !p.hasFilters()) {
            throw ProblemException.invalid("q", "give text to look for (q), a serial or lot number (mark), or a filter");
        }
        if (!findingsVisible && (present(p.regime) || present(p.findingStatus))) {
            throw ProblemException.forbidden("Filters on findings (regime, findingStatus) are for panels of experts and admins.");
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(isRecord());
            if (!blank(p.q)) {
                b.must(withChildren ? textWithChildren(p.q, findingsVisible) : simpleQuery(p.q, RECORD_FIELDS));
            }
            if (!blank(p.mark)) {
                b.must(markQuery(p.mark));
            }
            b.filter(scopeFilter(scope));
            filters(p).forEach(b::filter);
            if (withChildren && (present(p.regime) || present(p.findingStatus))) {
                b.filter(findingFilter(p));
            }
            return b;
        }));
    }

    private static Query textWithChildren(String text, boolean findingsVisible) {
        return Query.of(q -> q.bool(b -> {
            b.minimumShouldMatch("1").should(simpleQuery(text, RECORD_FIELDS))
                    .should(s -> s.hasChild(h -> h.type(IndexedDocument.RELATION).scoreMode(ChildScoreMode.Max)
                            .query(simpleQuery(text, DOCUMENT_FIELDS))
                            .innerHits(i -> i.name(DOCUMENTS).size(DOCUMENTS_PER_RECORD)
                                    .source(src -> src.filter(sf -> sf.includes("fileName", "mediaType", "extraction")))
                                    .highlight(hl -> {
                                        DOCUMENT_TEXT.forEach(field -> hl.fields(field, f -> f.numberOfFragments(2).fragmentSize(160)));
                                        return hl;
                                    }))));
            if (findingsVisible) {
                b.should(s -> s.hasChild(h -> h.type(IndexedFinding.RELATION).scoreMode(ChildScoreMode.Max)
                        .query(simpleQuery(text, FINDING_FIELDS))));
            }
            return b;
        }));
    }

    private static Query findingFilter(SearchParameters p) {
        return Query.of(q -> q.hasChild(h -> h.type(IndexedFinding.RELATION).scoreMode(ChildScoreMode.None).query(fq -> fq.bool(b -> {
            terms(p.regime, "regimeCode").ifPresent(b::filter);
            terms(p.findingStatus, "status").ifPresent(b::filter);
            return b;
        }))));
    }

    /** Records only, not their documents or findings. */
    public static Query isRecord() {
        return Query.of(q -> q.term(t -> t.field("relation").value(FieldValue.of(IndexedRecord.RELATION))));
    }

    static Query simpleQuery(String text, List<String> fields) {
        return Query.of(q -> q.simpleQueryString(sq -> sq.query(text).fields(fields).defaultOperator(Operator.And)
                .flags(f -> f.multiple(safeSyntax()))));
    }

    /**
     * A serial or lot number: exact on the normalised form, one misread character tolerated, the readable part of a
     * partly obliterated mark found among longer ones, and ? or * for characters that cannot be read.
     */
    static Query markQuery(String mark) {
        if (mark.contains("?") || mark.contains("*")) {
            String pattern = wildcardPattern(mark);
            if (pattern.replaceAll("[?*]", "").isEmpty()) {
                throw ProblemException.invalid("mark", "needs at least one readable letter or digit");
            }
            return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                    .should(s -> s.wildcard(w -> w.field("items.serialNumberNormalised").value(pattern)))
                    .should(s -> s.wildcard(w -> w.field("items.lotNumberNormalised").value(pattern)))));
        }
        String normalised = MarkNormaliser.normalise(mark);
        if (normalised == null) {
            throw ProblemException.invalid("mark", "has no letters or digits");
        }
        return Query.of(q -> q.bool(b -> {
            b.minimumShouldMatch("1")
                    .should(s -> s.term(t -> t.field("items.serialNumberNormalised").value(FieldValue.of(normalised)).boost(3f)))
                    .should(s -> s.term(t -> t.field("items.lotNumberNormalised").value(FieldValue.of(normalised)).boost(3f)))
                    .should(s -> s.fuzzy(f -> f.field("items.serialNumberNormalised").value(FieldValue.of(normalised)).fuzziness("1")))
                    .should(s -> s.fuzzy(f -> f.field("items.lotNumberNormalised").value(FieldValue.of(normalised)).fuzziness("1")));
            if (normalised.length() >= PARTIAL_MARK_LENGTH) {
                b.should(s -> s.match(m -> m.field("items.serialNumberNormalised.trigrams").query(FieldValue.of(normalised))
                        .operator(Operator.And).boost(0.5f)))
                        .should(s -> s.match(m -> m.field("items.lotNumberNormalised.trigrams").query(FieldValue.of(normalised))
                                .operator(Operator.And).boost(0.5f)));
            }
            return b;
        }));
    }

    private static String wildcardPattern(String mark) {
        StringBuilder pattern = new StringBuilder();
        for (String part : mark.split("(?<=[?*])|(?=[?*])")) {
            if (part.equals("?") || part.equals("*")) {
                pattern.append(part);
            } else {
                String normalised = MarkNormaliser.normalise(part);
                pattern.append(normalised == null ? "" : normalised);
            }
        }
        return pattern.toString();
    }

    public static Query scopeFilter(ReadScope scope) {
        if (scope.everything()) {
            return Query.of(q -> q.matchAll(m -> m));
        }
        if (scope.isEmpty()) {
            return Query.of(q -> q.matchNone(m -> m));
        }
        return Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                .should(s -> s.terms(t -> t.field("operation").terms(v -> v.value(values(scope.operations())))))
                .should(s -> s.terms(t -> t.field("countryCode").terms(v -> v.value(values(scope.countries())))))));
    }

    private static List<Query> filters(SearchParameters p) {
        List<Query> filters = new ArrayList<>();
        terms(p.countries, "countryCode").ifPresent(filters::add);
        terms(p.operations, "operation").ifPresent(filters::add);
        terms(p.categories, "items.category").ifPresent(filters::add);
        terms(p.calibres, "items.calibre").ifPresent(filters::add);
        terms(p.manufacturers, "items.manufacturer.keyword").ifPresent(filters::add);
        terms(p.circumstances, "circumstance").ifPresent(filters::add);
        terms(p.markingStates, "items.markingState").ifPresent(filters::add);
        AskedPeriod.check(p.from, p.to);
        if (p.from != null || p.to != null) {
            filters.add(Query.of(q -> q.range(r -> {
                r.field("occurredAt");
                if (p.from != null) {
                    r.gte(JsonData.of(p.from.toString()));
                }
                if (p.to != null) {
                    r.lt(JsonData.of(p.to.plusDays(1).toString()));
                }
                return r;
            })));
        }
        if (p.hasBox()) {
            if (p.north == null || p.south == null || p.east == null || p.west == null) {
                throw ProblemException.invalid("north", "a map box needs north, south, east and west");
            }
            if (p.north < p.south) {
                throw ProblemException.invalid("south", "must not be north of north: the box would hold nothing");
            }
            filters.add(Query.of(q -> q.geoBoundingBox(g -> g.field("location").boundingBox(bb -> bb.tlbr(t -> t
                    .topLeft(tl -> tl.latlon(ll -> ll.lat(p.north).lon(p.west)))
                    .bottomRight(br -> br.latlon(ll -> ll.lat(p.south).lon(p.east))))))));
        }
        return filters;
    }

    private static Optional<Query> terms(List<String> values, String field) {
        if (!present(values)) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(values(Set.copyOf(values)))))));
    }

    private static String safeSyntax() {
        return String.join("|", List.of(SimpleQueryStringFlag.And, SimpleQueryStringFlag.Or, SimpleQueryStringFlag.Not,
                SimpleQueryStringFlag.Phrase, SimpleQueryStringFlag.Prefix, SimpleQueryStringFlag.Precedence,
                SimpleQueryStringFlag.Whitespace).stream().map(SimpleQueryStringFlag::jsonValue).toList());
    }

    private static List<FieldValue> values(Set<String> values) {
        return values.stream().map(FieldValue::of).toList();
    }

    private static boolean present(List<String> values) {
        return values != null && !values.isEmpty();
    }

    static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
