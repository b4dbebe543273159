// ratedload: a minimal constant-rate HTTP load generator with wrk2's latency semantics, used only
// to produce the raw data for Benchboard's wrk2-format fixture (wrk2 itself is not packaged in
// Debian). Each connection sends at rate/connections requests per second on a fixed plan, and a
// request's latency is measured from when the plan said it should be sent, not from when it was
// actually sent, which is how wrk2 avoids coordinated omission.
//
// Output (stdout), read by RenderWrk2.java:
//
//	# url=<url> threads=<n> connections=<n> rate=<r> duration_s=<d>
//	<thread> <completion offset µs> <corrected latency µs>     (one line per response)
//	# bytes=<bytes read> runtime_us=<µs>
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"sync"
	"sync/atomic"
	"time"
)

type countingConn struct {
	net.Conn
	read *atomic.Int64
}

func (c countingConn) Read(b []byte) (int, error) {
	n, err := c.Conn.Read(b)
	c.read.Add(int64(n))
	return n, err
}

type sample struct {
	thread, doneUs, latencyUs int64
}

func main() {
	url := flag.String("url", "http://127.0.0.1:18471/ok", "target")
	rate := flag.Float64("rate", 2000, "total requests per second")
	threads := flag.Int("threads", 2, "threads (goroutine groups)")
	connections := flag.Int("connections", 10, "connections, spread over threads")
	duration := flag.Duration("duration", 5*time.Second, "run length")
	flag.Parse()

	var bytesRead atomic.Int64
	start := time.Now()
	stopAt := start.Add(*duration)
	var mu sync.Mutex
	var samples []sample
	var wg sync.WaitGroup
	perConn := *rate / float64(*connections)
	for c := 0; c < *connections; c++ {
		thread := int64(c % *threads)
		transport := &http.Transport{
			MaxConnsPerHost: 1,
			DialContext: func(ctx context.Context, network, addr string) (net.Conn, error) {
				conn, err := (&net.Dialer{}).DialContext(ctx, network, addr)
				if err != nil {
					return nil, err
				}
				return countingConn{conn, &bytesRead}, nil
			},
		}
		client := &http.Client{Transport: transport, Timeout: 10 * time.Second}
		wg.Add(1)
		go func(offset time.Duration) {
			defer wg.Done()
			connStart := start.Add(offset)
			for i := 0; ; i++ {
				planned := connStart.Add(time.Duration(float64(i) / perConn * float64(time.Second)))
				if planned.After(stopAt) {
					return
				}
				if d := time.Until(planned); d > 0 {
					time.Sleep(d)
				}
				resp, err := client.Get(*url)
				if err != nil {
					continue
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				now := time.Now()
				mu.Lock()
				samples = append(samples, sample{thread, now.Sub(start).Microseconds(), now.Sub(planned).Microseconds()})
				mu.Unlock()
			}
		}(time.Duration(c) * 5 * time.Millisecond) // wrk2 staggers connects 5 ms apart
	}
	wg.Wait()
	runtime := time.Since(start)
	fmt.Printf("# url=%s threads=%d connections=%d rate=%.0f duration_s=%.0f\n", *url, *threads, *connections, *rate, duration.Seconds())
	for _, s := range samples {
		fmt.Printf("%d %d %d\n", s.thread, s.doneUs, s.latencyUs)
	}
	fmt.Printf("# bytes=%d runtime_us=%d\n", bytesRead.Load(), runtime.Microseconds())
	os.Stdout.Sync()
}
