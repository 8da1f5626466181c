package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"go.yaml.in/yaml/v3"
)

// redacted is what a Secret prints as, whatever the verb or encoding.
const redacted = "[redacted]"

// Secret is a reference to a secret value (an API token, an RPC key, a passphrase), never
// the value itself. In the file it is written "env:NAME" (read the environment variable NAME)
// or "file:PATH" (read the file; a relative PATH is relative to the configuration file's
// directory, and one trailing newline is dropped). A literal value is refused.
//
// A Secret holds only the reference, and still prints as "[redacted]" in every fmt verb,
// text, JSON and YAML encoding, so neither the reference nor the value ever reaches a log.
// The zero Secret means "not set". Resolve reads the value when it is needed.
type Secret struct {
	ref string // "env:NAME" or "file:PATH"
	dir string // base directory for a relative file path
}

var envName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// ParseSecret checks a reference of the form "env:NAME" or "file:PATH" and returns it as a
// Secret. A relative PATH will be resolved against dir. The error never repeats the input,
// which may be a secret written by mistake.
func ParseSecret(ref, dir string) (Secret, error) {
	switch {
	case strings.HasPrefix(ref, "env:"):
		if !envName.MatchString(strings.TrimPrefix(ref, "env:")) {
			return Secret{}, errors.New(`env: reference needs a variable name of letters, digits and "_" (env:NAME)`)
		}
	case strings.HasPrefix(ref, "file:"):
		if strings.TrimSpace(strings.TrimPrefix(ref, "file:")) == "" {
			return Secret{}, errors.New("file: reference needs a path (file:PATH)")
		}
	default:
		return Secret{}, errors.New(`must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`)
	}
	return Secret{ref: ref, dir: dir}, nil
}

// IsSet reports whether the secret was given.
func (s Secret) IsSet() bool { return s.ref != "" }

// Ref returns the reference as written ("env:NAME" or "file:PATH"), for messages that must
// say which secret is missing. It never returns a secret value.
func (s Secret) Ref() string { return s.ref }

// Resolve reads the secret's value: the environment variable, or the file's content with one
// trailing newline removed. An unset or empty variable, or a missing, unreadable or empty
// file, is an error wrapping ErrSecret that names the reference and never the value.
func (s Secret) Resolve() (string, error) {
	switch {
	case strings.HasPrefix(s.ref, "env:"):
		v, ok := os.LookupEnv(strings.TrimPrefix(s.ref, "env:"))
		if !ok {
			return "", fmt.Errorf("secret %s: %w: environment variable is not set", s.ref, ErrSecret)
		}
		if v == "" {
			return "", fmt.Errorf("secret %s: %w: environment variable is empty", s.ref, ErrSecret)
		}
		return v, nil
	case strings.HasPrefix(s.ref, "file:"):
		path := s.path()
		data, err := os.ReadFile(path)
		if err != nil {
			// Report the path ourselves: a *PathError says nothing of the content, but do not
			// rely on that for every error the reader might return.
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return "", fmt.Errorf("secret %s: %w: read %s: %v", s.ref, ErrSecret, path, err)
		}
		v := strings.TrimSuffix(strings.TrimSuffix(string(data), "\n"), "\r")
		if v == "" {
			return "", fmt.Errorf("secret %s: %w: file %s is empty", s.ref, ErrSecret, path)
		}
		return v, nil
	case s.ref == "":
		return "", fmt.Errorf("secret: %w: not set", ErrSecret)
	default:
		return "", fmt.Errorf("secret: %w: not a reference", ErrSecret)
	}
}

// path returns the file a "file:" reference points at, resolved against the base directory.
func (s Secret) path() string {
	p := strings.TrimPrefix(s.ref, "file:")
	if !filepath.IsAbs(p) && s.dir != "" {
		p = filepath.Join(s.dir, p)
	}
	return p
}

// UnmarshalYAML reads a reference from a YAML scalar (null leaves the Secret as it was), so
// adapters decoding their own settings get the same rules. A relative file: path is kept
// relative to the Secret's base directory, if it had one.
func (s *Secret) UnmarshalYAML(n *yaml.Node) error {
	if isNull(n) {
		return nil
	}
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf(`must be a reference "env:NAME" or "file:PATH", not a %s`, kindName(n))
	}
	v, err := ParseSecret(n.Value, s.dir)
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// String returns "[redacted]".
func (Secret) String() string { return redacted }

// GoString returns "[redacted]", so %#v hides the secret too.
func (Secret) GoString() string { return redacted }

// Format writes "[redacted]" for every verb and flag (%v, %+v, %#v, %s, %q, %x, %d …).
func (Secret) Format(f fmt.State, verb rune) {
	if verb == 'q' {
		fmt.Fprintf(f, "%q", redacted)
		return
	}
	fmt.Fprint(f, redacted)
}

// MarshalText returns "[redacted]".
func (Secret) MarshalText() ([]byte, error) { return []byte(redacted), nil }

// MarshalJSON returns the JSON string "[redacted]".
func (Secret) MarshalJSON() ([]byte, error) { return []byte(`"` + redacted + `"`), nil }

// MarshalYAML returns "[redacted]".
func (Secret) MarshalYAML() (any, error) { return redacted, nil }
