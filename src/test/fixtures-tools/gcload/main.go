// gcload is a small net/http service used to capture real GODEBUG=gctrace=1 output for Benchboard's
// GC fixtures. Load comes from outside (hey), so the trace shows only the server's own garbage.
//
//	healthy: every request builds a ~48 KB JSON response from a fixed 8 MiB table (the table stays
//	         live, the response is garbage), so the live heap is flat.
//	leak:    the same, plus every request appends a fresh -leak-bytes []byte to a global slice that
//	         is never trimmed: the live heap grows by leak-bytes x request rate.
//
// The process logs one line per second to stderr (plain or ANSI-coloured, as many services do), so
// the captured stream has application lines interleaved with the runtime's gc lines. It exits after
// -duration and prints what it served and leaked, the ground truth for the fixture README.
//
//	-engine gin       serves the same handler through Gin (Debian's golang-github-gin-gonic-gin-dev)
//	                  instead of net/http's ServeMux.
//	-table-items N    size of the live table (40000 items ≈ 8 MiB; a few hundred gives a server whose
//	                  live heap is below gctrace's 1 MB resolution, as a small JSON API is).
//	-alloc-bench      measures the handler's bytes per request with testing.Benchmark (b.ReportAllocs)
//	                  through the chosen engine's ServeHTTP, prints it and exits: the independent
//	                  allocation figure the gctrace allocation rate is checked against.
//	-shutdown-noise D at exit, log to stderr at a high rate for D while the main goroutine allocates
//	                  garbage, the way a service logs its connection draining: the runtime writes a
//	                  gc line piece by piece, so these writes can land inside gc lines.
//
// Built in GOPATH mode against Debian's packaged Gin, offline (see capture-gctrace.sh):
//
//	GO111MODULE=off GOPATH=/usr/share/gocode go build -o gcload ./gcload
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
)

type item struct {
	ID    int     `json:"id"`
	Name  string  `json:"name"`
	Price float64 `json:"price"`
	Tags  []byte  `json:"tags"`
}

var (
	table    []item // live for the whole run
	leakMu   sync.Mutex
	leaked   [][]byte // the deliberate leak: never trimmed
	requests atomic.Int64
	leakedB  atomic.Int64
)

func main() {
	mode := flag.String("mode", "healthy", "healthy or leak")
	leakBytes := flag.Int("leak-bytes", 4096, "bytes retained per request in leak mode")
	duration := flag.Duration("duration", 30*time.Second, "how long to serve before exiting")
	ansi := flag.Bool("ansi", false, "colour the log lines like a terminal logger")
	forceEvery := flag.Duration("force-gc-every", 0, "call runtime.GC() this often (0 = never), to get (forced) cycles")
	addrFile := flag.String("addr-file", "", "write the listening address here once listening")
	engine := flag.String("engine", "nethttp", "nethttp or gin")
	tableItems := flag.Int("table-items", 40000, "items in the live table")
	allocBench := flag.Bool("alloc-bench", false, "print the handler's bytes/op (testing.Benchmark) and exit")
	shutdownNoise := flag.Duration("shutdown-noise", 0, "log at a high rate for this long at exit while allocating garbage")
	testing.Init()
	flag.Parse()

	log.SetOutput(os.Stderr)
	gogc := os.Getenv("GOGC")
	if gogc == "" {
		gogc = "unset (default 100)"
	}
	logLine(*ansi, "INFO", fmt.Sprintf("starting gcload mode=%s GOGC=%s GOMAXPROCS=%d %s",
		*mode, gogc, runtime.GOMAXPROCS(0), runtime.Version()))

	table = make([]item, 0, *tableItems)
	for i := 0; i < cap(table); i++ {
		table = append(table, item{ID: i, Name: "item-" + strconv.Itoa(i), Price: float64(i) / 7, Tags: make([]byte, 160)})
	}

	pageItems := 400
	if pageItems > len(table)/2 {
		pageItems = len(table) / 2
	}
	items := func(w http.ResponseWriter, r *http.Request) {
		n := requests.Add(1)
		start := int(n*97) % (len(table) - pageItems)
		page := make([]item, pageItems)
		copy(page, table[start:start+pageItems])
		body, err := json.Marshal(page) // ~48 KB of garbage per request
		if err != nil {
			http.Error(w, err.Error(), 500)
			return
		}
		if *mode == "leak" {
			b := make([]byte, *leakBytes)
			b[0] = byte(n)
			leakMu.Lock()
			leaked = append(leaked, b)
			leakMu.Unlock()
			leakedB.Add(int64(*leakBytes))
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body[:256]) // the client needs no more; the allocation is what matters
	}
	var handler http.Handler
	switch *engine {
	case "nethttp":
		mux := http.NewServeMux()
		mux.HandleFunc("/items", items)
		handler = mux
	case "gin":
		gin.SetMode(gin.ReleaseMode)
		r := gin.New() // no logger/recovery middleware: the handler alone, as in the sweep servers
		r.GET("/items", gin.WrapF(items))
		handler = r
	default:
		log.Fatalf("unknown engine %q", *engine)
	}
	if *allocBench {
		benchAllocs(handler, *engine, *mode, *tableItems)
		return
	}

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		log.Fatal(err)
	}
	if *addrFile != "" {
		if err := os.WriteFile(*addrFile, []byte(ln.Addr().String()), 0o644); err != nil {
			log.Fatal(err)
		}
	}
	logLine(*ansi, "INFO", "listening on "+ln.Addr().String())
	go func() { _ = http.Serve(ln, handler) }()

	began := time.Now()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var lastForce time.Time = began
	for now := range tick.C {
		elapsed := now.Sub(began)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		logLine(*ansi, "INFO", fmt.Sprintf("served=%d leaked_bytes=%d heap_alloc_mb=%.1f num_gc=%d total_alloc_b=%d",
			requests.Load(), leakedB.Load(), float64(ms.HeapAlloc)/(1<<20), ms.NumGC, ms.TotalAlloc))
		if *forceEvery > 0 && now.Sub(lastForce) >= *forceEvery {
			lastForce = now
			logLine(*ansi, "WARN", "forcing a collection (runtime.GC)")
			runtime.GC()
		}
		if elapsed >= *duration {
			break
		}
	}
	if *shutdownNoise > 0 {
		drainNoise(*shutdownNoise)
	}
	elapsed := time.Since(began).Seconds()
	logLine(*ansi, "INFO", fmt.Sprintf("done requests=%d leaked_bytes=%d elapsed_s=%.3f leak_rate_bytes_per_s=%.1f",
		requests.Load(), leakedB.Load(), elapsed, float64(leakedB.Load())/elapsed))
}

func logLine(ansi bool, level, msg string) {
	if !ansi {
		log.Printf("%s %s", level, msg)
		return
	}
	colour := "\x1b[36m"
	if level == "WARN" {
		colour = "\x1b[33m"
	}
	// logrus-style terminal output: coloured level, then the message.
	fmt.Fprintf(os.Stderr, "%s%s\x1b[0m[%s] %s\n", colour, level, time.Now().Format("15:04:05.000"), msg)
}

// benchAllocs measures what one request allocates in the handler, through the engine's ServeHTTP
// with an httptest recorder: testing.Benchmark with b.ReportAllocs, the same figure `go test -bench
// -benchmem` prints as B/op. It does not see the per-connection work of the real server (reading the
// request off the socket), which keep-alive spreads over many requests.
func benchAllocs(h http.Handler, engine, mode string, tableItems int) {
	req := httptest.NewRequest("GET", "/items", nil)
	res := testing.Benchmark(func(b *testing.B) {
		b.ReportAllocs()
		for i := 0; i < b.N; i++ {
			h.ServeHTTP(httptest.NewRecorder(), req)
		}
	})
	fmt.Printf("alloc-bench engine=%s mode=%s table_items=%d go=%s N=%d bytes_per_op=%d allocs_per_op=%d\n",
		engine, mode, tableItems, runtime.Version(), res.N, res.AllocedBytesPerOp(), res.AllocsPerOp())
}

var drainSink []byte

// drainNoise is a shutdown that logs a lot: a goroutine writes a "draining" line to stderr every
// ~20 µs (spinning, since time.Sleep cannot wait that little) while the main goroutine allocates
// garbage, so gc lines and log writes race for stderr. The runtime prints a gc line with one
// write per field after restarting the world, so a log write can land in the middle of it.
func drainNoise(d time.Duration) {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		for i := 0; ; i++ {
			select {
			case <-stop:
				return
			default:
			}
			log.Printf("INFO draining conn=%d", i)
			for t := time.Now(); time.Since(t) < 20*time.Microsecond; {
				runtime.Gosched() // lets the collector stop the world without waiting for preemption
			}
		}
	}()
	end := time.Now().Add(d)
	for time.Now().Before(end) {
		drainSink = make([]byte, 64<<10) // garbage, so the collector runs back to back
	}
	close(stop)
	wg.Wait()
}
