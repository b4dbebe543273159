// Runs autocannon through its own API and writes, from the same run, what `autocannon --json` prints
// (JSON.stringify of the result, one line) and the table autocannon's CLI prints (its printResult).
// Usage: node run.js <json-out> <table-out> <autocannon options as JSON>
'use strict'
const fs = require('fs')
const autocannon = require('autocannon')
const [jsonOut, tableOut, options] = process.argv.slice(2)
autocannon(JSON.parse(options), (err, result) => {
  if (err) { console.error(err); process.exit(1) }
  fs.writeFileSync(jsonOut, JSON.stringify(result) + '\n')
  fs.writeFileSync(tableOut, autocannon.printResult(result, { renderLatencyTable: true }))
})
