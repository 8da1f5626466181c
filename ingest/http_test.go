package ingest_test

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/ingest"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// post sends body to the handler and returns the status and decoded JSON answer.
func post(t *testing.T, h http.Handler, ctx context.Context, path, contentType, body string) (int, map[string]any) {
	t.Helper()
	req := httptest.NewRequestWithContext(ctx, http.MethodPost, path, strings.NewReader(body))
	if contentType != "" {
		req.Header.Set("Content-Type", contentType)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	var out map[string]any
	if rec.Code != http.StatusMethodNotAllowed {
		if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
			t.Fatalf("%s answered %d with non-JSON %q", path, rec.Code, rec.Body.String())
		}
	}
	return rec.Code, out
}

const (
	goodBalance    = `{"id":"e1","token":"SOL","user_id":"alice","at":"2025-03-01T12:00:00.000000001Z","balance":"1500000000"}`
	goodBalance2   = `{"id":"e2","token":"sol","user_id":"bob","at":"2025-03-01T13:00:00+01:00","balance":"0"}`
	goodActivation = `{"id":"a1","user_id":"alice","at":"2025-02-01T00:00:00Z","active":true}`
)

func TestHandlerStores(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	h := ingest.NewHandler(s, ingest.HandlerOptions{})
	for i, want := range []string{"2 0", "0 2"} {
		code, out := post(t, h, ctx, "/v1/balances", "application/json; charset=utf-8", "["+goodBalance+","+goodBalance2+"]")
		if got := fmtCounts(out); code != http.StatusOK || got != want {
			t.Fatalf("post #%d = %d %v, want 200 with %s", i, code, out, want)
		}
	}
	if got, want := storetest.Changes(t, s, "SOL", feedDay), "e2:bob@12:00:00.000000000=0 e1:alice@12:00:00.000000001=1500000000"; got != want {
		t.Fatalf("stored %s, want %s", got, want)
	}
	code, out := post(t, h, ctx, "/v1/activations", "", "["+goodActivation+`,{"id":"a2","user_id":"alice","at":"2025-03-01T05:00:00Z","active":false}]`)
	if code != http.StatusOK || fmtCounts(out) != "2 0" {
		t.Fatalf("activations = %d %v", code, out)
	}
	if got := storetest.Activations(t, s, feedDay.AddDate(0, 0, 1)); got != "a1:alice@-672h0m0s=on a2:alice@5h0m0s=off" {
		t.Fatalf("stored activations %s", got)
	}
	if code, out := post(t, h, ctx, "/v1/balances", "", "[]"); code != http.StatusOK || fmtCounts(out) != "0 0" {
		t.Fatalf("empty batch = %d %v", code, out)
	}
}

var feedDay = time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)

func fmtCounts(out map[string]any) string {
	a, _ := out["accepted"].(float64)
	d, _ := out["duplicates"].(float64)
	return strings.TrimSpace(strings.Join([]string{itoa(a), itoa(d)}, " "))
}

func itoa(f float64) string { b, _ := json.Marshal(int(f)); return string(b) }

func TestHandlerRefuses(t *testing.T) {
	ctx := context.Background()
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	h := ingest.NewHandler(s, ingest.HandlerOptions{MaxBodyBytes: 4096})
	if code, _ := post(t, h, ctx, "/v1/balances", "", "["+goodBalance+"]"); code != http.StatusOK {
		t.Fatal(code)
	}
	if err := s.CloseBalanceDay(ctx, "SOL", time.Date(2025, 2, 28, 0, 0, 0, 0, time.UTC)); err != nil {
		t.Fatal(err)
	}
	withBalance := func(field, value string) string {
		m := map[string]any{}
		_ = json.Unmarshal([]byte(goodBalance), &m)
		m["id"] = "new"
		if value == "<none>" {
			delete(m, field)
		} else {
			m[field] = json.RawMessage(value)
		}
		b, _ := json.Marshal(m)
		return string(b)
	}
	tests := []struct {
		name      string
		path      string
		ctype     string
		body      string
		wantCode  int
		wantIndex int // -1: none
		wantField string
		wantText  string
	}{
		{"not an array", "/v1/balances", "", goodBalance, 400, -1, "", "not a JSON array"},
		{"null", "/v1/balances", "", "null", 400, -1, "", "not a JSON array"},
		{"empty body", "/v1/balances", "", "", 400, -1, "", "not a JSON array"},
		{"broken JSON", "/v1/balances", "", "[" + goodBalance, 400, -1, "", "not a JSON array"},
		{"data after the array", "/v1/balances", "", "[] []", 400, -1, "", "after the array"},
		{"element not an object", "/v1/balances", "", "[" + goodBalance + ",42]", 400, 1, "", "not a JSON object"},
		{"unknown field", "/v1/balances", "", "[" + withBalance("amount", `"1"`) + "]", 400, 0, "amount", "unknown field"},
		{"missing id", "/v1/balances", "", "[" + withBalance("id", "<none>") + "]", 400, 0, "id", "missing"},
		{"empty user", "/v1/balances", "", "[" + withBalance("user_id", `""`) + "]", 400, 0, "user_id", "empty"},
		{"unknown token", "/v1/balances", "", "[" + withBalance("token", `"DOGE"`) + "]", 400, 0, "token", `unknown token "DOGE"`},
		{"time without offset", "/v1/balances", "", "[" + withBalance("at", `"2025-03-01T12:00:00"`) + "]", 400, 0, "at", "RFC 3339"},
		{"time with ten digits", "/v1/balances", "", "[" + withBalance("at", `"2025-03-01T12:00:00.0000000001Z"`) + "]", 400, 0, "at", "RFC 3339"},
		{"time out of range", "/v1/balances", "", "[" + withBalance("at", `"1969-12-31T00:00:00Z"`) + "]", 400, 0, "at", "outside"},
		{"balance a number", "/v1/balances", "", "[" + withBalance("balance", `15`) + "]", 400, 0, "balance", "not a JSON string"},
		{"balance null", "/v1/balances", "", "[" + withBalance("balance", `null`) + "]", 400, 0, "balance", "not a JSON string"},
		{"balance in token units", "/v1/balances", "", "[" + withBalance("balance", `"1.5"`) + "]", 400, 0, "balance", "base units"},
		{"balance negative", "/v1/balances", "", "[" + withBalance("balance", `"-1"`) + "]", 400, 0, "balance", "negative"},
		{"balance with a plus", "/v1/balances", "", "[" + withBalance("balance", `"+1"`) + "]", 400, 0, "balance", "base units"},
		{"balance too large", "/v1/balances", "", "[" + withBalance("balance", `"`+strings.Repeat("9", 80)+`"`) + "]", 400, 0, "balance", "base units"},
		{"activation not boolean", "/v1/activations", "", `[` + goodActivation + `,{"id":"a2","user_id":"u","at":"2025-03-01T00:00:00Z","active":"yes"}]`, 400, 1, "active", "true or false"},
		{"activation missing active", "/v1/activations", "", `[{"id":"a2","user_id":"u","at":"2025-03-01T00:00:00Z"}]`, 400, 0, "active", "missing"},
		{"conflicting id", "/v1/balances", "", "[" + strings.Replace(goodBalance, "1500000000", "1", 1) + "]", 409, -1, "", "e1"},
		{"closed day", "/v1/balances", "", "[" + withBalance("at", `"2025-02-28T23:59:59Z"`) + "]", 409, -1, "", "2025-02-28"},
		{"activation in a closed day", "/v1/activations", "", `[{"id":"a9","user_id":"u","at":"2025-02-28T10:00:00Z","active":true}]`, 409, -1, "", "a9"},
		{"too large", "/v1/balances", "", "[" + strings.Repeat(goodBalance+",", 100) + goodBalance + "]", 413, -1, "", "larger than 4096"},
		{"not JSON", "/v1/balances", "text/csv", "[]", 415, -1, "", "text/csv"},
	}
	for _, tt := range tests {
		code, out := post(t, h, ctx, tt.path, tt.ctype, tt.body)
		msg, _ := out["error"].(string)
		index, hasIndex := out["index"].(float64)
		field, _ := out["field"].(string)
		switch {
		case code != tt.wantCode:
			t.Errorf("%s: %d %v, want %d", tt.name, code, out, tt.wantCode)
		case tt.wantIndex >= 0 && (!hasIndex || int(index) != tt.wantIndex):
			t.Errorf("%s: index %v, want %d (%v)", tt.name, out["index"], tt.wantIndex, out)
		case tt.wantIndex < 0 && hasIndex:
			t.Errorf("%s: index %v given for a whole-body error", tt.name, index)
		case field != tt.wantField || !strings.Contains(msg, tt.wantText):
			t.Errorf("%s: field %q, error %q; want %q and %q", tt.name, field, msg, tt.wantField, tt.wantText)
		}
	}
	if code, out := post(t, h, ctx, "/v1/balances", "", "["+withBalance("at", `"2025-02-28T23:59:59Z"`)+"]"); out["token"] != "SOL" || out["day"] != "2025-02-28" || out["id"] != "new" || code != 409 {
		t.Errorf("closed day answer %d %v lacks token, day or id", code, out)
	}
	if got := storetest.Changes(t, s, "SOL", feedDay); got != "e1:alice@12:00:00.000000001=1500000000" {
		t.Fatalf("refused requests stored %s", got)
	}
	req := httptest.NewRequest(http.MethodGet, "/v1/balances", nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("GET = %d", rec.Code)
	}
}

func TestHandlerStoreFailures(t *testing.T) {
	ctx := context.Background()
	now := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	clock := now
	s, err := store.Open(ctx, storetest.SQLiteDSN(t), store.Options{Now: func() time.Time { return clock }})
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	h := ingest.NewHandler(s, ingest.HandlerOptions{Logger: slog.New(slog.NewJSONHandler(&logs, nil))})
	lease, err := s.AcquireLease(ctx, "leader", "a", time.Second)
	if err != nil {
		t.Fatal(err)
	}
	clock = now.Add(time.Minute)
	if code, _ := post(t, h, store.WithFence(ctx, lease), "/v1/balances", "", "["+goodBalance+"]"); code != http.StatusServiceUnavailable {
		t.Fatalf("fenced-out replica answered %d, want 503", code)
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	code, out := post(t, h, ctx, "/v1/activations", "", "["+goodActivation+"]")
	if code != http.StatusInternalServerError || strings.Contains(out["error"].(string), "closed") {
		t.Fatalf("closed store answered %d %v, want 500 without internals", code, out)
	}
	if !strings.Contains(logs.String(), "storing events failed") || !strings.Contains(logs.String(), "database is closed") {
		t.Fatalf("store failure not logged: %s", logs.String())
	}
}
