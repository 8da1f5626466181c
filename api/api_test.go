package api

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/softstake/staker/allocator"
	"github.com/softstake/staker/config"
	"github.com/softstake/staker/daemon"
	"github.com/softstake/staker/money"
	"github.com/softstake/staker/signer"
	"github.com/softstake/staker/store"
	"github.com/softstake/staker/store/storetest"
)

// concretePath fills a route's wildcards with values that reach its handler.
func concretePath(path string) string {
	return strings.NewReplacer("{token}", "SOL", "{id...}", "rebalance/SOL/2026-11-20/1", "{intent}", "abc",
		"{user}", "alice", "{day}", "2026-11-20").Replace(path)
}

// TestEveryRouteRefuses drives every registered route, so a new one cannot escape it: no
// token, a malformed header and an unknown token are 401 with a Bearer challenge; a token
// of a role the route does not allow is 403; a token of an allowed role gets through; and
// no token ever reaches the log.
func TestEveryRouteRefuses(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	f.seed(t)
	if len(f.srv.routes) < 17 {
		t.Fatalf("only %d routes registered", len(f.srv.routes))
	}
	for _, rt := range f.srv.routes {
		path := concretePath(rt.path)
		body := ""
		if rt.method == http.MethodPost {
			body = "[]"
		}
		t.Run(rt.pattern(), func(t *testing.T) {
			if rt.roles == nil {
				if code, out, _ := f.do(t, "", rt.method, path, body); code != http.StatusOK {
					t.Fatalf("open route without a token = %d %s", code, out)
				}
				return
			}
			if !slices.Contains(rt.roles, config.RoleAdmin) {
				t.Errorf("admin may not use %s", rt.pattern())
			}
			for _, header := range []string{"", "Basic b3BzOnB3", "Bearer ", "Bearer not-a-token", "Bearer " + secretOf(config.RoleAdmin) + "x"} {
				req := newRequest(rt.method, path, body)
				if header != "" {
					req.Header.Set("Authorization", header)
				}
				code, out, hdr := serve(f.srv, req)
				if code != http.StatusUnauthorized || !strings.HasPrefix(hdr.Get("WWW-Authenticate"), "Bearer") {
					t.Errorf("Authorization %q: %d %q, WWW-Authenticate %q; want 401 with a Bearer challenge", header, code, out, hdr.Get("WWW-Authenticate"))
				}
				if !strings.Contains(out, `"field":"Authorization"`) {
					t.Errorf("Authorization %q: body %s does not name the header", header, out)
				}
			}
			for _, c := range testCredentials {
				code, out, _ := f.do(t, c.Role, rt.method, path, body)
				allowed := slices.Contains(rt.roles, c.Role)
				switch {
				case !allowed && code != http.StatusForbidden:
					t.Errorf("role %s: %d %s, want 403", c.Role, code, out)
				case allowed && (code == http.StatusUnauthorized || code == http.StatusForbidden):
					t.Errorf("role %s is allowed but got %d %s", c.Role, code, out)
				}
			}
		})
	}
	logs := f.logs.String()
	for _, c := range testCredentials {
		if strings.Contains(logs, c.Secret) || strings.Contains(logs, c.Secret[:12]) {
			t.Fatalf("the log holds the token of %s", c.Name)
		}
	}
	var denied int
	for _, line := range strings.Split(strings.TrimSpace(logs), "\n") {
		var entry map[string]any
		if err := json.Unmarshal([]byte(line), &entry); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		if entry["msg"] != "request denied" {
			continue
		}
		denied++
		for _, key := range []string{"method", "path", "remote", "reason", "status"} {
			if entry[key] == nil || entry[key] == "" {
				t.Fatalf("denied request logged without %s: %s", key, line)
			}
		}
		if entry["remote"] != "192.0.2.7:41234" {
			t.Fatalf("denied request logged with remote %v", entry["remote"])
		}
	}
	if denied == 0 {
		t.Fatal("no denied request was logged")
	}
}

func newRequest(method, path, body string) *http.Request {
	req, err := http.NewRequest(method, path, strings.NewReader(body))
	if err != nil {
		panic(err)
	}
	req.RemoteAddr = "192.0.2.7:41234"
	if body != "" {
		req.Header.Set("Content-Type", "application/json")
	}
	return req
}

// TestRoutes runs requests against real stored data on every backend: the happy paths,
// the bad parameters, the 404s and the failures of the chain side.
func TestRoutes(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, b.DSN(t))
			f.seed(t)
			tests := []struct {
				name      string
				giveRole  config.Role
				giveVerb  string
				givePath  string
				giveBody  string
				wantCode  int
				wantParts []string
			}{
				{"tokens", config.RoleViewer, "GET", "/v1/tokens", "", 200, []string{
					`"symbol":"SOL","chain":"solana","network":"devnet","decimals":9,"min":{"base_units":"1000000000","units":"1"},"cap":{"base_units":"5000000000000","units":"5000"},"fee_bps":1000,"policy":"pool_rate","recognition":"smoothed"`,
					`"advertised_apr":{"bps":"744.60","decimal":"0.074460","from":"2026-11-15","to":"2026-11-21","days":7}`,
					`"symbol":"ADA","chain":"cardano","network":"devnet","decimals":6,"min":{"base_units":"150000000","units":"150"},"cap":null,"fee_bps":500`,
					`"advertised_apr":null`}},
				{"tokens take no parameter", config.RoleViewer, "GET", "/v1/tokens?x=1", "", 400, []string{`"field":"x"`}},

				{"pool", config.RoleTreasury, "GET", "/v1/pools/sol", "", 200, []string{
					`"token":"SOL","owner":"CustodySo1","liquid":{"base_units":"400000000000","units":"400"}`,
					`"buffer":{"target":{"base_units":"100000000000","units":"100"}`,
					`"why":"liquid 400 is above the high watermark 120: delegate the excess over the target"`,
					`"targets":[{"validator":"` + testValidator + `","amount":{"base_units":"900000000000","units":"900"}}]`,
					`"steps":[{"kind":"delegate","validator":"` + testValidator + `","amount":{"base_units":"300000000000","units":"300"},"purpose":"buffer","why":"delegate the buffer's excess"}]`,
					`"ladder":[{"validator":"` + testValidator + `","request":"req-1","amount":{"base_units":"2500000000","units":"2.5"},"matured":false,"liquid_at":"2026-11-23T04:00:00Z"}]`,
					// The books say 600 delegated (posted above), the chain 590.
					`{"account":"custody:delegated/` + testValidator + `","books":{"base_units":"600000000000","units":"600"},"chain":{"base_units":"590000000000","units":"590"},"alert":true}`}},
				{"pool of an unknown token", config.RoleViewer, "GET", "/v1/pools/DOGE", "", 404, []string{`"field":"token"`, `unknown token \"DOGE\"`}},
				{"pool of a token not enabled", config.RoleViewer, "GET", "/v1/pools/TON", "", 404, []string{`"field":"token"`, `token TON is not enabled`}},
				{"pool whose chain read fails", config.RoleViewer, "GET", "/v1/pools/ADA", "", 502, []string{`"error":"chain read failed: validators (retryable)"`}},

				{"validators", config.RoleViewer, "GET", "/v1/validators/SOL", "", 200, []string{
					`{"id":"` + testValidator + `","name":"Good Validator","commission_bps":500,"status":"active","total_stake":{"base_units":"1000000000000000","units":"1000000"},"delinquent":false,"produced":98,"due":100,"window":"epoch 812","allowlisted":true,"weight":3}`,
					`{"id":"VoteOther","commission_bps":0,"status":"jailed","total_stake":{"base_units":"5000000000","units":"5"},"delinquent":true,"allowlisted":false}`}},
				{"validators failing", config.RoleViewer, "GET", "/v1/validators/ADA", "", 500, []string{`"error":"internal error"`}},

				{"open intents", config.RoleViewer, "GET", "/v1/intents", "", 200, []string{
					`{"intents":[{"id":"rebalance/SOL/2026-11-20/1","token":"SOL","state":"planned","key_id":"custody-sol","action":{"kind":"delegate","validator":"` + testValidator + `","amount":{"base_units":"300000000000","units":"300"}}}]}`}},
				{"finalized intents", config.RoleViewer, "GET", "/v1/intents?token=SOL&state=finalized", "", 200, []string{`"id":"rebalance/SOL/2026-11-19/1"`}},
				{"intents of a token without any", config.RoleViewer, "GET", "/v1/intents?token=ADA", "", 200, []string{`{"intents":[]}`}},
				{"intents in an unknown state", config.RoleViewer, "GET", "/v1/intents?state=lost", "", 400, []string{`"field":"state"`}},
				{"intents of an unknown token", config.RoleViewer, "GET", "/v1/intents?token=DOGE", "", 400, []string{`"field":"token"`}},
				{"intents of a token not enabled", config.RoleViewer, "GET", "/v1/intents?token=TON", "", 400, []string{`"field":"token"`}},
				{"intents twice the state", config.RoleViewer, "GET", "/v1/intents?state=planned&state=built", "", 400, []string{`"field":"state"`}},
				{"one intent", config.RoleViewer, "GET", "/v1/intents/rebalance/SOL/2026-11-19/1", "", 200, []string{
					`"id":"rebalance/SOL/2026-11-19/1","token":"SOL","state":"finalized"`,
					`"transitions":[{"from":"planned","to":"finalized"}]`, `"record":{"ID":"rebalance/SOL/2026-11-19/1"`}},
				{"an unknown intent", config.RoleViewer, "GET", "/v1/intents/rebalance/SOL/1999-01-01/1", "", 404, []string{`"field":"id"`}},
				{"a day record is no intent", config.RoleViewer, "GET", "/v1/intents/cycle/SOL/2026-11-20", "", 404, []string{`"field":"id"`, "/v1/rewards"}},

				{"approvals", config.RoleViewer, "GET", "/v1/approvals", "", 200, []string{
					`"intent_id":"` + testIntentID + `","key_id":"custody-sol","requested_at":"2026-11-22T10:00:00Z"`,
					`"amount":{"base_units":"300000000000","units":"300"}`, `"required":2,"approvals":[]`}},

				{"rewards", config.RoleTreasury, "GET", "/v1/rewards/SOL?from=2026-11-20&to=2026-11-25", "", 200, []string{
					`"token":"SOL","from":"2026-11-20","to":"2026-11-25","days":[{"day":"2026-11-20","phase":"done"`,
					`"distributable":{"base_units":"206000000","units":"0.206"},"apr":{"bps":"751.90","decimal":"0.075190"}`,
					`"batch_key":"payout/SOL/2026-11-20","batch_hash":"hash-2026-11-20","published_at":"2026-11-21T07:00:00Z","late":false`,
					`"recognition":{"rule":"smoothed","why":"smoothed over 7 day(s)"`,
					`{"day":"2026-11-22","phase":"booked"`}},
				{"rewards default to the last 30 days", config.RoleTreasury, "GET", "/v1/rewards/SOL", "", 200, []string{
					`"from":"2026-10-24","to":"2026-11-22"`, `{"day":"2026-11-14"`}},
				{"rewards of a token with none", config.RoleTreasury, "GET", "/v1/rewards/ADA", "", 200, []string{`"days":[]`}},
				{"rewards from after to", config.RoleTreasury, "GET", "/v1/rewards/SOL?from=2026-11-22&to=2026-11-20", "", 400, []string{`"field":"from"`}},
				{"rewards from not a day", config.RoleTreasury, "GET", "/v1/rewards/SOL?from=2026-11-31", "", 400, []string{`"field":"from"`}},
				{"rewards over too long", config.RoleTreasury, "GET", "/v1/rewards/SOL?from=2024-01-01&to=2026-01-01", "", 400, []string{`"field":"to"`}},
				{"rewards unknown parameter", config.RoleTreasury, "GET", "/v1/rewards/SOL?day=2026-11-20", "", 400, []string{`"field":"day"`}},
				{"rewards of an unknown token", config.RoleTreasury, "GET", "/v1/rewards/XYZ", "", 404, []string{`"field":"token"`}},
				{"one day", config.RoleViewer, "GET", "/v1/rewards/SOL/2026-11-21", "", 200, []string{`"day":"2026-11-21","phase":"done"`}},
				{"a day not recorded", config.RoleViewer, "GET", "/v1/rewards/SOL/2026-11-01", "", 404, []string{`"field":"day"`}},
				{"a day that is no day", config.RoleViewer, "GET", "/v1/rewards/SOL/2026-11-1", "", 400, []string{`"field":"day"`}},

				{"a user's distributions", config.RoleViewer, "GET", "/v1/users/alice/distributions", "", 200, []string{
					`{"token":"SOL","day":"2026-11-20","avg":{"base_units":"2000000000000","units":"2000"},"effective":{"base_units":"2000000000000","units":"2000"},"reward":{"base_units":"400000000","units":"0.4"},"standing":"counted","explanation":"eligible and counted: the whole average balance of 2000 SOL counts","day_apr":{"bps":"751.90","decimal":"0.075190"}}`,
					`"day":"2026-11-21"`}},
				{"capped", config.RoleViewer, "GET", "/v1/users/bob/distributions?token=SOL", "", 200, []string{
					`"standing":"capped","explanation":"capped: the average balance of 7000 SOL is above the cap, so 5000 SOL counts"`}},
				{"below minimum", config.RoleViewer, "GET", "/v1/users/carol/distributions", "", 200, []string{
					`"reward":{"base_units":"0","units":"0"},"standing":"below-minimum","explanation":"below minimum: the average balance of 0.5 SOL is under the minimum to qualify, so nothing counts"`}},
				{"not active", config.RoleViewer, "GET", "/v1/users/dave/distributions", "", 200, []string{`"standing":"inactive","explanation":"not active: `}},
				{"one day of a user", config.RoleViewer, "GET", "/v1/users/alice/distributions?from=2026-11-21&to=2026-11-21", "", 200, []string{
					`"reward":{"base_units":"400000001","units":"0.400000001"}`}},
				{"a range without distributions", config.RoleViewer, "GET", "/v1/users/alice/distributions?from=2026-12-01", "", 200, []string{`"distributions":[]`}},
				{"an unknown user", config.RoleViewer, "GET", "/v1/users/zed/distributions", "", 404, []string{`"field":"user"`}},
				{"a user's distributions of a bad token", config.RoleViewer, "GET", "/v1/users/alice/distributions?token=XYZ", "", 400, []string{`"field":"token"`}},
				{"a user's distributions to a bad day", config.RoleViewer, "GET", "/v1/users/alice/distributions?to=soon", "", 400, []string{`"field":"to"`}},
				{"a user's distributions from after to", config.RoleViewer, "GET", "/v1/users/alice/distributions?from=2026-11-21&to=2026-11-20", "", 400, []string{`"field":"from"`}},

				{"payouts", config.RolePayouts, "GET", "/v1/payouts?token=SOL", "", 200, []string{`{"batches":[{"seq":1,"batch":{"content":"a"}}],"next":1}`}},
				{"payouts after a bad cursor", config.RolePayouts, "GET", "/v1/payouts?after=x", "", 400, []string{`"parameter":"after"`}},
				{"balances", config.RoleOperator, "POST", "/v1/balances",
					`[{"id":"e1","token":"SOL","user_id":"erin","at":"2026-11-23T08:00:00Z","balance":"1500000000"}]`, 200, []string{`{"accepted":1,"duplicates":0}`}},
				{"activations", config.RoleOperator, "POST", "/v1/activations",
					`[{"id":"a1","user_id":"erin","at":"2026-11-22T00:00:00Z","active":true}]`, 200, []string{`{"accepted":1,"duplicates":0}`}},
				{"balances not an array", config.RoleOperator, "POST", "/v1/balances", `{}`, 400, []string{`not a JSON array`}},

				{"treasury", config.RoleTreasury, "GET", "/v1/treasury?token=SOL&from=2026-11-20&to=2026-11-21", "", 200, []string{
					`"from":"2026-11-20","to":"2026-11-21","tokens":[{"token":"SOL"`, `"day":"2026-11-20"`, `"distributed_apr_bps":"751.90"`, `"causes_bps":{`}},
				{"treasury of every token", config.RoleTreasury, "GET", "/v1/treasury?from=2026-11-20&to=2026-11-21", "", 200, []string{`"token":"SOL"`}},
				{"treasury of a bad token", config.RoleTreasury, "GET", "/v1/treasury?token=XYZ", "", 400, []string{`"field":"token"`}},
				{"treasury of a token not enabled", config.RoleTreasury, "GET", "/v1/treasury?token=NEAR", "", 404, []string{`"field":"token"`}},
				{"treasury from a bad day", config.RoleTreasury, "GET", "/v1/treasury?from=soon", "", 400, []string{`"field":"from"`}},
				{"treasury with an unknown parameter", config.RoleTreasury, "GET", "/v1/treasury?day=2026-11-20", "", 400, []string{`"field":"day"`}},
				{"healthz", "", "GET", "/healthz", "", 200, []string{`{"status":"ok"}`}},
				{"readyz", "", "GET", "/readyz", "", 200, []string{`{"status":"ready"}`}},
				{"an unknown route", config.RoleViewer, "GET", "/v1/nothing", "", 404, []string{`"error":"no such route: /v1/nothing"`}},
				{"a method a route does not take", config.RoleViewer, "DELETE", "/v1/tokens", "", 405, []string{`"error":"method DELETE not allowed on /v1/tokens"`}},
			}
			for _, tt := range tests {
				code, out, hdr := f.do(t, tt.giveRole, tt.giveVerb, tt.givePath, tt.giveBody)
				if code != tt.wantCode {
					t.Errorf("%s: %s %s = %d %s; want %d", tt.name, tt.giveVerb, tt.givePath, code, out, tt.wantCode)
					continue
				}
				if ct := hdr.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
					t.Errorf("%s: Content-Type %q", tt.name, ct)
				}
				if !json.Valid([]byte(out)) {
					t.Errorf("%s: body is not JSON: %s", tt.name, out)
				}
				for _, part := range tt.wantParts {
					if !strings.Contains(out, part) {
						t.Errorf("%s: %s %s body lacks\n  %s\nin\n  %s", tt.name, tt.giveVerb, tt.givePath, part, out)
					}
				}
			}
		})
	}
}

// TestApprove records an approval over HTTP and refuses every bad one, naming the field.
func TestApprove(t *testing.T) {
	for _, b := range storetest.Backends() {
		t.Run(b.Name, func(t *testing.T) {
			t.Parallel()
			f := newFixture(t, b.DSN(t))
			f.seed(t)
			pub := hex.EncodeToString(approverKey.Public().(ed25519.PublicKey))
			good := hex.EncodeToString(signer.Approve(testIntentID, approverKey))
			otherKey := ed25519.NewKeyFromSeed(make([]byte, ed25519.SeedSize))
			body := func(approver, sig string) string {
				return fmt.Sprintf(`{"approver":%q,"signature":%q}`, approver, sig)
			}
			tests := []struct {
				name      string
				giveID    string
				giveBody  string
				wantCode  int
				wantField string
			}{
				{"not JSON", testIntentID, `approve`, 400, "body"},
				{"unknown field", testIntentID, `{"approver":"` + pub + `","signature":"` + good + `","note":"x"}`, 400, "body"},
				{"approver not hex", testIntentID, body("zz", good), 400, "approver"},
				{"approver too short", testIntentID, body(pub[:10], good), 400, "approver"},
				{"signature not hex", testIntentID, body(pub, "xyz"), 400, "signature"},
				{"not a configured approver", testIntentID, body(hex.EncodeToString(otherKey.Public().(ed25519.PublicKey)),
					hex.EncodeToString(signer.Approve(testIntentID, otherKey))), 422, "approver"},
				{"signature of another intent", testIntentID, body(pub, hex.EncodeToString(signer.Approve("other", approverKey))), 422, "signature"},
				{"no such request", strings.Repeat("0", 64), body(pub, hex.EncodeToString(signer.Approve(strings.Repeat("0", 64), approverKey))), 404, "intent"},
			}
			for _, tt := range tests {
				code, out, _ := f.do(t, config.RoleOperator, "POST", "/v1/approvals/"+tt.giveID, tt.giveBody)
				if code != tt.wantCode || !strings.Contains(out, `"field":"`+tt.wantField+`"`) {
					t.Errorf("%s: %d %s; want %d naming %s", tt.name, code, out, tt.wantCode, tt.wantField)
				}
			}
			got, err := f.st.Approvals(context.Background(), testIntentID)
			if err != nil || len(got) != 0 {
				t.Fatalf("refused approvals were recorded: %v, %v", got, err)
			}
			for i := 0; i < 2; i++ { // approving twice records it once
				code, out, _ := f.do(t, config.RoleOperator, "POST", "/v1/approvals/"+testIntentID, body(pub, good))
				if code != 200 || !strings.Contains(out, `"required":2,"approvals":[{"approver":"`+pub+`","name":"alice","at":"2026-11-23T09:00:00Z"}]`) {
					t.Fatalf("approve #%d: %d %s", i, code, out)
				}
			}
			got, err = f.st.Approvals(context.Background(), testIntentID)
			if err != nil || len(got) != 1 || !signer.VerifyApproval(testIntentID, got[0].Approver, got[0].Signature) {
				t.Fatalf("recorded approvals %v, %v", got, err)
			}
			if _, out, _ := f.do(t, config.RoleViewer, "GET", "/v1/approvals", ""); !strings.Contains(out, `"name":"alice"`) {
				t.Fatalf("the approval is not listed: %s", out)
			}
		})
	}
}

func serve(h http.Handler, req *http.Request) (int, string, http.Header) {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Code, rec.Body.String(), rec.Header()
}

// TestReady: /readyz asks the store and the wiring's check.
func TestReady(t *testing.T) {
	tests := []struct {
		name      string
		giveReady func(context.Context) error
		giveClose bool
		wantCode  int
		wantBody  string
	}{
		{"ready", func(context.Context) error { return nil }, false, 200, `{"status":"ready"}`},
		{"the wiring says no", func(context.Context) error { return errors.New("standing by without a healthy lease") }, false, 503,
			`{"error":"not ready: standing by without a healthy lease"}`},
		{"the store is gone", nil, true, 503, `{"error":"store not reachable"}`},
	}
	for _, tt := range tests {
		st, err := store.Open(context.Background(), storetest.SQLiteDSN(t), store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		srv, err := New(Options{Store: st, Pools: testPools{st}, Validators: testPools{st}, Ready: tt.giveReady})
		if err != nil {
			t.Fatal(err)
		}
		if tt.giveClose {
			st.Close()
		} else {
			t.Cleanup(func() { st.Close() })
		}
		code, out, _ := serve(srv, newRequest("GET", "/readyz", ""))
		if code != tt.wantCode || strings.TrimSpace(out) != tt.wantBody {
			t.Errorf("%s: %d %s; want %d %s", tt.name, code, out, tt.wantCode, tt.wantBody)
		}
	}
}

// TestNewRefuses: New names what is missing or wrong.
func TestNewRefuses(t *testing.T) {
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	ok := Options{Store: st, Pools: testPools{st}, Validators: testPools{st}}
	with := func(change func(*Options)) Options { o := ok; change(&o); return o }
	tests := []struct {
		name string
		give Options
		want string
	}{
		{"no store", with(func(o *Options) { o.Store = nil }), "no store"},
		{"no pool viewer", with(func(o *Options) { o.Pools = nil }), "no pool viewer"},
		{"no validator lister", with(func(o *Options) { o.Validators = nil }), "no validator lister"},
		{"unnamed credential", with(func(o *Options) { o.Credentials = []Credential{{Role: config.RoleViewer, Secret: "x"}} }), "empty name"},
		{"unknown role", with(func(o *Options) { o.Credentials = []Credential{{Name: "a", Role: "root", Secret: "x"}} }), `unknown role "root"`},
		{"empty secret", with(func(o *Options) { o.Credentials = []Credential{{Name: "a", Role: config.RoleViewer}} }), "credential a: empty token"},
		{"same secret twice", with(func(o *Options) {
			o.Credentials = []Credential{{Name: "a", Role: config.RoleViewer, Secret: "x"}, {Name: "b", Role: config.RoleAdmin, Secret: "x"}}
		}), "credentials a and b have the same token"},
		{"bad approver key", with(func(o *Options) { o.Approvals.Approvers = []config.Approver{{Name: "eve", PublicKey: "abcd"}} }), "approver eve"},
	}
	for _, tt := range tests {
		if _, err := New(tt.give); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one saying %q", tt.name, err, tt.want)
		}
	}
	if _, err := New(ok); err != nil {
		t.Fatalf("valid options: %v", err)
	}
}

// TestCredentials resolves the configuration's tokens and never prints a secret.
func TestCredentials(t *testing.T) {
	t.Setenv("STAKER_TEST_API_TOKEN", "tok-from-env-5150")
	secret, err := config.ParseSecret("env:STAKER_TEST_API_TOKEN", t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	creds, err := Credentials(config.API{Tokens: []config.APIToken{{Name: "ops", Role: config.RoleOperator, Token: secret}}})
	if err != nil || len(creds) != 1 || creds[0].Secret != "tok-from-env-5150" || creds[0].Role != config.RoleOperator {
		t.Fatalf("Credentials = %v, %v", creds, err)
	}
	for _, s := range []string{fmt.Sprint(creds[0]), fmt.Sprintf("%v %+v %#v %s", creds[0], creds[0], creds[0], creds[0]), creds[0].LogValue().String()} {
		if strings.Contains(s, "tok-from-env") {
			t.Fatalf("a credential printed its secret: %s", s)
		}
	}
	missing, _ := config.ParseSecret("env:STAKER_TEST_API_TOKEN_UNSET", t.TempDir())
	if _, err := Credentials(config.API{Tokens: []config.APIToken{{Name: "gone", Role: config.RoleViewer, Token: missing}}}); err == nil ||
		!strings.Contains(err.Error(), "api token gone") {
		t.Fatalf("unresolvable secret: %v", err)
	}
}

// TestServe serves on a real listener and stops when the context ends.
func TestServe(t *testing.T) {
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	srv, err := New(Options{Store: st, Pools: testPools{st}, Validators: testPools{st}})
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ctx, l) }()
	resp, err := http.Get("http://" + l.Addr().String() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("healthz = %d", resp.StatusCode)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("Serve after the context ended: %v", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after the context ended")
	}
	if _, err := http.Get("http://" + l.Addr().String() + "/healthz"); err == nil {
		t.Fatal("still serving after shutdown")
	}
	srv.listen = "not an address"
	if err := srv.ListenAndServe(context.Background()); err == nil {
		t.Fatal("ListenAndServe on a bad address succeeded")
	}
}

// TestMetrics reports through every method and scrapes the families.
func TestMetrics(t *testing.T) {
	f := newFixture(t, storetest.SQLiteDSN(t))
	day, _ := allocator.ParseDay("2026-11-20")
	m := f.metrics
	m.ObserveStep("SOL", day, daemon.PhaseClosed, 1500*time.Millisecond, nil)
	m.ObserveStep("SOL", day, daemon.PhaseRecognized, time.Second, errors.New("harvest: node down"))
	m.SetLeader(true)
	m.ObservePublished("SOL", day, day.End().Add(9*time.Hour)) // an hour late
	m.ObservePublished("ADA", day, day.End().Add(7*time.Hour)) // on time
	m.SetBufferRatio("SOL", 1.25)
	m.SetAPR("SOL", APRAdvertised, 744.6)
	m.SetAPR("SOL", APRRealized, 801)
	m.ObserveRPCError("solana", "retryable")
	m.SetIntents("SOL", "planned", 3)
	f.do(t, config.RoleViewer, "GET", "/v1/tokens", "")
	f.do(t, config.RoleViewer, "GET", "/v1/nothing", "")

	code, out, _ := f.do(t, config.RoleViewer, "GET", "/metrics", "")
	if code != 200 {
		t.Fatalf("/metrics = %d %s", code, out)
	}
	for _, want := range []string{
		`staker_cycle_step_duration_seconds_count{step="closed",token="SOL"} 1`,
		`staker_cycle_step_duration_seconds_count{step="recognized",token="SOL"} 1`,
		`staker_cycle_step_failures_total{step="recognized",token="SOL"} 1`,
		`staker_cycle_step_last_success_timestamp_seconds{step="closed",token="SOL"}`,
		`staker_leader 1`,
		`staker_payout_lateness_seconds{token="SOL"} 3600`,
		`staker_payout_lateness_seconds{token="ADA"} 0`,
		`staker_payout_late_total{token="SOL"} 1`,
		`staker_buffer_ratio{token="SOL"} 1.25`,
		`staker_apr_bps{kind="advertised",token="SOL"} 744.6`,
		`staker_apr_bps{kind="realized",token="SOL"} 801`,
		`staker_rpc_errors_total{chain="solana",class="retryable"} 1`,
		`staker_intents{state="planned",token="SOL"} 3`,
		`staker_http_requests_total{code="200",route="GET /v1/tokens"} 1`,
		`staker_http_requests_total{code="404",route="unmatched"} 1`,
		`staker_http_request_duration_seconds_count{route="GET /v1/tokens"} 1`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("/metrics lacks %s", want)
		}
	}
	if strings.Contains(out, `staker_cycle_step_last_success_timestamp_seconds{step="recognized"`) {
		t.Error("a failed step counted as a success")
	}
	m.SetLeader(false)
	if _, out, _ := f.do(t, config.RoleViewer, "GET", "/metrics", ""); !strings.Contains(out, "staker_leader 0") {
		t.Error("losing the lease is not reported")
	}
	defer func() {
		if recover() == nil {
			t.Error("SetAPR with an unknown kind did not panic")
		}
	}()
	m.SetAPR("SOL", "guessed", 1)
}

// TestDistributionOf maps a real split's shares, one of each standing, and the store takes
// them as they are.
func TestDistributionOf(t *testing.T) {
	sol, _ := money.Lookup("SOL")
	holding := func(user string, avg uint64, eligible bool) allocator.Holding {
		h := allocator.Holding{User: user, Eligible: eligible}
		h.Avg.SetUint64(avg)
		return h
	}
	holdings := []allocator.Holding{
		holding("alice", 2_000_000_000_000, true), holding("bob", 7_000_000_000_000, true),
		holding("carol", 500_000_000, true), holding("dave", 30_000_000_000, false),
	}
	alloc, err := allocator.Split(holdings, allocator.Params{Reward: money.NewAmount(1_000_000_000), FeeBps: 1000,
		Min: sol.One(), Cap: money.NewAmount(5_000_000_000_000)})
	if err != nil {
		t.Fatal(err)
	}
	day, _ := allocator.ParseDay("2026-11-20")
	var rows []store.Distribution
	for share := range alloc.Shares() {
		d, err := daemon.DistributionOf("SOL", day, share)
		if err != nil {
			t.Fatal(err)
		}
		rows = append(rows, d)
	}
	want := map[string]string{"alice": "counted", "bob": "capped", "carol": "below-minimum", "dave": "inactive"}
	for _, d := range rows {
		if d.Standing != want[d.User] || d.Token != "SOL" || d.Day != "2026-11-20" {
			t.Errorf("%s: %+v, want standing %s", d.User, d, want[d.User])
		}
	}
	if !rows[1].Effective.Equal(money.NewAmount(5_000_000_000_000)) || rows[0].Reward.IsZero() {
		t.Errorf("amounts not carried over: %+v", rows)
	}
	st := storetest.Open(t, storetest.SQLiteDSN(t))
	if err := st.SaveDistributions(context.Background(), "SOL", "2026-11-20", rows); err != nil {
		t.Fatalf("the store refuses a split's distributions: %v", err)
	}
	if _, err := daemon.DistributionOf("SOL", day, allocator.Share{User: "x", Standing: allocator.Standing(9)}); err == nil {
		t.Fatal("an unknown standing was mapped")
	}
}
