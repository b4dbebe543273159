// prober is a health prober like a blackbox exporter: every -interval it starts a GET of -url with
// a -timeout, on a fresh connection, and appends "timestamp,ok,latency_ms" to -out, where timestamp
// is the probe's start in epoch seconds with milliseconds, ok is the HTTP status (0 when no response
// arrived: refused, reset or timed out) and latency_ms the time to the response or the error. It
// runs until SIGTERM/SIGINT.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"log"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"
)

func main() {
	url := flag.String("url", "http://127.0.0.1:18081/health", "probe target")
	interval := flag.Duration("interval", 100*time.Millisecond, "time between probe starts")
	timeout := flag.Duration("timeout", 80*time.Millisecond, "probe timeout")
	out := flag.String("out", "probe-log.csv", "CSV output")
	flag.Parse()

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	w := bufio.NewWriter(f)
	fmt.Fprintln(w, "timestamp,ok,latency_ms")
	client := &http.Client{Timeout: *timeout, Transport: &http.Transport{DisableKeepAlives: true}}

	stop := make(chan os.Signal, 1)
	signal.Notify(stop, syscall.SIGTERM, syscall.SIGINT)
	tick := time.NewTicker(*interval)
	defer tick.Stop()
	for {
		select {
		case <-stop:
			_ = w.Flush()
			_ = f.Close()
			return
		case start := <-tick.C:
			status := 0
			resp, err := client.Get(*url)
			if err == nil {
				_, _ = io.Copy(io.Discard, resp.Body)
				_ = resp.Body.Close()
				status = resp.StatusCode
			}
			latency := time.Since(start)
			ms := start.UnixMilli()
			fmt.Fprintf(w, "%d.%03d,%d,%.3f\n", ms/1000, ms%1000, status, float64(latency.Microseconds())/1000)
			_ = w.Flush()
		}
	}
}
