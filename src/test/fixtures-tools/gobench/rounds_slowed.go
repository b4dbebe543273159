//go:build slowed

package gobench

// Deliberate regression for the fixture: 30 % more hashing rounds in Checksum only.
const checksumRounds = 13
