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
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{Alnum}]");
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,18})$");
    private final ComplianceConfig config;

    ItemMarks(ComplianceConfig config) {
        this.config = config;
    }

    /**
     * Items of other seizures linked to each item of these, by item id, at most {@code links-per-item} each way: read
     * in one query however many seizures and items there are. The seizures' marks must be locked ({@link #lock}).
     */
    public Uni<Map<UUID, List<RelatedItem>>> relatedTo(List<SeizureFacts> seizures) {
        LinkQuery links = LinkQuery.of(seizures, config);
        return (links.isEmpty() ? Uni.createFrom().item(List.<Object[]>of()) : getSession().chain(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createSelectionQuery(links.hql(), Object[].class);
            links.parameters().forEach(query::setParameter);
            return query.getResultList();
        })).map(links::relatedOfItems);
    }

    /**
     * Holds until the commit the locks of the seizures' marks (a lot; a make, model and serial prefix), taken in one
     * order and in one statement: of two checks sharing a mark, the second waits for the first and sees its marks, so
     * the link is made whichever comes first; and checks of many seizures at once never wait for each other in a
     * circle. Sent as a statement run for its effect: Hibernate never finds a native select's plan again, and each one
     * sent grows its plan cache ({@code NativeQueryPlansTest}).
     */
    public Uni<Void> lock(List<SeizureFacts> seizures) {
        Set<Integer> keys = new TreeSet<>();
        for (SeizureFacts seizure : seizures) {
            for (SeizureFacts.Item item : seizure.items()) {
                ItemMark mark = markOf(seizure, item, null);
                if (mark.lotNormalised != null) {
                    keys.add(lotKey(mark));
                }
                if (mark.serialNumber != null && mark.makeModel != null) {
                    keys.add(serialKey(mark));
                }
            }
        }
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

    private static int lotKey(ItemMark mark) {
        return ("lot|" + mark.lotNormalised).hashCode();
    }

    private static int serialKey(ItemMark mark) {
        return ("serial|" + mark.makeModel + "|" + mark.serialPrefix).hashCode();
    }

    /**
     * The links of seizures' items as one query: a part per distinct lot and per serial of each seizure, each with its
     * own limit, numbered so that the rows go back to the items that asked.
     */
    record LinkQuery(String hql, Map<String, Object> parameters, Map<UUID, Integer> lotPartOfItem, Map<UUID, Integer> serialPartOfItem,
            List<SeizureFacts> seizures) {

        /** Linked items under an embargo first, then the earliest, so that a capped list still shows why a link matters. */
        private static final String UNDER_EMBARGO_FIRST = " order by m.embargoRegime nulls last, m.seizedOn, m.itemId limit :links)";

        static LinkQuery of(List<SeizureFacts> seizures, ComplianceConfig config) {
            List<String> parts = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            Map<UUID, Integer> lotPartOfItem = new HashMap<>();
            Map<UUID, Integer> serialPartOfItem = new HashMap<>();
            for (int index = 0; index < seizures.size(); index++) {
                SeizureFacts seizure = seizures.get(index);
                String own = "seizure" + index;
                Map<String, Integer> partOfLot = new HashMap<>();
                for (SeizureFacts.Item item : seizure.items()) {
                    ItemMark mark = markOf(seizure, item, null);
                    if (mark.lotNormalised != null) {
                        lotPartOfItem.put(item.id(), partOfLot.computeIfAbsent(mark.lotNormalised, lot -> {
                            int part = parts.size();
                            parts.add(select(part, own) + "m.lotNormalised = :lot" + part + UNDER_EMBARGO_FIRST);
                            parameters.put("lot" + part, lot);
                            return part;
                        }));
                    }
                    if (mark.serialNumber != null && mark.makeModel != null) {
                        int part = parts.size();
                        parts.add(select(part, own) + "m.makeModel = :model" + part + " and m.serialPrefix = :prefix" + part
                                + " and m.serialNumber between :lowest" + part + " and :highest" + part + UNDER_EMBARGO_FIRST);
                        parameters.putAll(Map.of("model" + part, mark.makeModel, "prefix" + part, mark.serialPrefix,
                                "lowest" + part, mark.serialNumber - config.serialRange(), "highest" + part, mark.serialNumber + config.serialRange()));
                        serialPartOfItem.put(item.id(), part);
                    }
                }
                if (!partOfLot.isEmpty() || seizure.items().stream().anyMatch(item -> serialPartOfItem.containsKey(item.id()))) {
                    parameters.put(own, seizure.id());
                }
            }
            if (!parts.isEmpty()) {
                parameters.put("links", config.linksPerItem());
            }
            // each part's rows come in its order, which grouping them by part keeps
            return new LinkQuery(String.join(" union all ", parts), parameters, lotPartOfItem, serialPartOfItem, seizures);
        }

        private static String select(int part, String own) {
            return "(select " + part + ", m.itemId, m.seizureId, m.seizureReference, m.countryCode, m.seizedOn, "
                    + "m.serialPrefix, m.serialNumber, m.embargoRegime, m.embargoVersionId, m.embargoCitation "
                    + "from ItemMark m where m.seizureId <> :" + own + " and ";
        }

        boolean isEmpty() {
            return hql.isEmpty();
        }

        /** The rows read, as each item's related items: same lot first, then close serials. */
        Map<UUID, List<RelatedItem>> relatedOfItems(List<Object[]> rows) {
            Map<Integer, List<Object[]>> rowsOfPart = new HashMap<>();
            rows.forEach(row -> rowsOfPart.computeIfAbsent(((Number) row[0]).intValue(), part -> new ArrayList<>()).add(row));
            Map<UUID, List<RelatedItem>> related = new LinkedHashMap<>();
            for (SeizureFacts seizure : seizures) {
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
            }
            return related;
        }

        private static RelatedItem related(Object[] row, RelatedItem.Link link, String detail) {
            return new RelatedItem((UUID) row[1], (UUID) row[2], (String) row[3], (String) row[4], (LocalDate) row[5], link, detail,
                    (String) row[8], (UUID) row[9], (String) row[10]);
        }
    }

    /**
     * Makes the stored marks of the seizures' items those of this evaluation (an item gone from a seizure loses its
     * mark) and answers them, by item: a mark keeps its supply chain, and a mark that did not change is not written.
     */
    public Uni<Map<UUID, ItemMark>> store(List<SeizureFacts> seizures, Map<UUID, VersionInForce> embargoOfItem) {
        return getSession().chain(session -> session.createSelectionQuery("from ItemMark where seizureId in :ids", ItemMark.class)
                .setParameter("ids", seizures.stream().map(SeizureFacts::id).toList()).getResultList()
                .chain(held -> {
                    Map<UUID, ItemMark> heldOfItem = new HashMap<>();
                    held.forEach(mark -> heldOfItem.put(mark.itemId, mark));
                    Map<UUID, ItemMark> stored = new LinkedHashMap<>();
                    List<ItemMark> added = new ArrayList<>();
                    for (SeizureFacts seizure : seizures) {
                        for (SeizureFacts.Item item : seizure.items()) {
                            ItemMark mark = markOf(seizure, item, embargoOfItem.get(item.id()));
                            ItemMark kept = heldOfItem.remove(item.id());
                            if (kept == null) {
                                added.add(mark);
                            } else {
                                copy(mark, kept);
                                mark = kept;
                            }
                            stored.put(item.id(), mark);
                        }
                    }
                    return session.removeAll(heldOfItem.values().toArray())
                            .chain(() -> session.persistAll(added.toArray()))
                            .chain(session::flush)
                            .replaceWith(stored);
                }));
    }

    /** Puts each mark in the chain its item is now in. */
    static void placeInChains(Map<UUID, ItemMark> marks, Map<UUID, UUID> chainOfItem) {
        chainOfItem.forEach((item, chain) -> {
            ItemMark mark = marks.get(item);
            if (mark != null) {
                mark.chainId = chain;
            }
        });
    }

    private static void copy(ItemMark from, ItemMark to) {
        to.seizureId = from.seizureId;
        to.seizureReference = from.seizureReference;
        to.countryCode = from.countryCode;
        to.seizedOn = from.seizedOn;
        to.makeModel = from.makeModel;
        to.serialPrefix = from.serialPrefix;
        to.serialNumber = from.serialNumber;
        to.lotNormalised = from.lotNormalised;
        to.lotAsRead = from.lotAsRead;
        to.serialAsRead = from.serialAsRead;
        to.embargoRegime = from.embargoRegime;
        to.embargoVersionId = from.embargoVersionId;
        to.embargoCitation = from.embargoCitation;
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
        return value == null ? "" : NOT_ALPHANUMERIC.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
