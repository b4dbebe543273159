// Fixture server for Benchboard's tracking fixtures (see make-tracking-fixtures.sh): a history of ten
// wrk runs whose last five hit a build that delays every 50th request. Plain net/http, no modules,
// 127.0.0.1 only. Two builds: the default one and `-tags slowed` (delay_slowed.go).
//
//	/work    200 after a few SHA-256 rounds; in the slowed build every 50th request (a global counter)
//	         first sleeps the build's stall, so 2 % of requests are slow: more than the 1 % above P99
//	/quit    stops the server
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"sync/atomic"
	"time"
)

var (
	addr  = flag.String("addr", "127.0.0.1:18473", "listen address")
	count atomic.Int64
)

func serveWork(w http.ResponseWriter, r *http.Request) {
	if stalls(count.Add(1)) {
		time.Sleep(stall)
	}
	sum := sha256.Sum256([]byte("benchboard"))
	for i := 0; i < 20; i++ {
		sum = sha256.Sum256(sum[:])
	}
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, "{\"build\":%q,\"sum\":\"%x\"}\n", build, sum[:4])
}

func main() {
	flag.Parse()
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	srv := &http.Server{}
	mux := http.NewServeMux()
	mux.HandleFunc("/work", serveWork)
	mux.HandleFunc("/quit", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		go srv.Close()
	})
	srv.Handler = mux
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
