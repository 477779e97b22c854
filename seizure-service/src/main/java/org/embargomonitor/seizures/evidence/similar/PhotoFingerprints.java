package org.embargomonitor.seizures.evidence.similar;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.embargomonitor.platform.security.ReadScope;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;

@ApplicationScoped
public class PhotoFingerprints implements PanacheRepositoryBase<PhotoFingerprint, String> {

    private static final Set<String> NONE = Set.of("");

    /** Keeps the hashes of these bytes; bytes hashed already keep their first hashes. */
    public Uni<Void> keep(String sha256, long[] hashes) {
        return getSession().flatMap(session -> session.createNativeQuery("insert into photo_fingerprint (sha256, hashes, computed_at)"
                + " values (:sha256, :hashes, :now) on conflict (sha256) do nothing")
                .setParameter("sha256", sha256).setParameter("hashes", hashes).setParameter("now", OffsetDateTime.now(ZoneOffset.UTC))
                .executeUpdate()).replaceWithVoid();
    }

    /** Photos stored before fingerprints were taken: the hashes of their bytes still to compute, at most {@code limit}. */
    public Uni<List<String>> unfingerprinted(int limit) {
        return getSession().flatMap(session -> session.createNativeQuery("select distinct e.sha256 from evidence e"
                + " where e.media_type like 'image/%' and not exists (select 1 from photo_fingerprint f where f.sha256 = e.sha256)"
                + " limit :limit", String.class).setParameter("limit", limit).getResultList());
    }

    /**
     * The photos of other seizures within the scope that are at most {@code threshold} bits from a photo of this
     * seizure, closest first ({@link PerceptualHash#distance(long[], long[])}, in SQL).
     */
    public Uni<List<SimilarPhoto>> similarTo(UUID seizureId, ReadScope scope, int threshold, int limit) {
        String sql = "select m.id, o.id, o.seizure_id, s.reference, s.country_code, o.file_name, o.description, d.distance"
                + " from evidence m join photo_fingerprint mf on mf.sha256 = m.sha256 and mf.hashes is not null"
                + " cross join photo_fingerprint f join evidence o on o.sha256 = f.sha256 join seizure s on s.id = o.seizure_id"
                + " cross join lateral (select min(bit_count((x # y)::bit(64))) as distance"
                + "   from unnest(mf.hashes) with ordinality a(x, i), unnest(f.hashes) with ordinality b(y, j) where i = 1 or j = 1) d"
                + " where m.seizure_id = :seizure and o.seizure_id <> :seizure and f.hashes is not null and d.distance <= :threshold"
                + (scope.everything() ? "" : " and (s.operation in (:operations) or s.country_code in (:countries))")
                + " order by d.distance, s.reference limit :limit";
        return getSession().flatMap(session -> {
            var query = session.createNativeQuery(sql, Object[].class).setParameter("seizure", seizureId)
                    .setParameter("threshold", threshold).setParameter("limit", limit);
            if (!scope.everything()) {
                query.setParameter("operations", scope.operations().isEmpty() ? NONE : scope.operations())
                        .setParameter("countries", scope.countries().isEmpty() ? NONE : scope.countries());
            }
            return query.getResultList();
        }).map(rows -> rows.stream().map(SimilarPhoto::of).toList());
    }
}
