// Package gobench is a small Go package whose benchmarks produce Benchboard's go-bench fixtures
// (baseline.txt and slowed.txt, see ../make-cli-fixtures.sh). Built with -tags slowed, exactly one
// function (Checksum) does ~30 % more work; the other two are byte-for-byte the same code.
package gobench

import (
	"encoding/json"
	"strings"
)

// ParseQuery splits "a=1&b=2" into a map, like a router's query parsing.
func ParseQuery(s string) map[string]string {
	out := make(map[string]string, 8)
	for len(s) > 0 {
		var pair string
		if i := strings.IndexByte(s, '&'); i >= 0 {
			pair, s = s[:i], s[i+1:]
		} else {
			pair, s = s, ""
		}
		if j := strings.IndexByte(pair, '='); j >= 0 {
			out[pair[:j]] = pair[j+1:]
		} else if pair != "" {
			out[pair] = ""
		}
	}
	return out
}

// Record is a typical JSON API payload row.
type Record struct {
	ID    int      `json:"id"`
	Name  string   `json:"name"`
	Score float64  `json:"score"`
	Tags  []string `json:"tags"`
}

// EncodeRecords marshals a page of records.
func EncodeRecords(records []Record) ([]byte, error) {
	return json.Marshal(records)
}

// Checksum hashes data checksumRounds times (10 normally, 13 with -tags slowed: +30 % work).
func Checksum(data []byte) uint64 {
	var sum uint64
	for r := 0; r < checksumRounds; r++ {
		sum ^= fnv64a(data) + uint64(r)
	}
	return sum
}

// fnv64a is FNV-1a inline (hash/fnv allocates a hasher, which escape analysis may or may not remove
// depending on the round count: that would change B/op between the two builds).
func fnv64a(data []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, b := range data {
		h ^= uint64(b)
		h *= 1099511628211
	}
	return h
}
