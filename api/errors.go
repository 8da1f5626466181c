package api

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// errorBody is the JSON of every refused or failed request: what went wrong and, where a
// parameter was at fault, its name.
type errorBody struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

// badParam is a request parameter that cannot be used, answered 400 (or Status).
type badParam struct {
	Field  string
	Msg    string
	Status int // zero means 400
}

func (e *badParam) Error() string { return e.Field + ": " + e.Msg }

func badf(field, format string, args ...any) *badParam {
	return &badParam{Field: field, Msg: fmt.Sprintf(format, args...)}
}

func notFoundf(field, format string, args ...any) *badParam {
	return &badParam{Field: field, Msg: fmt.Sprintf(format, args...), Status: http.StatusNotFound}
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	data, err := json.Marshal(v)
	if err != nil {
		status, data = http.StatusInternalServerError, []byte(`{"error":"internal error"}`)
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	_, _ = w.Write(append(data, '\n')) // the client went away; nothing to do about it
}

func writeError(w http.ResponseWriter, status int, field, msg string) {
	writeJSON(w, status, errorBody{Error: msg, Field: field})
}

func writeBad(w http.ResponseWriter, b *badParam) {
	status := b.Status
	if status == 0 {
		status = http.StatusBadRequest
	}
	writeError(w, status, b.Field, b.Msg)
}
