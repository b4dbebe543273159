//go:build slowed

package main

import "time"

const build = "slowed"

// The "slowed build" of the tracking fixtures: every 50th request waits 100 ms before answering, so 2 %
// of requests take at least 100 ms and P99 (the slowest 1 %) lands on the stall whatever the CPU noise.
const stall = 100 * time.Millisecond

func stalls(n int64) bool { return n%50 == 0 }
