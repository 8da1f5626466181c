package ingest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/softstake/staker/money"
	"github.com/softstake/staker/store"
)

// The JSON form of events, shared by the HTTP endpoint (an array of them) and JetStream
// (one per message). Every field is required and no other is allowed:
//
//	balance:    {"id": "evt-1", "token": "SOL", "user_id": "u1",
//	             "at": "2025-03-01T12:00:00.000000001Z", "balance": "1500000000"}
//	activation: {"id": "act-1", "user_id": "u1", "at": "2025-02-01T00:00:00Z", "active": true}
//
// "balance" is a decimal string of base units (lamports for SOL), never a JSON number;
// "at" is RFC 3339 with up to nine fractional digits, any offset (stored in UTC).
var (
	balanceFields    = []string{"id", "token", "user_id", "at", "balance"}
	activationFields = []string{"id", "user_id", "at", "active"}
)

// errNotObject and friends describe malformed JSON events.
var (
	errNotObject = errors.New("not a JSON object")
	errMissing   = errors.New("missing")
	errEmpty     = errors.New("empty")
	errNotString = errors.New("not a JSON string")
)

// decodeObject splits one JSON event into its fields, refusing unknown and missing ones.
func decodeObject(raw json.RawMessage, fields []string) (map[string]json.RawMessage, *EventError) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(raw, &m); err != nil || m == nil {
		return nil, &EventError{Err: errNotObject}
	}
	for k := range m {
		if !slices.Contains(fields, k) {
			return nil, &EventError{Field: k, Err: fmt.Errorf("unknown field (want %s)", strings.Join(fields, ", "))}
		}
	}
	for _, f := range fields {
		if _, ok := m[f]; !ok {
			return nil, &EventError{Field: f, Err: errMissing}
		}
	}
	return m, nil
}

// stringField returns a non-empty JSON string field.
func stringField(m map[string]json.RawMessage, field string) (string, *EventError) {
	var s string
	if err := json.Unmarshal(m[field], &s); err != nil || bytes.Equal(bytes.TrimSpace(m[field]), []byte("null")) {
		return "", &EventError{Field: field, Err: errNotString}
	}
	if s == "" {
		return "", &EventError{Field: field, Err: errEmpty}
	}
	return s, nil
}

// parseToken returns the registry's token for a symbol, refusing unknown ones by name.
func parseToken(symbol string) (money.Token, error) {
	tok, err := money.Lookup(symbol)
	if err != nil {
		return money.Token{}, fmt.Errorf("unknown token %q", symbol)
	}
	return tok, nil
}

// parseAt parses an event time: RFC 3339 with up to nine fractional digits, in the range
// the store keeps.
func parseAt(s string) (time.Time, error) {
	t, err := time.Parse(time.RFC3339Nano, s)
	if err == nil && len(s) > 20 && s[19] == '.' && strings.IndexFunc(s[20:], notDigit) > 9 {
		err = errors.New("more than nine fractional digits")
	}
	if err != nil {
		return time.Time{}, fmt.Errorf("%q is not an RFC 3339 time (like 2025-03-01T12:30:00.5Z)", s)
	}
	if err := store.CheckEventTime(t); err != nil {
		return time.Time{}, err
	}
	return t.UTC(), nil
}

func notDigit(r rune) bool { return r < '0' || r > '9' }

// parseBaseUnits parses a balance written as a decimal string of base units.
func parseBaseUnits(s string) (money.Amount, error) {
	a, err := money.ParseBaseUnits(s)
	if err != nil || strings.HasPrefix(s, "+") {
		return money.Amount{}, fmt.Errorf("%q is not a whole number of base units", s)
	}
	if a.Sign() < 0 {
		return money.Amount{}, fmt.Errorf("%q is negative", s)
	}
	return a, nil
}

// parseBalanceJSON decodes one balance event.
func parseBalanceJSON(raw json.RawMessage) (store.BalanceEvent, *EventError) {
	m, ferr := decodeObject(raw, balanceFields)
	if ferr != nil {
		return store.BalanceEvent{}, ferr
	}
	var e store.BalanceEvent
	var at, balance string
	for _, f := range []struct {
		name string
		dst  *string
	}{{"id", &e.ID}, {"token", &e.Token}, {"user_id", &e.User}, {"at", &at}, {"balance", &balance}} {
		if *f.dst, ferr = stringField(m, f.name); ferr != nil {
			return e, ferr
		}
	}
	tok, err := parseToken(e.Token)
	if err != nil {
		return e, &EventError{Field: "token", Err: err}
	}
	e.Token = tok.Symbol
	if e.At, err = parseAt(at); err != nil {
		return e, &EventError{Field: "at", Err: err}
	}
	if e.Balance, err = parseBaseUnits(balance); err != nil {
		return e, &EventError{Field: "balance", Err: err}
	}
	return e, nil
}

// parseActivationJSON decodes one activation event.
func parseActivationJSON(raw json.RawMessage) (store.ActivationEvent, *EventError) {
	m, ferr := decodeObject(raw, activationFields)
	if ferr != nil {
		return store.ActivationEvent{}, ferr
	}
	var e store.ActivationEvent
	var at string
	if e.ID, ferr = stringField(m, "id"); ferr != nil {
		return e, ferr
	}
	if e.User, ferr = stringField(m, "user_id"); ferr != nil {
		return e, ferr
	}
	if at, ferr = stringField(m, "at"); ferr != nil {
		return e, ferr
	}
	var err error
	if e.At, err = parseAt(at); err != nil {
		return e, &EventError{Field: "at", Err: err}
	}
	switch string(bytes.TrimSpace(m["active"])) {
	case "true":
		e.Active = true
	case "false":
	default:
		return e, &EventError{Field: "active", Err: errors.New("not true or false")}
	}
	return e, nil
}
