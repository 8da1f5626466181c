package config

import (
	"errors"
	"fmt"
	"strings"
)

var (
	// ErrNoConfig means the configuration file does not exist. Load wraps it, so callers can
	// tell "no file" (perhaps offer to create one) from "a file that is wrong" (*Problems).
	ErrNoConfig = errors.New("no configuration file")
	// ErrInvalid matches every *Problems with errors.Is, for callers that only need to know the
	// configuration was refused.
	ErrInvalid = errors.New("invalid configuration")
	// ErrSecret means a secret reference could not be resolved: the environment variable is
	// unset or empty, or the file is missing, unreadable or empty. The error names the
	// reference, never a value.
	ErrSecret = errors.New("secret unavailable")
)

// Problem is one thing wrong with a configuration file: where it is (file, 1-based line, and
// the full key path such as "tokens.SOL.validators[2].weight") and what is wrong. Line is 0
// and Path empty when the problem concerns the file as a whole.
type Problem struct {
	File string
	Line int
	Path string
	Msg  string
}

// String formats the problem as "file:line: path: message", leaving out the parts that are
// empty, so editors and terminals can jump to the line.
func (p Problem) String() string {
	var b strings.Builder
	if p.File != "" {
		b.WriteString(p.File)
		b.WriteString(":")
	}
	if p.Line > 0 {
		fmt.Fprintf(&b, "%d:", p.Line)
	}
	if b.Len() > 0 {
		b.WriteString(" ")
	}
	if p.Path != "" {
		b.WriteString(p.Path)
		b.WriteString(": ")
	}
	b.WriteString(p.Msg)
	return b.String()
}

// Problems is the error returned for a configuration that cannot be used. It carries every
// problem found, not just the first, in file order. Use errors.As to get at the list.
type Problems struct {
	List []Problem
}

// Error lists the problems one per line.
func (p *Problems) Error() string {
	lines := make([]string, len(p.List))
	for i, pr := range p.List {
		lines[i] = pr.String()
	}
	return strings.Join(lines, "\n")
}

// Is reports whether target is ErrInvalid.
func (p *Problems) Is(target error) bool { return target == ErrInvalid }
