package api

import (
	"crypto/sha256"
	"crypto/subtle"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"slices"
	"strings"

	"github.com/softstake/staker/config"
)

// Credential is one accepted bearer token: its name for the logs, its role, and the
// token's value. It prints as its name and role only, never the value.
type Credential struct {
	Name   string
	Role   config.Role
	Secret string
}

// String returns the credential's name and role, never its secret.
func (c Credential) String() string { return fmt.Sprintf("%s (%s)", c.Name, c.Role) }

// GoString is String, so that %#v does not print the secret either.
func (c Credential) GoString() string { return c.String() }

// LogValue logs the credential's name and role, never its secret.
func (c Credential) LogValue() slog.Value {
	return slog.GroupValue(slog.String("name", c.Name), slog.String("role", string(c.Role)))
}

// Credentials resolves the configuration's API tokens into credentials. The result holds
// secrets: hand it to New, never to a log.
func Credentials(a config.API) ([]Credential, error) {
	out := make([]Credential, 0, len(a.Tokens))
	for _, t := range a.Tokens {
		secret, err := t.Token.Resolve()
		if err != nil {
			return nil, fmt.Errorf("api token %s: %w", t.Name, err)
		}
		out = append(out, Credential{Name: t.Name, Role: t.Role, Secret: secret})
	}
	return out, nil
}

// The role sets the routes allow. Admin may do everything.
var (
	// readers see every view of the books, the pool and the users.
	readers = []config.Role{config.RoleAdmin, config.RoleOperator, config.RoleTreasury, config.RoleViewer}
	// operators act: the balance feed's intake and approvals.
	operators = []config.Role{config.RoleAdmin, config.RoleOperator}
	// feedReaders pull the payout feed: the payout system, and operators to check it.
	feedReaders = []config.Role{config.RoleAdmin, config.RoleOperator, config.RolePayouts}
	// treasurers read the treasury report.
	treasurers = []config.Role{config.RoleAdmin, config.RoleTreasury}
	// anyRole is every valid token, whatever its role (the metrics).
	anyRole = []config.Role{config.RoleAdmin, config.RoleOperator, config.RoleTreasury, config.RolePayouts, config.RoleViewer}
)

// knownRoles are the roles a credential may have.
var knownRoles = anyRole

// credential is an accepted token as the authenticator keeps it: only its hash.
type credential struct {
	name string
	role config.Role
	sum  [sha256.Size]byte
}

// authenticator checks bearer tokens against the configured ones.
type authenticator struct {
	creds []credential
}

func newAuthenticator(given []Credential) (*authenticator, error) {
	a := &authenticator{}
	seen := map[[sha256.Size]byte]string{}
	for i, c := range given {
		switch {
		case c.Name == "":
			return nil, fmt.Errorf("credential %d: empty name", i)
		case !slices.Contains(knownRoles, c.Role):
			return nil, fmt.Errorf("credential %s: unknown role %q", c.Name, c.Role)
		case c.Secret == "":
			return nil, fmt.Errorf("credential %s: empty token", c.Name)
		}
		sum := sha256.Sum256([]byte(c.Secret))
		if other, dup := seen[sum]; dup {
			return nil, fmt.Errorf("credentials %s and %s have the same token", other, c.Name)
		}
		seen[sum] = c.Name
		a.creds = append(a.creds, credential{name: c.Name, role: c.Role, sum: sum})
	}
	return a, nil
}

// errNoToken, errNotBearer and errUnknownToken are why a request was not authenticated.
var (
	errNoToken      = errors.New("missing bearer token")
	errNotBearer    = errors.New("authorization is not a bearer token")
	errUnknownToken = errors.New("unknown bearer token")
)

// authenticate returns the credential the request's bearer token is. It hashes the token
// and compares the hash with every configured one in constant time, without stopping at a
// match, so the time taken says nothing of which token matched or how much of it did.
func (a *authenticator) authenticate(r *http.Request) (credential, error) {
	header := r.Header.Get("Authorization")
	if header == "" {
		return credential{}, errNoToken
	}
	scheme, token, ok := strings.Cut(header, " ")
	if !ok || !strings.EqualFold(scheme, "Bearer") {
		return credential{}, errNotBearer
	}
	token = strings.TrimSpace(token)
	if token == "" {
		return credential{}, errNoToken
	}
	sum := sha256.Sum256([]byte(token))
	found, index := 0, 0
	for i := range a.creds {
		eq := subtle.ConstantTimeCompare(sum[:], a.creds[i].sum[:])
		index = subtle.ConstantTimeSelect(eq, i, index)
		found |= eq
	}
	if found != 1 {
		return credential{}, errUnknownToken
	}
	return a.creds[index], nil
}

// authorize answers the request itself and returns false unless it carries a valid token
// of one of the roles; every refusal is logged without the token.
func (s *Server) authorize(w http.ResponseWriter, r *http.Request, roles []config.Role) bool {
	cred, err := s.auth.authenticate(r)
	if err != nil {
		challenge := `Bearer realm="staker"`
		if errors.Is(err, errUnknownToken) {
			challenge += `, error="invalid_token"`
		}
		w.Header().Set("WWW-Authenticate", challenge)
		s.denied(r, http.StatusUnauthorized, err.Error(), "")
		writeError(w, http.StatusUnauthorized, "Authorization", err.Error())
		return false
	}
	if !slices.Contains(roles, cred.role) {
		msg := fmt.Sprintf("role %s may not use %s %s", cred.role, r.Method, r.URL.Path)
		s.denied(r, http.StatusForbidden, msg, cred.name)
		writeError(w, http.StatusForbidden, "Authorization", msg)
		return false
	}
	return true
}

// denied logs a refused request: method, path, remote address, why, and for a known token
// its configured name, never the token.
func (s *Server) denied(r *http.Request, status int, reason, name string) {
	attrs := []any{"method", r.Method, "path", r.URL.Path, "remote", r.RemoteAddr, "status", status, "reason", reason}
	if name != "" {
		attrs = append(attrs, "credential", name)
	}
	s.log.WarnContext(r.Context(), "request denied", attrs...)
}
