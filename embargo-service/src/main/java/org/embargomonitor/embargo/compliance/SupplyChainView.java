package org.embargomonitor.embargo.compliance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A supply chain as a panel would describe the shipment: its extent, countries, dates, marks and items. */
@Schema(name = "SupplyChain")
public record SupplyChainView(
        UUID id,
        @Schema(description = "Chains found to be this one when a later item linked them") List<UUID> mergedFrom,
        OffsetDateTime startedAt,
        long items,
        long seizures,
        LocalDate firstSeen,
        LocalDate lastSeen,
        List<Country> countries,
        @Schema(description = "The embargoes its items fell under") List<String> regimes,
        List<Lot> lots,
        List<SerialRange> serials,
        @Schema(description = "Its items in the caller's scope, in order of seizure (at most 500)") List<Member> members,
        @Schema(description = "Items in countries outside the caller's scope: counted, not shown") long itemsOutsideScope) {

    public record Country(String countryCode, long items, long seizures, LocalDate firstSeen, LocalDate lastSeen, boolean inScope) {
    }

    public record Lot(@Schema(description = "As matched: upper case, no separators, look-alikes folded") String lot,
            @Schema(description = "As read on one of its items") String asRead, long items) {
    }

    public record SerialRange(String makeModel, String prefix, long lowest, long highest, long items) {
    }

    /** An item of the chain, its serial and lot as read in the field. */
    public record Member(UUID itemId, UUID seizureId, String seizureReference, String countryCode, LocalDate seizedOn,
            String makeModel, String serial, String lot, String embargoRegime) {
    }

    @Schema(name = "SupplyChainSummary")
    public record Summary(UUID id, long items, long seizures, LocalDate firstSeen, LocalDate lastSeen, List<String> countries,
            List<String> regimes) {

        static Summary of(UUID id, List<SupplyChains.CountryRow> countries, List<String> regimes) {
            return new Summary(id, countries.stream().mapToLong(SupplyChains.CountryRow::items).sum(),
                    countries.stream().mapToLong(SupplyChains.CountryRow::seizures).sum(), first(countries), last(countries),
                    countries.stream().map(SupplyChains.CountryRow::countryCode).toList(), regimes);
        }
    }

    static SupplyChainView of(SupplyChain chain, List<UUID> mergedFrom, List<SupplyChains.CountryRow> countries, List<String> regimes,
            List<SupplyChains.LotRow> lots, List<SupplyChains.SerialRow> serials, List<ItemMark> members, Predicate<String> inScope) {
        return new SupplyChainView(chain.id, mergedFrom, chain.createdAt,
                countries.stream().mapToLong(SupplyChains.CountryRow::items).sum(),
                countries.stream().mapToLong(SupplyChains.CountryRow::seizures).sum(), first(countries), last(countries),
                countries.stream().map(c -> new Country(c.countryCode(), c.items(), c.seizures(), c.firstSeen(), c.lastSeen(),
                        inScope.test(c.countryCode()))).toList(),
                regimes, lots.stream().map(l -> new Lot(l.lot(), l.asRead(), l.items())).toList(),
                serials.stream().map(s -> new SerialRange(s.makeModel(), s.prefix(), s.lowest(), s.highest(), s.items())).toList(),
                members.stream().map(m -> new Member(m.itemId, m.seizureId, m.seizureReference, m.countryCode, m.seizedOn, m.makeModel,
                        m.serialAsRead, m.lotAsRead, m.embargoRegime)).toList(),
                countries.stream().filter(c -> !inScope.test(c.countryCode())).mapToLong(SupplyChains.CountryRow::items).sum());
    }

    private static LocalDate first(List<SupplyChains.CountryRow> countries) {
        return countries.stream().map(SupplyChains.CountryRow::firstSeen).min(Comparator.naturalOrder()).orElse(null);
    }

    private static LocalDate last(List<SupplyChains.CountryRow> countries) {
        return countries.stream().map(SupplyChains.CountryRow::lastSeen).max(Comparator.naturalOrder()).orElse(null);
    }
}
