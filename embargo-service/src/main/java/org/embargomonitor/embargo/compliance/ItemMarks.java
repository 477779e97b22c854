package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.embargo.regime.VersionInForce;

import org.hibernate.reactive.mutiny.Mutiny;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
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

    /** The queries of the seizures' links, and the locks of the marks they read. */
    LinkQuery linksOf(List<SeizureFacts> seizures) {
        return LinkQuery.of(seizures, config);
    }

    /**
     * Items of other seizures linked to each item of these, by item id, at most {@code links-per-item} each way: read
     * in a few queries of one shape however many seizures and items there are. The seizures' marks must be locked
     * ({@link #lock}).
     */
    Uni<Map<UUID, List<RelatedItem>>> relatedTo(LinkQuery links) {
        Uni<List<Object[]>> rows = Uni.createFrom().item(ArrayList::new);
        for (LinkQuery.Chunk chunk : links.chunks()) {
            rows = rows.chain(read -> getSession().chain(session -> {
                Mutiny.SelectionQuery<Object[]> query = session.createSelectionQuery(chunk.hql(), Object[].class);
                chunk.parameters().forEach(query::setParameter);
                return query.getResultList();
            }).map(found -> {
                found.forEach(row -> row[0] = chunk.parts().get(((Number) row[0]).intValue()));
                read.addAll(found);
                return read;
            }));
        }
        return rows.map(links::relatedOfItems);
    }

    /**
     * Holds until the commit the locks of the seizures' marks ({@link #lockKeysOf(ItemMark, int)}), taken in one
     * order and in one statement: of two checks sharing a mark, the second waits for the first and sees its marks, so
     * the link is made whichever comes first; and checks of many seizures at once never wait for each other in a
     * circle. Sent as a statement run for its effect: Hibernate never finds a native select's plan again, and each one
     * sent grows its plan cache ({@code NativeQueryPlansTest}).
     */
    Uni<Void> lock(LinkQuery links) {
        Set<Integer> keys = links.lockKeys();
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
     * The locks a check of the mark takes: its lot's, and those of the serials it may be linked with, found by cutting
     * the serials of its make, model and prefix in spans twice the link range wide and taking a lock per span its own
     * range touches (two, or three at most). Two items close enough to be linked share the lock of the span of either's
     * serial; checks of far-apart serials of one model do not wait for each other (a lock per model made every check
     * holding an AKM wait for every other).
     */
    static Set<Integer> lockKeysOf(ItemMark mark, int serialRange) {
        Set<Integer> keys = new TreeSet<>();
        if (mark.lotNormalised != null) {
            keys.add(("lot|" + mark.lotNormalised).hashCode());
        }
        if (mark.serialNumber != null && mark.makeModel != null) {
            long span = Math.max(1, 2L * serialRange);
            long last = Math.floorDiv(mark.serialNumber + serialRange, span);
            for (long at = Math.floorDiv(mark.serialNumber - serialRange, span); at <= last; at++) {
                keys.add(("serial|" + mark.makeModel + "|" + mark.serialPrefix + "|" + at).hashCode());
            }
        }
        return keys;
    }

    /** The locks a check of each of these seizures takes, by seizure: those of the marks its items make. */
    Map<UUID, Set<Integer>> lockKeysOfSeizures(List<SeizureFacts> seizures) {
        Map<UUID, Set<Integer>> keys = new HashMap<>();
        for (SeizureFacts seizure : seizures) {
            Set<Integer> ofSeizure = new TreeSet<>();
            seizure.items().forEach(item -> ofSeizure.addAll(lockKeysOf(markOf(seizure, item, null), config.serialRange())));
            keys.put(seizure.id(), ofSeizure);
        }
        return keys;
    }

    /** The locks a check of each of these stored seizures would take, as their marks stand; a seizure without marks takes none. */
    @WithSession
    Uni<Map<UUID, Set<Integer>>> lockKeysOf(List<UUID> seizureIds) {
        return getSession().chain(session -> session.createSelectionQuery(
                "select m.seizureId, m.lotNormalised, m.makeModel, m.serialPrefix, m.serialNumber from ItemMark m where m.seizureId in :ids",
                Object[].class).setParameter("ids", seizureIds).getResultList()).map(rows -> {
                    Map<UUID, Set<Integer>> keys = new HashMap<>();
                    for (Object[] row : rows) {
                        ItemMark mark = new ItemMark();
                        mark.lotNormalised = (String) row[1];
                        mark.makeModel = (String) row[2];
                        mark.serialPrefix = (String) row[3];
                        mark.serialNumber = (Long) row[4];
                        keys.computeIfAbsent((UUID) row[0], id -> new TreeSet<>()).addAll(lockKeysOf(mark, config.serialRange()));
                    }
                    return keys;
                });
    }

    /**
     * The links of seizures' items: a part per distinct lot and per serial of each seizure, each with its own limit,
     * numbered so that the rows go back to the items that asked; sent {@value #PARTS} parts of a kind at a time, the last
     * chunk filled with parts that find nothing, so that every query has one of two shapes. Hibernate keeps the plan
     * of each query it is sent: queries of a new shape each time fill its plan cache and the heap. With them, the locks
     * of the marks they read, in key order.
     */
    record LinkQuery(List<Chunk> chunks, Set<Integer> lockKeys, Map<UUID, Integer> lotPartOfItem, Map<UUID, Integer> serialPartOfItem,
            List<SeizureFacts> seizures) {

        static final int PARTS = 32;
        /** Linked items under an embargo first, then the earliest, so that a capped list still shows why a link matters. */
        private static final String UNDER_EMBARGO_FIRST = " order by m.embargoRegime nulls last, m.seizedOn, m.itemId limit :links)";
        static final String LOTS = chunk(position -> "m.lotNormalised = :lot" + position);
        static final String SERIALS = chunk(position -> "m.makeModel = :model" + position + " and m.serialPrefix = :prefix"
                + position + " and m.serialNumber between :lowest" + position + " and :highest" + position);
        /** A lot no mark has: normalised lots are never empty. */
        private static final Map<String, Object> NO_LOT = Map.of("lot", "", "seizure", new UUID(0, 0));
        private static final Map<String, Object> NO_SERIAL = Map.of("model", "", "prefix", "", "lowest", 1L, "highest", 0L,
                "seizure", new UUID(0, 0));

        /** One query: its parts' numbers in the order of its positions, and its parameters. */
        record Chunk(String hql, List<Integer> parts, Map<String, Object> parameters) {
        }

        static LinkQuery of(List<SeizureFacts> seizures, ComplianceConfig config) {
            List<Map<String, Object>> lots = new ArrayList<>();
            List<Map<String, Object>> serials = new ArrayList<>();
            Map<UUID, Integer> lotPartOfItem = new HashMap<>();
            Map<UUID, Integer> serialPartOfItem = new HashMap<>();
            Set<Integer> lockKeys = new TreeSet<>();
            for (SeizureFacts seizure : seizures) {
                Map<String, Integer> partOfLot = new HashMap<>();
                for (SeizureFacts.Item item : seizure.items()) {
                    ItemMark mark = markOf(seizure, item, null);
                    lockKeys.addAll(lockKeysOf(mark, config.serialRange()));
                    if (mark.lotNormalised != null) {
                        lotPartOfItem.put(item.id(), partOfLot.computeIfAbsent(mark.lotNormalised, lot -> {
                            lots.add(Map.of("lot", lot, "seizure", seizure.id()));
                            return 2 * (lots.size() - 1);
                        }));
                    }
                    if (mark.serialNumber != null && mark.makeModel != null) {
                        serials.add(Map.of("model", mark.makeModel, "prefix", mark.serialPrefix, "lowest",
                                mark.serialNumber - config.serialRange(), "highest", mark.serialNumber + config.serialRange(),
                                "seizure", seizure.id()));
                        serialPartOfItem.put(item.id(), 2 * (serials.size() - 1) + 1);
                    }
                }
            }
            List<Chunk> chunks = new ArrayList<>();
            chunks(LOTS, lots, NO_LOT, 0, config, chunks);
            chunks(SERIALS, serials, NO_SERIAL, 1, config, chunks);
            return new LinkQuery(List.copyOf(chunks), lockKeys, lotPartOfItem, serialPartOfItem, seizures);
        }

        /** The parts of a kind, {@value #PARTS} a query; lot parts have even numbers, serial parts odd ones. */
        private static void chunks(String hql, List<Map<String, Object>> parts, Map<String, Object> none, int kind,
                ComplianceConfig config, List<Chunk> chunks) {
            for (int first = 0; first < parts.size(); first += PARTS) {
                Map<String, Object> parameters = new HashMap<>();
                List<Integer> numbers = new ArrayList<>();
                for (int position = 0; position < PARTS; position++) {
                    int part = first + position;
                    int at = position;
                    (part < parts.size() ? parts.get(part) : none).forEach((name, value) -> parameters.put(name + at, value));
                    numbers.add(part < parts.size() ? 2 * part + kind : -1);
                }
                parameters.put("links", config.linksPerItem());
                chunks.add(new Chunk(hql, List.copyOf(numbers), parameters));
            }
        }

        private static String chunk(IntFunction<String> condition) {
            return IntStream.range(0, PARTS).mapToObj(position -> "(select " + position + ", m.itemId, m.seizureId, m.seizureReference, "
                    + "m.countryCode, m.seizedOn, m.serialPrefix, m.serialNumber, m.embargoRegime, m.embargoVersionId, m.embargoCitation, m.chainId "
                    + "from ItemMark m where m.seizureId <> :seizure" + position + " and " + condition.apply(position) + UNDER_EMBARGO_FIRST)
                    .collect(Collectors.joining(" union all "));
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
                    (String) row[8], (UUID) row[9], (String) row[10], (UUID) row[11]);
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
                            ItemMark mark = heldOfItem.remove(item.id());
                            if (mark == null) {
                                mark = new ItemMark();
                                added.add(mark);
                            }
                            describe(mark, seizure, item, embargoOfItem.get(item.id()));
                            stored.put(item.id(), mark);
                        }
                    }
                    return session.removeAll(heldOfItem.values().toArray())
                            .chain(() -> session.persistAll(added.toArray()))
                            .chain(session::flush)
                            .replaceWith(stored);
                }));
    }

    /** The chain of each mark's item (null when in none), as the marks stand. */
    static Map<UUID, UUID> chainsOf(Collection<ItemMark> marks) {
        Map<UUID, UUID> chains = new HashMap<>();
        marks.forEach(mark -> chains.put(mark.itemId, mark.chainId));
        return chains;
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

    static ItemMark markOf(SeizureFacts seizure, SeizureFacts.Item item, VersionInForce embargo) {
        ItemMark mark = new ItemMark();
        describe(mark, seizure, item, embargo);
        return mark;
    }

    /** Sets every field of the mark but its chain from the item as this evaluation sees it; unchanged fields stay equal. */
    private static void describe(ItemMark mark, SeizureFacts seizure, SeizureFacts.Item item, VersionInForce embargo) {
        mark.itemId = item.id();
        mark.seizureId = seizure.id();
        mark.seizureReference = seizure.reference();
        mark.countryCode = seizure.countryCode();
        mark.seizedOn = seizure.date();
        mark.makeModel = item.model() == null ? null : key(item.make()) + "|" + key(item.model());
        mark.lotNormalised = item.lotNumberNormalised();
        mark.lotAsRead = item.lotNumber();
        mark.serialAsRead = item.serialNumber();
        Matcher serial = item.serialNumberNormalised() == null ? null : TRAILING_NUMBER.matcher(item.serialNumberNormalised());
        boolean numbered = serial != null && serial.matches();
        mark.serialPrefix = numbered ? serial.group(1) : null;
        mark.serialNumber = numbered ? Long.parseLong(serial.group(2)) : null;
        mark.embargoRegime = embargo == null ? null : embargo.regimeCode();
        mark.embargoVersionId = embargo == null ? null : embargo.versionId();
        mark.embargoCitation = embargo == null ? null : embargo.setBy();
    }

    private static String key(String value) {
        return value == null ? "" : NOT_ALPHANUMERIC.matcher(value).replaceAll("").toUpperCase(Locale.ROOT);
    }
}
