package payout

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// pullPage is the decoded response of the pull handler.
type pullPage struct {
	Batches []struct {
		Seq   int64           `json:"seq"`
		Batch json.RawMessage `json:"batch"`
	} `json:"batches"`
	Next int64 `json:"next"`
}

func getPage(t *testing.T, url string) (int, pullPage, pullError) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Fatalf("GET %s: content type %q", url, ct)
	}
	var page pullPage
	var perr pullError
	if resp.StatusCode == http.StatusOK {
		err = json.Unmarshal(body, &page)
	} else {
		err = json.Unmarshal(body, &perr)
	}
	if err != nil {
		t.Fatalf("GET %s: %d %s: %v", url, resp.StatusCode, body, err)
	}
	return resp.StatusCode, page, perr
}

// dayBatch signs a batch for token and the n-th day after 2025-03-01.
func dayBatch(t testing.TB, token string, n int) SignedBatch {
	t.Helper()
	b := workedExample(t)
	b.Token = token
	b.Day = fmt.Sprintf("%04d-%02d-%02d", 2026+n/336, 1+n/28%12, 1+n%28)
	b.Key = "payout/" + token + "/" + b.Day
	sb, err := Sign(b, testKey(t))
	if err != nil {
		t.Fatal(err)
	}
	return sb
}

// TestPullWhileSaving: a client paging through the feed while batches are saved sees
// every batch exactly once, in order, and each verifies.
func TestPullWhileSaving(t *testing.T) {
	for _, backend := range storetest.Backends() {
		t.Run(backend.Name, func(t *testing.T) {
			dsn := backend.DSN(t)
			writer, reader := storetest.Open(t, dsn), storetest.Open(t, dsn)
			srv := httptest.NewServer(NewPullHandler(reader, PullOptions{}))
			defer srv.Close()
			const batches = 60
			var wg sync.WaitGroup
			for w, token := range []string{"SOL", "ADA", "TON"} {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := w; i < batches; i += 3 {
						if _, _, err := writer.SaveBatch(context.Background(), dayBatch(t, token, i).Stored()); err != nil {
							t.Errorf("save: %v", err)
							return
						}
					}
				}()
			}
			done := make(chan struct{})
			go func() { wg.Wait(); close(done) }()
			var seen []int64
			keys := map[string]bool{}
			after := int64(0)
			for finished := false; !finished; {
				select {
				case <-done:
					finished = true // one more pass picks up the last saves
				default:
				}
				for {
					code, page, perr := getPage(t, fmt.Sprintf("%s/v1/payouts?after=%d&limit=4", srv.URL, after))
					if code != http.StatusOK {
						t.Fatalf("status %d: %+v", code, perr)
					}
					for _, b := range page.Batches {
						sb, err := ParseSignedBatch(b.Batch)
						if err != nil {
							t.Fatal(err)
						}
						if err := Verify(sb, testKey(t).Public()); err != nil {
							t.Fatal(err)
						}
						seen = append(seen, b.Seq)
						keys[sb.Key] = true
					}
					if want := after; len(page.Batches) > 0 {
						want = page.Batches[len(page.Batches)-1].Seq
						if page.Next != want {
							t.Fatalf("next = %d, want %d", page.Next, want)
						}
					} else if page.Next != after {
						t.Fatalf("empty page: next = %d, want %d", page.Next, after)
					}
					after = page.Next
					if len(page.Batches) < 4 {
						break
					}
				}
			}
			if len(seen) != batches || len(keys) != batches {
				t.Fatalf("the client saw %d batches (%d keys), want %d: %v", len(seen), len(keys), batches, seen)
			}
			for i, seq := range seen {
				if seq != int64(i+1) {
					t.Fatalf("the client saw %v: skipped or repeated at position %d", seen, i)
				}
			}
			// The token filter.
			_, page, _ := getPage(t, srv.URL+"/v1/payouts?token=ada&limit=100")
			if len(page.Batches) != batches/3 {
				t.Fatalf("token=ada: %d batches, want %d", len(page.Batches), batches/3)
			}
			for _, b := range page.Batches {
				if !strings.Contains(string(b.Batch), `"token":"ADA"`) {
					t.Fatalf("token=ada served %s", b.Batch)
				}
			}
		})
	}
}

type failingReader struct{}

func (failingReader) BatchesAfter(context.Context, string, int64, int) ([]store.StoredBatch, error) {
	return nil, errors.New("database on fire")
}

func TestPullRefuses(t *testing.T) {
	s := storetest.Open(t, storetest.SQLiteDSN(t))
	srv := httptest.NewServer(NewPullHandler(s, PullOptions{MaxLimit: 50}))
	defer srv.Close()
	tests := []struct {
		name      string
		giveQuery string
		wantParam string
		wantMsg   string
	}{
		{"negative after", "after=-1", "after", `after "-1" is not a sequence number`},
		{"after not a number", "after=abc", "after", `after "abc"`},
		{"zero limit", "limit=0", "limit", `limit "0" is not an integer from 1 to 50`},
		{"limit above the maximum", "limit=51", "limit", `limit "51"`},
		{"unknown token", "token=DOGE", "token", `token "DOGE" is not a supported token`},
		{"empty token", "token=", "token", `token ""`},
		{"unknown parameter", "cursor=5", "cursor", `unknown parameter "cursor"`},
		{"repeated parameter", "after=1&after=2", "after", "parameter after given 2 times"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, _, perr := getPage(t, srv.URL+"/v1/payouts?"+tt.giveQuery)
			if code != http.StatusBadRequest || perr.Parameter != tt.wantParam || !strings.Contains(perr.Error, tt.wantMsg) {
				t.Fatalf("status %d, %+v; want 400 naming %s with %q", code, perr, tt.wantParam, tt.wantMsg)
			}
		})
	}
	resp, err := http.Post(srv.URL+"/v1/payouts", "application/json", strings.NewReader("{}"))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed || resp.Header.Get("Allow") != "GET, HEAD" {
		t.Fatalf("POST: status %d, Allow %q", resp.StatusCode, resp.Header.Get("Allow"))
	}
	if code, page, _ := getPage(t, srv.URL+"/v1/payouts?after=7"); code != http.StatusOK || len(page.Batches) != 0 || page.Next != 7 {
		t.Fatalf("empty feed: %d %+v; want 200, no batches, next 7", code, page)
	}

	broken := httptest.NewServer(NewPullHandler(failingReader{}, PullOptions{}))
	defer broken.Close()
	code, _, perr := getPage(t, broken.URL+"/v1/payouts")
	if code != http.StatusInternalServerError || strings.Contains(perr.Error, "fire") {
		t.Fatalf("store failure: %d %+v; want 500 without the detail", code, perr)
	}
}
