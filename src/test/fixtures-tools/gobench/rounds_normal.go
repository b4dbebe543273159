//go:build !slowed

package gobench

const checksumRounds = 10
