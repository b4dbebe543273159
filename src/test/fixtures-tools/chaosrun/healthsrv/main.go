// healthsrv is the victim of the local chaos run: a net/http service with a /health endpoint. It
// prints "listening <addr> <unix-ms>" on stdout once the socket accepts connections, so the
// orchestrator can record when a restarted instance is really back.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"time"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:18081", "listen address")
	flag.Parse()
	mux := http.NewServeMux()
	mux.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		_, _ = w.Write([]byte("ok\n"))
	})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		log.Fatal(err)
	}
	fmt.Fprintf(os.Stdout, "listening %s %d\n", ln.Addr(), time.Now().UnixMilli())
	log.Fatal(http.Serve(ln, mux))
}
