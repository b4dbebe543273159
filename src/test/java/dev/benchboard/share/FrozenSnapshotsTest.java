package dev.benchboard.share;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory copy of share links' frozen content: bounded by size, least recently read out first, evicted by share. */
class FrozenSnapshotsTest {

    private static final Instant CREATED = Instant.parse("2026-01-02T03:04:05Z");

    /** Weight = 256 + title + report + decision characters + 128 per source: here 256 + 1 + reportChars + 0 = 257 + reportChars. */
    private static FrozenSnapshots.Frozen frozen(long shareId, int reportChars) {
        return new FrozenSnapshots.Frozen(shareId, "t", CREATED, List.of(), english("x".repeat(reportChars), null));
    }

    @Test
    void weightCountsTheStoredCharacters() {
        assertThat(frozen(1, 743).weight()).isEqualTo(1000);
        var withSources = new FrozenSnapshots.Frozen(1, "title", CREATED,
                List.of(new SharedSnapshot.SourceUpload(1, "a.csv", "ab", "Gin"), new SharedSnapshot.SourceUpload(2, "b.csv", "cd", "Gin")),
                english("{}", "[]"));
        assertThat(withSources.weight()).isEqualTo(256 + 5 + 2 + 2 + 2 * 128);
    }

    @Test
    void keepsWithinItsWeightDroppingTheLeastRecentlyRead() {
        FrozenSnapshots cache = new FrozenSnapshots(3000);
        cache.put("a", frozen(1, 743));
        cache.put("b", frozen(2, 743));
        cache.put("c", frozen(3, 743));
        assertThat(cache.weight()).isEqualTo(3000);
        assertThat(cache.get("a")).isPresent();          // "a" read: "b" is now the least recently read
        cache.put("d", frozen(4, 743));
        assertThat(cache.get("b")).isEmpty();
        assertThat(cache.get("a")).isPresent();
        assertThat(cache.get("c")).isPresent();
        assertThat(cache.get("d")).isPresent();
        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.weight()).isEqualTo(3000);
    }

    @Test
    void contentLargerThanTheWholeCacheIsNotKept() {
        FrozenSnapshots cache = new FrozenSnapshots(1000);
        cache.put("a", frozen(1, 743));
        cache.put("huge", frozen(2, 744));              // weight 1001 > 1000
        assertThat(cache.get("huge")).isEmpty();
        assertThat(cache.get("a")).as("and it did not push anything out").isPresent();
    }

    @Test
    void replacingAnEntryCountsItsWeightOnce() {
        FrozenSnapshots cache = new FrozenSnapshots(5000);
        cache.put("a", frozen(1, 743));
        cache.put("a", frozen(1, 1743));
        assertThat(cache.weight()).isEqualTo(2000);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void evictingAShareDropsItsContent() {
        FrozenSnapshots cache = new FrozenSnapshots(5000);
        cache.put("a", frozen(1, 743));
        cache.put("b", frozen(2, 743));
        cache.evict(1);
        assertThat(cache.get("a")).isEmpty();
        assertThat(cache.get("b")).isPresent();
        assertThat(cache.weight()).isEqualTo(1000);
        cache.evict(42);                                 // not there: nothing changes
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void opensWithTheExpiryOfTheMoment() {
        Instant expiry = Instant.parse("2030-01-01T00:00:00Z");
        SharedSnapshot snapshot = frozen(7, 3).open(expiry);
        assertThat(snapshot.expiresAt()).isEqualTo(expiry);
        assertThat(snapshot.createdAt()).isEqualTo(CREATED);
        assertThat(snapshot.reportJson()).isEqualTo("xxx");
        assertThat(frozen(7, 3).open(null).expiresAt()).isNull();
    }

    @Test
    void weighsEveryLanguageAndAnOlderLanguageFallsBackToEnglish() {
        var twoLanguages = new FrozenSnapshots.Frozen(1, "t", CREATED, List.of(), java.util.Map.of(
                java.util.Locale.ENGLISH, new SharedSnapshot.Written("ab", "c"),
                java.util.Locale.SIMPLIFIED_CHINESE, new SharedSnapshot.Written("甲乙丙", "丁")));
        assertThat(twoLanguages.weight()).isEqualTo(256 + 1 + 2 + 1 + 3 + 1);
        SharedSnapshot open = twoLanguages.open(null);
        assertThat(open.in(java.util.Locale.SIMPLIFIED_CHINESE).reportJson()).isEqualTo("甲乙丙");
        assertThat(open.reportJson()).isEqualTo("ab");
        assertThat(frozen(2, 3).open(null).in(java.util.Locale.SIMPLIFIED_CHINESE).reportJson())
                .as("a snapshot without Chinese reads English").isEqualTo("xxx");
    }

    /** Content frozen in English only, as every snapshot stored before snapshots had languages. */
    private static java.util.Map<java.util.Locale, SharedSnapshot.Written> english(String report, String decision) {
        return java.util.Map.of(java.util.Locale.ENGLISH, new SharedSnapshot.Written(report, decision));
    }
}
