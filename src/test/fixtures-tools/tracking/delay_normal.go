//go:build !slowed

package main

import "time"

const build = "normal"

const stall = 0 * time.Millisecond

// The normal build never stalls.
func stalls(n int64) bool { return false }
