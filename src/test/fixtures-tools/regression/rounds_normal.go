//go:build !slowed

package main

// Hashing rounds per request of the baseline build.
const workRounds = 200

const build = "baseline"
