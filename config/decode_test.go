package config

import (
	"errors"
	"os"
	"reflect"
	"strings"
	"testing"
	"time"

	"go.yaml.in/yaml/v3"
)

// adapterSettings is the kind of struct a chain adapter decodes its settings into.
type adapterSettings struct {
	Commitment string            `yaml:"commitment" enum:"processed|confirmed|finalized"`
	Retries    int               `yaml:"retries" range:"0..10"`
	Small      int8              `yaml:"small"`
	Big        uint64            `yaml:"big"`
	Ratio      float64           `yaml:"ratio"`
	Timeout    time.Duration     `yaml:"timeout"`
	Key        Secret            `yaml:"key"`
	Verbose    *bool             `yaml:"verbose"`
	Labels     map[string]string `yaml:"labels"`
	Hosts      []string          `yaml:"hosts"`
	Pool       struct {
		Address string `yaml:"address"`
	} `yaml:"pool"`
	Extra any            `yaml:"extra"`
	Raw   yaml.Node      `yaml:"raw"`
	Chan  chan int       `yaml:"chan"`
	IntKM map[int]string `yaml:"int_keyed"`
	Skip  string         `yaml:"-"`
	NoTag string
	Mode  upperOnly `yaml:"mode"`
}

// upperOnly is a settings type with its own UnmarshalYAML.
type upperOnly string

func (u *upperOnly) UnmarshalYAML(n *yaml.Node) error {
	if strings.ToUpper(n.Value) != n.Value {
		return errors.New("yaml: must be upper case")
	}
	*u = upperOnly(n.Value)
	return nil
}

func loadSettings(t *testing.T, settings string) (*Chain, *Config) {
	t.Helper()
	minimal, err := os.ReadFile("testdata/good_minimal.yaml")
	if err != nil {
		t.Fatal(err)
	}
	text := string(minimal)
	if settings != "" {
		text += "    settings:\n" + settings
	}
	cfg, err := Parse([]byte(text), "/etc/staker/staker.yaml")
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	sol, _ := cfg.Token("SOL")
	return &sol.Chain, cfg
}

func TestDecodeSettings(t *testing.T) {
	c, _ := loadSettings(t, `      commitment: finalized
      retries: 3
      small: -128
      big: 9223372036854775807
      ratio: 0.5
      timeout: 90s
      key: file:keys/rpc
      verbose: true
      labels: {a: b}
      hosts: [x, y]
      pool: {address: p1}
      extra: [1, two]
      raw: {anything: [goes]}
      notag: plain
      mode: FAST
`)
	var s adapterSettings
	s.Retries = 5 // a default the file overrides
	s.Commitment = "confirmed"
	s.Labels = map[string]string{"a": "default", "kept": "yes"}
	if err := c.DecodeSettings(&s); err != nil {
		t.Fatalf("DecodeSettings: %v", err)
	}
	if s.Commitment != "finalized" || s.Retries != 3 || s.Small != -128 || s.Big != 1<<63-1 || s.Ratio != 0.5 ||
		s.Timeout != 90*time.Second || s.Key.Ref() != "file:keys/rpc" || s.Verbose == nil || !*s.Verbose ||
		s.Labels["a"] != "b" || len(s.Hosts) != 2 || s.Pool.Address != "p1" || s.Raw.Kind != yaml.MappingNode ||
		s.NoTag != "plain" || s.Mode != "FAST" || s.Labels["kept"] != "yes" {
		t.Errorf("settings = %+v", s)
	}
	if got := s.Key.path(); got != "/etc/staker/keys/rpc" {
		t.Errorf("secret path = %q, want it relative to the config file", got)
	}
	if extra, ok := s.Extra.([]any); !ok || len(extra) != 2 {
		t.Errorf("extra = %#v", s.Extra)
	}
}

// TestDecodeSettingsNulls checks that null leaves every kind of field as it was.
func TestDecodeSettingsNulls(t *testing.T) {
	c, _ := loadSettings(t, "      verbose: ~\n      hosts: ~\n      labels: ~\n      mode: ~\n      key: ~\n      ratio: ~\n      timeout: ~\n      retries: ~\n      commitment: ~\n      pool: ~\n")
	yes := true
	want := adapterSettings{Verbose: &yes, Hosts: []string{"h"}, Labels: map[string]string{"a": "b"}, Mode: "M",
		Key: mustSecret(t, "env:K"), Ratio: 2, Timeout: time.Second, Retries: 1, Commitment: "processed"}
	want.Pool.Address = "p"
	got := want
	if err := c.DecodeSettings(&got); err != nil {
		t.Fatal(err)
	}
	if got.Verbose != nil {
		t.Errorf("verbose: ~ should clear a pointer, got %v", *got.Verbose)
	}
	got.Verbose = &yes
	if !reflectEqual(got, want) || got.Key.Ref() != "env:K" {
		t.Errorf("got %+v\nwant %+v", got, want)
	}
}

func TestSecretUnmarshalYAMLNull(t *testing.T) {
	s := mustSecret(t, "env:A")
	if err := s.UnmarshalYAML(&yaml.Node{Kind: yaml.ScalarNode, Tag: "!!null"}); err != nil || s.Ref() != "env:A" {
		t.Errorf("UnmarshalYAML(null) = %v, ref %q", err, s.Ref())
	}
}

func TestDecodeSettingsAbsent(t *testing.T) {
	c, _ := loadSettings(t, "")
	s := adapterSettings{Retries: 5}
	if err := c.DecodeSettings(&s); err != nil || s.Retries != 5 {
		t.Errorf("DecodeSettings = %v, settings %+v", err, s)
	}
	if err := c.DecodeSettings(s); err == nil || err.Error() != "decode settings: want a non-nil pointer, got config.adapterSettings" {
		t.Errorf("non-pointer: err = %v", err)
	}
	if err := c.DecodeSettings((*adapterSettings)(nil)); err == nil {
		t.Errorf("nil pointer: no error")
	}
}

// TestDecodeSettingsProblems checks each decoding rule through an adapter's settings: every
// message names the file, the line and the full key path.
func TestDecodeSettingsProblems(t *testing.T) {
	// good_minimal.yaml has 14 lines; "settings:" is line 15, the first setting line 16.
	tests := []struct {
		name string
		give string
		want []string
	}{
		{"unknown key", "      comitment: finalized\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.comitment: unknown key "comitment"; did you mean "commitment"?`}},
		{"skipped field is unknown", "      skip: x\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.skip: unknown key "skip"`}},
		{"enum", "      commitment: max\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.commitment: "max" is not one of processed, confirmed, finalized`}},
		{"range", "      retries: 11\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.retries: 11 is out of range 0..10`}},
		{"int8 bounds", "      small: 128\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.small: 128 is out of range -128..127`}},
		{"uint negative", "      big: -1\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.big: -1 is out of range 0..9223372036854775807`}},
		{"quoted number is a string", "      retries: \"3\"\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.retries: must be a whole number, not "3"`}},
		{"number for a list", "      hosts: 3\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.hosts: must be a list, not 3`}},
		{"mapping for a number", "      retries: {a: 1}\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.retries: must be a whole number, not a mapping`}},
		{"list for a boolean", "      verbose: [true]\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.verbose: must be true or false, not a list`}},
		{"string for a float", "      ratio: half\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.ratio: must be a number, not "half"`}},
		{"list for a float", "      ratio: [1]\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.ratio: must be a number, not a list`}},
		{"bad duration", "      timeout: 90\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.timeout: must be a duration such as "90s" or "24h", not 90`}},
		{"list for a duration", "      timeout: [1s]\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.timeout: must be a duration such as "90s" or "24h", not a list`}},
		{"literal secret", "      key: abc123\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.key: must be a reference "env:NAME" or "file:PATH"; literal secrets are not accepted`}},
		{"nested unknown key", "      pool:\n        adress: p1\n", []string{
			`/etc/staker/staker.yaml:17: tokens.SOL.settings.pool.adress: unknown key "adress"; did you mean "address"?`}},
		{"list item type", "      hosts:\n        - x\n        - {a: 1}\n", []string{
			`/etc/staker/staker.yaml:18: tokens.SOL.settings.hosts[1]: must be a string, not a mapping`}},
		{"map value type", "      labels: {a: [1]}\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.labels.a: must be a string, not a list`}},
		{"interface decode error", "      extra: !!int x\n", []string{
			"/etc/staker/staker.yaml:16: tokens.SOL.settings.extra: cannot decode !!str `x` as a !!int"}},
		{"unsupported type", "      chan: 1\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.chan: cannot hold chan int values`}},
		{"non-string map keys", "      int_keyed: {1: a}\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.int_keyed: cannot hold map[int]string values`}},
		{"own unmarshaler", "      mode: slow\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.mode: must be upper case`}},
		{"boolean for a number", "      small: true\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.small: must be a whole number, not true`}},
		{"null key", "      ~: 1\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings: keys must be plain strings, not a null`}},
		{"long value cut", "      commitment: " + strings.Repeat("x", 70) + "\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.commitment: "` + strings.Repeat("x", 60) + `…" is not one of processed, confirmed, finalized`}},
		{"duplicate key", "      retries: 1\n      retries: 2\n", []string{
			`/etc/staker/staker.yaml:17: tokens.SOL.settings.retries: duplicate key (first at line 16)`}},
		{"every problem at once", "      retries: 11\n      small: x\n      bogus: 1\n", []string{
			`/etc/staker/staker.yaml:16: tokens.SOL.settings.retries: 11 is out of range 0..10`,
			`/etc/staker/staker.yaml:17: tokens.SOL.settings.small: must be a whole number, not "x"`,
			`/etc/staker/staker.yaml:18: tokens.SOL.settings.bogus: unknown key "bogus"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := loadSettings(t, tt.give)
			var s adapterSettings
			diffLines(t, problemStrings(t, c.DecodeSettings(&s)), tt.want)
		})
	}
}

// TestAliasBomb checks that a document whose aliases expand beyond the node budget is
// refused quickly instead of exhausting memory or time.
func TestAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("version: 1\nx-l0: &l0 {level: info}\n")
	for i := 1; i <= 7; i++ {
		b.WriteString("x-l" + string(rune('0'+i)) + ": &l" + string(rune('0'+i)) + " {<<: [")
		for j := range 10 {
			if j > 0 {
				b.WriteString(", ")
			}
			b.WriteString("*l" + string(rune('0'+i-1)))
		}
		b.WriteString("]}\n")
	}
	b.WriteString("log: *l7\n")
	start := time.Now()
	_, err := Parse([]byte(b.String()), "bomb.yaml")
	if took := time.Since(start); took > 20*time.Second {
		t.Errorf("took %v", took)
	}
	var p *Problems
	if !errors.As(err, &p) {
		t.Fatalf("err = %v", err)
	}
	found := false
	for _, pr := range p.List {
		found = found || strings.Contains(pr.Msg, "document expands to more than 1000000 values")
	}
	if !found {
		t.Errorf("no expansion problem in %v", err)
	}
}

func TestParentPath(t *testing.T) {
	tests := []struct{ give, want string }{
		{"tokens.SOL.validators[2].weight", "tokens.SOL.validators[2]"},
		{"tokens.SOL.validators[2]", "tokens.SOL.validators"},
		{"tokens", ""},
		{"", ""},
	}
	for _, tt := range tests {
		if got := parentPath(tt.give); got != tt.want {
			t.Errorf("parentPath(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestSuggest(t *testing.T) {
	fields := fieldsOf(reflect.TypeFor[fileToken]())
	tests := []struct{ give, want string }{
		{"fee_bp", `; did you mean "fee_bps"?`},
		{"FEE_BPS", `; did you mean "fee_bps"?`},
		{"netwrok", `; did you mean "network"?`},
		{"chian", `; did you mean "chain"?`},
		{"rpc", ""},
		{"sol", ""},
		{"max_apr", ""},
	}
	for _, tt := range tests {
		if got := suggest(tt.give, fields); got != tt.want {
			t.Errorf("suggest(%q) = %q, want %q", tt.give, got, tt.want)
		}
	}
}

func TestEditDistance(t *testing.T) {
	tests := []struct {
		a, b string
		want int
	}{
		{"", "", 0}, {"a", "", 1}, {"", "ab", 2}, {"weight", "wieght", 1}, {"kitten", "sitting", 3}, {"fee_bps", "fee_bps", 0},
	}
	for _, tt := range tests {
		if got := editDistance(tt.a, tt.b); got != tt.want {
			t.Errorf("editDistance(%q, %q) = %d, want %d", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestFieldsOfInline checks that inline structs contribute their keys.
func TestFieldsOfInline(t *testing.T) {
	fields := fieldsOf(reflect.TypeFor[fileToken]())
	for _, k := range []string{"min", "fee_bps", "chain", "network", "settings", "validators"} {
		if _, ok := fields[k]; !ok {
			t.Errorf("no field for key %q", k)
		}
	}
	if _, ok := fields["Chain"]; ok {
		t.Errorf("the inline field itself is a key")
	}
}
