package org.embargomonitor.embargo.compliance;

import java.util.ArrayList;
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

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/** Item marks of evaluated seizures: which other items share a lot, or have serials close to an item's. */
@ApplicationScoped
public class ItemMarks implements PanacheRepositoryBase<ItemMark, UUID> {

    /** Linked items under an embargo first, then the earliest, so that a capped list still shows why a link matters. */
    private static final String UNDER_EMBARGO_FIRST = " order by embargoRegime nulls last, seizedOn, itemId";
    /** The advisory-lock space of item marks ("MARK"). */
    private static final int MARK_LOCKS = 0x4d41524b;
    private static final Pattern TRAILING_NUMBER = Pattern.compile("^(.*?)(\\d{1,18})$");
    private final ComplianceConfig config;

    ItemMarks(ComplianceConfig config) {
        this.config = config;
    }

    /** Items of other seizures linked to each item of this one, by item id, at most {@code links-per-item} each way. */
    public Uni<Map<UUID, List<RelatedItem>>> relatedTo(SeizureFacts seizure) {
        return lockMarksOf(seizure).chain(() -> Multi.createFrom().iterable(seizure.items())
                .onItem().transformToUniAndConcatenate(item -> related(seizure, item).map(found -> Map.entry(item.id(), found)))
                .collect().asMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /**
     * Holds until the commit a lock per lot, and per make, model and serial prefix, of the seizure's items, taken in
     * one order: of two records sharing a mark and checked at the same moment, the second waits for the first and
     * sees its marks, so the link is made whichever comes first.
     */
    private Uni<Void> lockMarksOf(SeizureFacts seizure) {
        Set<Integer> keys = new TreeSet<>();
        for (SeizureFacts.Item item : seizure.items()) {
            ItemMark mark = markOf(seizure, item, null);
            if (mark.lotNormalised != null) {
                keys.add(("lot|" + mark.lotNormalised).hashCode());
            }
            if (mark.serialNumber != null && mark.makeModel != null) {
                keys.add(("serial|" + mark.makeModel + "|" + mark.serialPrefix).hashCode());
            }
        }
        Uni<Void> locked = Uni.createFrom().voidItem();
        for (int key : keys) {
            locked = locked.chain(() -> getSession()).chain(session -> session
                    .createNativeQuery("select count(*) from (select pg_advisory_xact_lock(:space, :key)) as locked", Long.class)
                    .setParameter("space", MARK_LOCKS).setParameter("key", key).getSingleResult()).replaceWithVoid();
        }
        return locked;
    }

    private Uni<List<RelatedItem>> related(SeizureFacts seizure, SeizureFacts.Item item) {
        ItemMark mark = markOf(seizure, item, null);
        Uni<List<ItemMark>> sameLot = mark.lotNormalised == null ? Uni.createFrom().item(List.of())
                : find("lotNormalised = ?1 and seizureId <> ?2" + UNDER_EMBARGO_FIRST, mark.lotNormalised, seizure.id())
                        .range(0, config.linksPerItem() - 1).list();
        Uni<List<ItemMark>> closeSerials = mark.serialNumber == null || mark.makeModel == null ? Uni.createFrom().item(List.of())
                : find("makeModel = ?1 and serialPrefix = ?2 and serialNumber between ?3 and ?4 and seizureId <> ?5" + UNDER_EMBARGO_FIRST,
                        mark.makeModel, mark.serialPrefix, mark.serialNumber - config.serialRange(),
                        mark.serialNumber + config.serialRange(), seizure.id()).range(0, config.linksPerItem() - 1).list();
        return sameLot.flatMap(lots -> closeSerials.map(serials -> {
            List<RelatedItem> related = new ArrayList<>();
            lots.forEach(other -> related.add(toRelated(other, RelatedItem.Link.SAME_LOT, "lot " + item.lotNumber())));
            serials.forEach(other -> related.add(toRelated(other, RelatedItem.Link.CLOSE_SERIALS,
                    other.serialPrefix + other.serialNumber + " ("
                            + String.join(" ", Stream.of(item.make(), item.model()).filter(Objects::nonNull).toList()) + ")")));
            return List.copyOf(related);
        }));
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

    private static RelatedItem toRelated(ItemMark other, RelatedItem.Link link, String detail) {
        return new RelatedItem(other.itemId, other.seizureId, other.seizureReference, other.countryCode, other.seizedOn, link,
                detail, other.embargoRegime, other.embargoVersionId, other.embargoCitation);
    }
}
