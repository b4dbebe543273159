package gobench

import (
	"fmt"
	"testing"
)

var sink interface{}

// checksumSink is typed: boxing a uint64 into an interface allocates unless the value is < 256, so
// B/op would depend on the hash value rather than on the work done.
var checksumSink uint64

func BenchmarkParseQuery(b *testing.B) {
	q := "page=3&size=50&sort=name&order=asc&filter=active&lang=en&debug"
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		sink = ParseQuery(q)
	}
}

func BenchmarkEncodeRecords(b *testing.B) {
	records := make([]Record, 20)
	for i := range records {
		records[i] = Record{ID: i, Name: fmt.Sprintf("item-%d", i), Score: float64(i) * 1.5, Tags: []string{"a", "b"}}
	}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		out, err := EncodeRecords(records)
		if err != nil {
			b.Fatal(err)
		}
		sink = out
	}
	// A custom unit, as benchstat input allows: records encoded per operation.
	b.ReportMetric(float64(len(records)), "records/op")
}

func BenchmarkChecksum(b *testing.B) {
	data := make([]byte, 4096)
	for i := range data {
		data[i] = byte(i * 7)
	}
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		checksumSink = Checksum(data)
	}
}
