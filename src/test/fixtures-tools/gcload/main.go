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
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"runtime"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
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
	flag.Parse()

	log.SetOutput(os.Stderr)
	gogc := os.Getenv("GOGC")
	if gogc == "" {
		gogc = "unset (default 100)"
	}
	logLine(*ansi, "INFO", fmt.Sprintf("starting gcload mode=%s GOGC=%s GOMAXPROCS=%d %s",
		*mode, gogc, runtime.GOMAXPROCS(0), runtime.Version()))

	table = make([]item, 0, 40000)
	for i := 0; i < cap(table); i++ {
		table = append(table, item{ID: i, Name: "item-" + strconv.Itoa(i), Price: float64(i) / 7, Tags: make([]byte, 160)})
	}

	mux := http.NewServeMux()
	mux.HandleFunc("/items", func(w http.ResponseWriter, r *http.Request) {
		n := requests.Add(1)
		start := int(n*97) % (len(table) - 400)
		page := make([]item, 400)
		copy(page, table[start:start+400])
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
	})

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
	go func() { _ = http.Serve(ln, mux) }()

	began := time.Now()
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	var lastForce time.Time = began
	for now := range tick.C {
		elapsed := now.Sub(began)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		logLine(*ansi, "INFO", fmt.Sprintf("served=%d leaked_bytes=%d heap_alloc_mb=%.1f num_gc=%d",
			requests.Load(), leakedB.Load(), float64(ms.HeapAlloc)/(1<<20), ms.NumGC))
		if *forceEvery > 0 && now.Sub(lastForce) >= *forceEvery {
			lastForce = now
			logLine(*ansi, "WARN", "forcing a collection (runtime.GC)")
			runtime.GC()
		}
		if elapsed >= *duration {
			break
		}
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
