package ingest

import (
	"errors"
	"fmt"

	"github.com/softstake/staker/store"
)

// EventError is a malformed event: which one in its batch (0-based), which field, and what
// is wrong with it.
type EventError struct {
	Index int
	Field string // the JSON field or CSV column; empty for the event as a whole
	Err   error
}

func (e *EventError) Error() string {
	if e.Field == "" {
		return fmt.Sprintf("event %d: %v", e.Index, e.Err)
	}
	return fmt.Sprintf("event %d: %s: %v", e.Index, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *EventError) Unwrap() error { return e.Err }

// LineError is a bad line of a CSV file: it prints as "FILE:LINE: FIELD: what".
type LineError struct {
	File  string
	Line  int
	Field string // the column; empty for the line as a whole
	Err   error
}

func (e *LineError) Error() string {
	switch {
	case e.Line == 0:
		return fmt.Sprintf("%s: %v", e.File, e.Err)
	case e.Field == "":
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s:%d: %s: %v", e.File, e.Line, e.Field, e.Err)
}

// Unwrap returns the cause.
func (e *LineError) Unwrap() error { return e.Err }

// refused reports whether the store refused events for what they are (a conflicting id, a
// closed day, an invalid event), so that sending them again cannot succeed; any other error
// is worth retrying.
func refused(err error) bool {
	return errors.Is(err, store.ErrEventConflict) || errors.Is(err, store.ErrDayClosed) || errors.Is(err, store.ErrInvalidEvent)
}
