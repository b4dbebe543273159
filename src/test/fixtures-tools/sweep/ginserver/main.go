// Command ginserver serves the sweep's JSON endpoint with Gin (net/http underneath). It stands for the
// demo's "Gin" candidate in the concurrency-sweep fixtures: a tiny handler on one core (GOMAXPROCS=1 set
// by the caller), so the sweep shows the engine's saturation, not an application's cost.
//
// Built in GOPATH mode against Debian's packaged Gin (golang-github-gin-gonic-gin-dev), offline:
//   GO111MODULE=off GOPATH=/usr/share/gocode go build -o ginserver .
package main

import (
	"flag"
	"log"
	"net/http"

	"github.com/gin-gonic/gin"
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
	addr := flag.String("addr", "127.0.0.1:18490", "listen address")
	flag.Parse()
	gin.SetMode(gin.ReleaseMode)
	r := gin.New() // no default logger or recovery middleware: the handler alone
	r.GET("/json", func(c *gin.Context) {
		c.JSON(http.StatusOK, item{ID: 42, Name: "widget", Message: "Hello, World!",
			Tags: []string{"a", "b", "c"}, Price: 9.99})
	})
	log.Fatal(http.ListenAndServe(*addr, r))
}
