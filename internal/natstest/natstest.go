// Package natstest owns the tests' connection to NATS: the server named by
// STAKER_TEST_NATS_URL (default nats://127.0.0.1:4222, where .ci/run starts one). An
// unreachable server fails the test; it is never skipped silently.
package natstest

import (
	"os"
	"testing"
	"time"

	"github.com/nats-io/nats.go"
)

// DefaultURL is the NATS the tests use when STAKER_TEST_NATS_URL is unset.
const DefaultURL = "nats://127.0.0.1:4222"

// URL is the test NATS server's URL.
func URL() string {
	if u := os.Getenv("STAKER_TEST_NATS_URL"); u != "" {
		return u
	}
	return DefaultURL
}

// Conn connects to the test NATS server and closes the connection when the test ends.
func Conn(t testing.TB) *nats.Conn {
	t.Helper()
	nc, err := nats.Connect(URL(), nats.Timeout(5*time.Second))
	if err != nil {
		t.Fatalf("NATS at %s is not reachable (start it, or set STAKER_TEST_NATS_URL): %v", URL(), err)
	}
	t.Cleanup(nc.Close)
	return nc
}
