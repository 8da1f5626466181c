package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

func TestParseSecret(t *testing.T) {
	tests := []struct {
		give    string
		wantErr string
	}{
		{give: "env:STAKER_TOKEN"},
		{give: "env:_x1"},
		{give: "file:secrets/token"},
		{give: "file:/run/secrets/token"},
		{give: "env:", wantErr: `env: reference needs a variable name of letters, digits and "_" (env:NAME)`},
		{give: "env:1ABC", wantErr: `env: reference needs a variable name of letters, digits and "_" (env:NAME)`},
		{give: "env:A-B", wantErr: `env: reference needs a variable name of letters, digits and "_" (env:NAME)`},
		{give: "file:", wantErr: "file: reference needs a path (file:PATH)"},
		{give: "file:  ", wantErr: "file: reference needs a path (file:PATH)"},
		{give: "hunter2", wantErr: `must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`},
		{give: "ENV:X", wantErr: `must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`},
		{give: "", wantErr: `must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`},
	}
	for _, tt := range tests {
		t.Run(tt.give, func(t *testing.T) {
			s, err := ParseSecret(tt.give, "")
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				if len(tt.give) > len("file:") && strings.Contains(err.Error(), tt.give) {
					t.Errorf("error %q repeats the input", err)
				}
				return
			}
			if err != nil || !s.IsSet() || s.Ref() != tt.give {
				t.Errorf("ParseSecret = %v (ref %q), %v", s, s.Ref(), err)
			}
		})
	}
}

func TestSecretResolve(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("token", "tok-from-file\n")
	write("crlf", "tok-crlf\r\n")
	write("two", "line1\nline2\n\n")
	write("empty", "")
	write("newline", "\n")
	t.Setenv("STAKER_TEST_SET", "tok-from-env")
	t.Setenv("STAKER_TEST_EMPTY", "")
	tests := []struct {
		name    string
		give    string
		wantVal string
		wantErr string
	}{
		{name: "env", give: "env:STAKER_TEST_SET", wantVal: "tok-from-env"},
		{name: "env unset", give: "env:STAKER_TEST_UNSET_XYZ", wantErr: "secret env:STAKER_TEST_UNSET_XYZ: secret unavailable: environment variable is not set"},
		{name: "env empty", give: "env:STAKER_TEST_EMPTY", wantErr: "secret env:STAKER_TEST_EMPTY: secret unavailable: environment variable is empty"},
		{name: "relative file", give: "file:token", wantVal: "tok-from-file"},
		{name: "absolute file", give: "file:" + filepath.Join(dir, "token"), wantVal: "tok-from-file"},
		{name: "crlf", give: "file:crlf", wantVal: "tok-crlf"},
		{name: "one newline dropped", give: "file:two", wantVal: "line1\nline2\n"},
		{name: "empty file", give: "file:empty", wantErr: "secret file:empty: secret unavailable: file " + filepath.Join(dir, "empty") + " is empty"},
		{name: "only newline", give: "file:newline", wantErr: "secret file:newline: secret unavailable: file " + filepath.Join(dir, "newline") + " is empty"},
		{name: "missing file", give: "file:absent", wantErr: "secret file:absent: secret unavailable: read " + filepath.Join(dir, "absent") + ": no such file or directory"},
		{name: "directory", give: "file:.", wantErr: "secret file:.: secret unavailable: read " + dir + ": is a directory"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := ParseSecret(tt.give, dir)
			if err != nil {
				t.Fatal(err)
			}
			got, err := s.Resolve()
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Resolve() err = %v, want %q", err, tt.wantErr)
				}
				if !errors.Is(err, ErrSecret) {
					t.Errorf("err does not wrap ErrSecret")
				}
				return
			}
			if err != nil || got != tt.wantVal {
				t.Errorf("Resolve() = %q, %v; want %q", got, err, tt.wantVal)
			}
		})
	}
}

func TestSecretResolveUnset(t *testing.T) {
	var s Secret
	if s.IsSet() {
		t.Error("zero Secret is set")
	}
	if _, err := s.Resolve(); err == nil || !errors.Is(err, ErrSecret) || err.Error() != "secret: secret unavailable: not set" {
		t.Errorf("Resolve() err = %v", err)
	}
	bogus := Secret{ref: "literal"}
	if _, err := bogus.Resolve(); err == nil || err.Error() != "secret: secret unavailable: not a reference" || strings.Contains(err.Error(), "literal") {
		t.Errorf("Resolve() err = %v", err)
	}
}

// TestSecretFileFromConfigDir checks that a relative file: reference is read from the
// configuration file's directory, not the working directory.
func TestSecretFileFromConfigDir(t *testing.T) {
	dir := t.TempDir()
	minimal, err := os.ReadFile("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := strings.Replace(string(minimal), "env:STAKER_TEST_PASSPHRASE", "file:secrets/pass", 1)
	if err := os.MkdirAll(filepath.Join(dir, "secrets"), 0o700); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "secrets/pass"), []byte("open sesame\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, "staker.yaml")
	if err := os.WriteFile(path, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	got, err := cfg.Signer.Passphrase.Resolve()
	if err != nil || got != "open sesame" {
		t.Errorf("Resolve() = %q, %v", got, err)
	}
}

// TestSecretNeverPrinted resolves secrets and then formats the secrets and the whole
// configuration every way a log line or a response might: neither the values nor the
// references may appear.
func TestSecretNeverPrinted(t *testing.T) {
	const value = "s3cr3t-VALUE-never-printed"
	t.Setenv("STAKER_TEST_PASSPHRASE", value)
	t.Setenv("STAKER_TEST_API_TOKEN", value)
	minimal, err := os.ReadFile("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(minimal) + "api:\n  tokens: [{name: a, role: admin, token: env:STAKER_TEST_API_TOKEN}]\n"
	cfg, err := Parse([]byte(text), "staker.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []Secret{cfg.Signer.Passphrase, cfg.API.Tokens[0].Token} {
		if v, err := s.Resolve(); err != nil || v != value {
			t.Fatalf("Resolve() = %q, %v", v, err)
		}
	}
	secret := cfg.Signer.Passphrase
	verbs := []string{"%v", "%+v", "%#v", "%s", "%q", "%x", "%X", "%d", "%10v", "%-12s", "%T"}
	for _, verb := range verbs {
		for _, v := range []any{secret, &secret, cfg, *cfg, cfg.Signer, cfg.API, cfg.API.Tokens} {
			out := fmt.Sprintf(verb, v)
			if strings.Contains(out, value) || strings.Contains(out, "STAKER_TEST_") {
				t.Errorf("Sprintf(%q, %T) leaks: %s", verb, v, out)
			}
		}
	}
	for _, verb := range []string{"%v", "%+v", "%#v", "%s"} {
		if got := fmt.Sprintf(verb, secret); got != "[redacted]" {
			t.Errorf("Sprintf(%q) = %q, want [redacted]", verb, got)
		}
	}
	if got := fmt.Sprintf("%q", secret); got != `"[redacted]"` {
		t.Errorf(`Sprintf("%%q") = %s`, got)
	}
	if secret.String() != "[redacted]" || secret.GoString() != "[redacted]" {
		t.Errorf("String/GoString = %q, %q", secret.String(), secret.GoString())
	}
	text2, _ := secret.MarshalText()
	js, err := json.Marshal(struct {
		S Secret
		P *Secret
		C API
	}{secret, &secret, cfg.API})
	if err != nil {
		t.Fatal(err)
	}
	ym, err := yaml.Marshal(struct {
		S Secret `yaml:"s"`
		T []APIToken
	}{secret, cfg.API.Tokens})
	if err != nil {
		t.Fatal(err)
	}
	for name, out := range map[string]string{"text": string(text2), "json": string(js), "yaml": string(ym)} {
		if strings.Contains(out, value) || strings.Contains(out, "STAKER_TEST_") || !strings.Contains(out, "[redacted]") {
			t.Errorf("%s encoding = %s", name, out)
		}
	}
	if want := `{"S":"[redacted]","P":"[redacted]","C":{"Listen":"127.0.0.1:8080","Tokens":[{"Name":"a","Role":"admin","Token":"[redacted]"}]}}`; string(js) != want {
		t.Errorf("json = %s, want %s", js, want)
	}
}

// TestLiteralSecretNotEchoed checks that a secret written in the file by mistake is refused
// without repeating it in any message.
func TestLiteralSecretNotEchoed(t *testing.T) {
	data, err := os.ReadFile("testdata/bad_secrets.yaml")
	if err != nil {
		t.Fatal(err)
	}
	_, err = Parse(data, "bad_secrets.yaml")
	if err == nil {
		t.Fatal("no error")
	}
	for _, literal := range []string{"hunter2-literal-password", "s3cr3t-literal-token", "correct-horse-battery-staple", "literal-rpc-key-42", "not-a-name"} {
		if strings.Contains(err.Error(), literal) {
			t.Errorf("error repeats %q:\n%v", literal, err)
		}
	}
}

func TestSecretUnmarshalYAML(t *testing.T) {
	tests := []struct {
		name    string
		give    string
		wantRef string
		wantErr string
	}{
		{name: "ref", give: "s: env:A", wantRef: "env:A"},
		{name: "null leaves it as it was", give: "s: ~", wantRef: "env:BEFORE"},
		{name: "literal", give: "s: abc", wantErr: `must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`},
		{name: "list", give: "s: [a]", wantErr: `must be a reference "env:NAME" or "file:PATH", not a list`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var v struct {
				S Secret `yaml:"s"`
			}
			v.S = mustSecret(t, "env:BEFORE")
			err := yaml.Unmarshal([]byte(tt.give), &v)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("err = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil || v.S.Ref() != tt.wantRef {
				t.Errorf("ref = %q, %v; want %q", v.S.Ref(), err, tt.wantRef)
			}
		})
	}
}
