package config

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// FuzzParse checks that no input makes Parse panic or hang, and that every refusal is a
// *Problems whose entries name the file and say something.
func FuzzParse(f *testing.F) {
	files, err := filepath.Glob("testdata/*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	files = append(files, "../examples/staker.yaml")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg, err := Parse(data, "/etc/staker/fuzz.yaml")
		if err == nil {
			if cfg == nil || len(cfg.Tokens) == 0 {
				t.Fatalf("accepted without tokens: %+v", cfg)
			}
			return
		}
		var p *Problems
		if !errors.As(err, &p) {
			t.Fatalf("error is %T, not *Problems: %v", err, err)
		}
		if len(p.List) == 0 {
			t.Fatal("empty problem list")
		}
		for _, pr := range p.List {
			if pr.File != "/etc/staker/fuzz.yaml" || pr.Msg == "" || pr.Line < 0 {
				t.Fatalf("bad problem %#v", pr)
			}
		}
	})
}
