// Package storetest is the conformance suite every store backend must pass, and the helpers
// that give each test its own isolated database: a fresh SQLite file, or a fresh schema in
// the PostgreSQL named by STAKER_TEST_POSTGRES_DSN.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"testing"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" driver, to create and drop test schemas
)

// DefaultPostgresDSN is the PostgreSQL the tests use when STAKER_TEST_POSTGRES_DSN is unset.
const DefaultPostgresDSN = "postgres://postgres@127.0.0.1:5432/test?sslmode=disable"

// Backend names a store backend and makes a fresh, isolated DSN for it per test.
type Backend struct {
	Name string
	DSN  func(t testing.TB) string
}

// Backends returns SQLite and PostgreSQL. PostgreSQL is required: if it cannot be reached
// the test fails, unless STAKER_TEST_POSTGRES_DSN is "off", which skips it explicitly.
func Backends() []Backend {
	return []Backend{{Name: "sqlite", DSN: SQLiteDSN}, {Name: "postgres", DSN: PostgresDSN}}
}

// SQLiteDSN returns the DSN of a new SQLite file in the test's temporary directory.
func SQLiteDSN(t testing.TB) string {
	return "sqlite:" + filepath.Join(t.TempDir(), "staker.db")
}

// PostgresDSN creates a schema of its own for the test in the test PostgreSQL, drops it
// when the test ends, and returns a DSN whose search_path is that schema.
func PostgresDSN(t testing.TB) string {
	t.Helper()
	base := os.Getenv("STAKER_TEST_POSTGRES_DSN")
	if base == "off" {
		t.Skip("PostgreSQL tests switched off by STAKER_TEST_POSTGRES_DSN=off")
	}
	if base == "" {
		base = DefaultPostgresDSN
	}
	db, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("postgres %s: %v", base, err)
	}
	t.Cleanup(func() { db.Close() })
	ctx := context.Background()
	if err := db.PingContext(ctx); err != nil {
		t.Fatalf("postgres at %s is not reachable (start it, or set STAKER_TEST_POSTGRES_DSN=off to skip): %v", base, err)
	}
	var b [8]byte
	if _, err := rand.Read(b[:]); err != nil {
		t.Fatal(err)
	}
	schema := "staker_test_" + hex.EncodeToString(b[:])
	if _, err := db.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		if _, err := db.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("STAKER_TEST_POSTGRES_DSN: %v", err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
