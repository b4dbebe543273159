// Fixture server for Benchboard's regression and error-rate fixtures (see make-regression-fixtures.sh).
// Plain net/http, no modules, 127.0.0.1 only. Two builds: the default one and `-tags slowed`
// (rounds_slowed.go: 50 % more CPU work per request).
//
//	/work    200 after workRounds SHA-256 rounds (CPU work, so latency depends on the build and the load)
//	/outage  like /work, but 503 while the time since the server's first /outage request lies inside
//	         one of the -outages windows (e.g. "2s-2.4s,6.5s-6.8s"): errors clustered in time
//	/quit    stops the server
package main

import (
	"crypto/sha256"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"strings"
	"sync"
	"time"
)

type window struct{ from, to time.Duration }

var (
	addr    = flag.String("addr", "127.0.0.1:18472", "listen address")
	outages = flag.String("outages", "", "comma-separated windows from-to after the first /outage request, e.g. 2s-2.4s,6.5s-6.8s")
	first   time.Time
	once    sync.Once
	windows []window
)

func work() [32]byte {
	sum := sha256.Sum256([]byte("benchboard"))
	for i := 0; i < workRounds; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum
}

func serveWork(w http.ResponseWriter, r *http.Request) {
	sum := work()
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, "{\"build\":%q,\"sum\":\"%x\"}\n", build, sum[:4])
}

func serveOutage(w http.ResponseWriter, r *http.Request) {
	once.Do(func() { first = time.Now() })
	since := time.Since(first)
	for _, win := range windows {
		if since >= win.from && since < win.to {
			http.Error(w, "{\"error\":\"unavailable\"}", http.StatusServiceUnavailable)
			return
		}
	}
	serveWork(w, r)
}

func parseWindows(spec string) ([]window, error) {
	var out []window
	for _, part := range strings.Split(spec, ",") {
		if part = strings.TrimSpace(part); part == "" {
			continue
		}
		ends := strings.SplitN(part, "-", 2)
		if len(ends) != 2 {
			return nil, fmt.Errorf("window %q: want from-to", part)
		}
		from, err := time.ParseDuration(ends[0])
		if err != nil {
			return nil, err
		}
		to, err := time.ParseDuration(ends[1])
		if err != nil {
			return nil, err
		}
		out = append(out, window{from, to})
	}
	return out, nil
}

func main() {
	flag.Parse()
	var err error
	if windows, err = parseWindows(*outages); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	srv := &http.Server{}
	mux := http.NewServeMux()
	mux.HandleFunc("/work", serveWork)
	mux.HandleFunc("/outage", serveOutage)
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
