// The sweep servers are built in GOPATH mode against Debian's packaged Gin and fasthttp
// (GO111MODULE=off GOPATH=/usr/share/gocode, see make-sweep-fixtures.sh); this file only keeps them
// out of the parent module benchboard.dev/fixturestools, which has no such requirements.
module benchboard.dev/sweepservers

go 1.19
