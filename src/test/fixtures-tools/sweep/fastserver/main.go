// Command fastserver serves the sweep's JSON endpoint with fasthttp, the engine under Fiber. It stands
// for the demo's "Fiber" candidate in the concurrency-sweep fixtures (Fiber itself is not packaged in
// Debian, so it cannot be built offline here). Same body as ginserver, encoded with encoding/json.
//
// Built in GOPATH mode against Debian's packaged fasthttp (golang-github-valyala-fasthttp-dev), offline:
//   GO111MODULE=off GOPATH=/usr/share/gocode go build -o fastserver .
package main

import (
	"encoding/json"
	"flag"
	"log"

	"github.com/valyala/fasthttp"
)

// item is the JSON body both sweep servers return, field for field.
type item struct {
	ID      int      `json:"id"`
	Name    string   `json:"name"`
	Message string   `json:"message"`
	Tags    []string `json:"tags"`
	Price   float64  `json:"price"`
}

func main() {
	addr := flag.String("addr", "127.0.0.1:18491", "listen address")
	flag.Parse()
	handler := func(ctx *fasthttp.RequestCtx) {
		if string(ctx.Path()) != "/json" || !ctx.IsGet() {
			ctx.SetStatusCode(fasthttp.StatusNotFound)
			return
		}
		body, err := json.Marshal(item{ID: 42, Name: "widget", Message: "Hello, World!",
			Tags: []string{"a", "b", "c"}, Price: 9.99})
		if err != nil {
			ctx.SetStatusCode(fasthttp.StatusInternalServerError)
			return
		}
		ctx.SetContentType("application/json; charset=utf-8")
		ctx.SetBody(body)
	}
	log.Fatal(fasthttp.ListenAndServe(*addr, handler))
}
