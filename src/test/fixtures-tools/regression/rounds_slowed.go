//go:build slowed

package main

// The "slowed build" of the regression fixtures: 50 % more hashing rounds per request.
const workRounds = 300

const build = "slowed"
