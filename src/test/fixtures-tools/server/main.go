// Fixture server for Benchboard's command-line load-test fixtures (see make-cli-fixtures.sh).
// Plain net/http so it builds offline with no modules. Listens on 127.0.0.1 only.
//
//	/ok      200 with a small JSON body and a little CPU work, so latencies are not all ~0
//	/flaky   mixed outcomes: ~10 % HTTP 500, ~3 % the connection is closed without a response
//	         (wrk counts a socket read error, hey an EOF error), 1 in 500 a 1.1 s stall (a timeout for wrk --timeout 1s)
//	/quit    stops the server
//
// With -log the server writes coloured log lines (ANSI, like gin/zerolog console output) to stdout
// once every -log-every requests and once a second, so a capture that merges them with wrk's output
// has interleaved application lines.
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
	addr     = flag.String("addr", "127.0.0.1:18471", "listen address")
	logging  = flag.Bool("log", false, "write coloured application log lines to stdout")
	logEvery = flag.Int64("log-every", 20000, "log one line per this many requests")
	count    atomic.Int64
)

func work(n int) [32]byte {
	sum := sha256.Sum256([]byte("benchboard"))
	for i := 0; i < n; i++ {
		sum = sha256.Sum256(sum[:])
	}
	return sum
}

func logLine(level, colour, msg string) {
	if *logging {
		fmt.Printf("\x1b[90m%s\x1b[0m \x1b[%sm%s\x1b[0m %s\n", time.Now().Format("15:04:05.000"), colour, level, msg)
	}
}

func ok(w http.ResponseWriter, r *http.Request) {
	n := count.Add(1)
	if *logEvery > 0 && n%*logEvery == 0 {
		logLine("INF", "32", fmt.Sprintf("served requests=%d path=%s", n, r.URL.Path))
	}
	sum := work(20)
	w.Header().Set("Content-Type", "application/json")
	fmt.Fprintf(w, "{\"status\":\"ok\",\"n\":%d,\"sum\":\"%x\"}\n", n, sum[:4])
}

func flaky(w http.ResponseWriter, r *http.Request) {
	n := count.Add(1)
	switch {
	case n%500 == 7:
		time.Sleep(1100 * time.Millisecond)
	case n%33 == 5:
		// Close the connection without answering: a socket error for the client.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
				return
			}
		}
	case n%10 == 3:
		logLine("ERR", "31", fmt.Sprintf("request failed n=%d status=500", n))
		http.Error(w, "{\"error\":\"boom\"}", http.StatusInternalServerError)
		return
	}
	sum := work(20)
	fmt.Fprintf(w, "{\"status\":\"ok\",\"n\":%d,\"sum\":\"%x\"}\n", n, sum[:4])
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
	mux.HandleFunc("/ok", ok)
	mux.HandleFunc("/flaky", flaky)
	mux.HandleFunc("/quit", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusNoContent)
		go srv.Close()
	})
	srv.Handler = mux
	if *logging {
		go func() {
			for range time.Tick(time.Second) {
				logLine("INF", "32", fmt.Sprintf("heartbeat requests=%d", count.Load()))
			}
		}()
	}
	logLine("INF", "32", "listening on "+*addr)
	if err := srv.Serve(ln); err != nil && err != http.ErrServerClosed {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
