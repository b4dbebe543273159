package dev.benchboard.share;

import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The frozen content of recently read share links, kept in memory so a read does not fetch and
 * decode the snapshot's JSON columns again: that content never changes once a link exists. Whether
 * a link still opens (revoked, expired, deleted) is never taken from here; {@link ShareService}
 * asks the database on every read, so a revocation works at once, also from another instance.
 *
 * <p>Keyed by the token's SHA-256, which names one snapshot for good (a share id could be reused
 * after a database restore; a 256-bit token cannot). Bounded by the characters it holds, least
 * recently read first out.
 */
final class FrozenSnapshots {

    /** A link's content as it was stored at creation, and the share it belongs to. */
    record Frozen(long shareId, String title, Instant createdAt, List<SharedSnapshot.SourceUpload> sources,
                  Map<Locale, SharedSnapshot.Written> written) {

        /** Roughly what it holds, in characters: the JSON documents (two per language) dominate. */
        long weight() {
            long json = 0;
            for (SharedSnapshot.Written w : written.values()) json += length(w.reportJson()) + length(w.decisionJson());
            return 256L + length(title) + json + 128L * sources.size();
        }

        SharedSnapshot open(Instant expiresAt) {
            return new SharedSnapshot(title, createdAt, expiresAt, sources, written);
        }

        private static int length(String s) {
            return s == null ? 0 : s.length();
        }
    }

    private final long maxWeight;
    private final LinkedHashMap<String, Frozen> byTokenHash = new LinkedHashMap<>(16, 0.75f, true);
    private long weight;

    FrozenSnapshots(long maxWeight) {
        this.maxWeight = maxWeight;
    }

    synchronized Optional<Frozen> get(String tokenHash) {
        return Optional.ofNullable(byTokenHash.get(tokenHash));
    }

    synchronized void put(String tokenHash, Frozen frozen) {
        if (frozen.weight() > maxWeight) return;   // larger than the whole cache: read it from the database each time
        Frozen previous = byTokenHash.put(tokenHash, frozen);
        if (previous != null) weight -= previous.weight();
        weight += frozen.weight();
        Iterator<Map.Entry<String, Frozen>> oldestFirst = byTokenHash.entrySet().iterator();
        while (weight > maxWeight && oldestFirst.hasNext()) {
            weight -= oldestFirst.next().getValue().weight();
            oldestFirst.remove();
        }
    }

    /** Drops a share's content (revoked: nobody may read it again, so it need not take memory). */
    synchronized void evict(long shareId) {
        Iterator<Frozen> all = byTokenHash.values().iterator();
        while (all.hasNext()) {
            Frozen f = all.next();
            if (f.shareId() == shareId) {
                weight -= f.weight();
                all.remove();
            }
        }
    }

    synchronized int size() {
        return byTokenHash.size();
    }

    synchronized long weight() {
        return weight;
    }
}
