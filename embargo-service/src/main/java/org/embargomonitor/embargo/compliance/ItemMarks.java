package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.regime.VersionInForce;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

/** Item marks of evaluated seizures: which other items share a lot, or have serials close to an item's. */
@ApplicationScoped
public class ItemMarks implements PanacheRepositoryBase<ItemMark, UUID> {

    /** The advisory-lock space of item marks ("MARK"). */
    private static final int MARK_LOCKS = 0x4d41524b;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,18})$");
    private final ComplianceConfig config;

    ItemMarks(ComplianceConfig config) {
        this.config = config;
    }

    /**
     * Items of other seizures linked to each item of this one, by item id, at most {@code links-per-item} each way:
     * read in one query however many items the seizure has, after one statement taking the marks' locks.
     */
    public Uni<Map<UUID, List<RelatedItem>>> relatedTo(SeizureFacts seizure) {
        LinkQuery links = LinkQuery.of(seizure, config);
        return lock(links.lockKeys()).chain(() -> links.isEmpty() ? Uni.createFrom().item(List.<Object[]>of())
                : getSession().chain(session -> {
                    Mutiny.SelectionQuery<Object[]> query = session.createSelectionQuery(links.hql(), Object[].class);
                    links.parameters().forEach(query::setParameter);
                    return query.getResultList();
                })).map(links::relatedOfItems);
    }

    /**
     * Holds until the commit the locks of a seizure's marks (a lot; a make, model and serial prefix), taken in one
     * order and in one statement: of two records sharing a mark and checked at the same moment, the second waits for
     * the first and sees its marks, so the link is made whichever comes first. Sent as a statement run for its effect:
     * Hibernate never finds a native select's plan again, and each one sent grows its plan cache
     * ({@code NativeQueryPlansTest}).
     */
    private Uni<Void> lock(Set<Integer> keys) {
        if (keys.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        // PostgreSQL evaluates a select list from left to right: the locks are taken in the keys' order
        StringBuilder sql = new StringBuilder("select ");
        for (int position = 2; position < keys.size() + 2; position++) {
            sql.append(position == 2 ? "" : ", ").append("pg_advisory_xact_lock(?1, ?").append(position).append(')');
        }
        return getSession().chain(session -> {
            Mutiny.MutationQuery statement = session.createNativeQuery(sql.toString()).setParameter(1, MARK_LOCKS);
            int position = 2;
            for (int key : keys) {
                statement.setParameter(position++, key);
            }
            return statement.executeUpdate();
        }).replaceWithVoid();
    }

    /**
     * The links of a seizure's items as one query: a part per distinct lot and per serial, each with its own limit,
     * numbered so that the rows go back to the items that asked; and the locks of the marks it reads, in their order.
     */
    record LinkQuery(String hql, Map<String, Object> parameters, Set<Integer> lockKeys, Map<UUID, Integer> lotPartOfItem,
            Map<UUID, Integer> serialPartOfItem, SeizureFacts seizure) {

        /** Linked items under an embargo first, then the earliest, so that a capped list still shows why a link matters. */
        private static final String UNDER_EMBARGO_FIRST = " order by m.embargoRegime nulls last, m.seizedOn, m.itemId limit :links)";

        static LinkQuery of(SeizureFacts seizure, ComplianceConfig config) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            Set<Integer> lockKeys = new TreeSet<>();
            Map<String, Integer> partOfLot = new HashMap<>();
            Map<UUID, Integer> lotPartOfItem = new HashMap<>();
            Map<UUID, Integer> serialPartOfItem = new HashMap<>();
            for (SeizureFacts.Item item : seizure.items()) {
                ItemMark mark = markOf(seizure, item, null);
                if (mark.lotNormalised != null) {
                    lockKeys.add(("lot|" + mark.lotNormalised).hashCode());
                    lotPartOfItem.put(item.id(), partOfLot.computeIfAbsent(mark.lotNormalised, lot -> {
                        int part = parts.size();
                        parts.add(select(part) + "m.lotNormalised = :lot" + part + UNDER_EMBARGO_FIRST);
                        parameters.put("lot" + part, lot);
                        return part;
                    }));
                }
                if (mark.serialNumber != null && mark.makeModel != null) {
                    lockKeys.add(("serial|" + mark.makeModel + "|" + mark.serialPrefix).hashCode());
                    int part = parts.size();
                    parts.add(select(part) + "m.makeModel = :model" + part + " and m.serialPrefix = :prefix" + part
                            + " and m.serialNumber between :lowest" + part + " and :highest" + part + UNDER_EMBARGO_FIRST);
                    parameters.putAll(Map.of("model" + part, mark.makeModel, "prefix" + part, mark.serialPrefix,
                            "lowest" + part, mark.serialNumber - config.serialRange(), "highest" + part, mark.serialNumber + config.serialRange()));
                    serialPartOfItem.put(item.id(), part);
                }
            }
            if (!parts.isEmpty()) {
                parameters.put("seizure", seizure.id());
                parameters.put("links", config.linksPerItem());
            }
            // each part's rows come in its order, which grouping them by part keeps
            String hql = String.join(" union all ", parts);
            return new LinkQuery(hql, parameters, lockKeys, lotPartOfItem, serialPartOfItem, seizure);
        }

        private static String select(int part) {
            return "(select " + part + ", m.itemId, m.seizureId, m.seizureReference, m.countryCode, m.seizedOn, "
                    + "m.serialPrefix, m.serialNumber, m.embargoRegime, m.embargoVersionId, m.embargoCitation "
                    + "from ItemMark m where m.seizureId <> :seizure and ";
        }

        boolean isEmpty() {
            return hql.isEmpty();
        }

        /** The rows read, as each item's related items: same lot first, then close serials. */
        Map<UUID, List<RelatedItem>> relatedOfItems(List<Object[]> rows) {
            Map<Integer, List<Object[]>> rowsOfPart = new HashMap<>();
            rows.forEach(row -> rowsOfPart.computeIfAbsent(((Number) row[0]).intValue(), part -> new ArrayList<>()).add(row));
            Map<UUID, List<RelatedItem>> related = new LinkedHashMap<>();
            for (SeizureFacts.Item item : seizure.items()) {
                List<RelatedItem> ofItem = new ArrayList<>();
                Integer lots = lotPartOfItem.get(item.id());
                if (lots != null) {
                    rowsOfPart.getOrDefault(lots, List.of()).forEach(row -> ofItem.add(related(row, RelatedItem.Link.SAME_LOT,
                            "lot " + item.lotNumber())));
                }
                Integer serials = serialPartOfItem.get(item.id());
                if (serials != null) {
                    String makeModel = String.join(" ", Stream.of(item.make(), item.model()).filter(Objects::nonNull).toList());
                    rowsOfPart.getOrDefault(serials, List.of()).forEach(row -> ofItem.add(related(row, RelatedItem.Link.CLOSE_SERIALS,
                            row[6] + "" + row[7] + " (" + makeModel + ")")));
                }
                related.put(item.id(), List.copyOf(ofItem));
            }
            return related;
        }

        private static RelatedItem related(Object[] row, RelatedItem.Link link, String detail) {
            return new RelatedItem((UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], (LocalDate) row[5], link, detail,
                    (String) row[8], (UUID) row[9], (String) row[10]);
        }
    }

    /** Replaces the marks of the seizure's items with those of this evaluation, each in its supply chain. */
    public Uni<Void> store(SeizureFacts seizure, Map<UUID, VersionInForce> embargoOfItem, Map<UUID, UUID> chainOfItem) {
        List<ItemMark> marks = seizure.items().stream().map(item -> markOf(seizure, item, embargoOfItem.get(item.id()))).toList();
        marks.forEach(mark -> mark.chainId = chainOfItem.get(mark.itemId));
        Uni<Void> replaced = delete("seizureId", seizure.id()).chain(() -> getSession()).chain(session -> session.flush());
        return marks.isEmpty() ? replaced : replaced.chain(() -> persist(marks));
    }

    static ItemMark markOf(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce embargo) {
        ItemMark mark = new ItemMark();
        mark.itemId = item.id();
        mark.seizureId = seizure.id();
        mark.seizureReference = seizure.reference();
        mark.countryCode = seizure.countryCode();
        mark.seizedOn = seizure.date();
        mark.makeModel = item.model() == null ? null : key(item.make()) + "|" + key(item.model());
        mark.lotNormalised = item.lotNumberNormalised();
        mark.lotAsRead = item.lotNumber();
        mark.serialAsRead = item.serialNumber();
        if (item.serialNumberNormalised() != null) {
            Matcher serial = TRAILING_NUMBER.matcher(item.serialNumberNormalised());
            if (serial.matches()) {
                mark.serialPrefix = serial.group(1);
                mark.serialNumber = Long.parseLong(serial.group(2));
            }
        }
        if (embargo != null) {
            mark.embargoRegime = embargo.regimeCode();
            mark.embargoVersionId = embargo.versionId();
            mark.embargoCitation = embargo.setBy();
        }
        return mark;
    }

    private static String key(String value) {
        return value == null ? "" : value.replaceAll("[^\\p{Alnum}]", "").toUpperCase(Locale.ROOT);
    }
}
