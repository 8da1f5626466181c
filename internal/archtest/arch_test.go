package archtest

import (
	"encoding/json"
	"go/parser"
	"go/token"
	"io"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

const module = "github.com/softstake/staker"

// goPackage is the part of `go list -json` these tests read.
type goPackage struct {
	ImportPath string
	Name       string
	Dir        string
	Doc        string
	GoFiles    []string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) []goPackage {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []goPackage
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p goPackage
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 5 {
		t.Fatalf("go list found only %d packages", len(pkgs))
	}
	return pkgs
}

// forbidden lists, per package tree of this module, what it must never depend on. A path of
// this module is forbidden with its sub-packages, directly or through any other package; a
// standard-library path is forbidden as a direct import (everything imports os through fmt).
var forbidden = map[string][]string{
	// Pure money arithmetic: nothing of ours, no I/O.
	"money": {module, "os", "net", "database/sql"},
	// The books' rules do no I/O; persistence is the store's.
	"ledger": {module + "/store", module + "/chains", module + "/signer", "os", "net", "database/sql"},
	// The allocator never sees a chain, a key or a database, and does no I/O.
	"allocator": {module + "/chains", module + "/signer", module + "/store", module + "/pool", module + "/daemon", "os", "net", "database/sql"},
	// Chain adapters never see the pool, the daemon or the database.
	"chains": {module + "/pool", module + "/daemon", module + "/store", module + "/allocator"},
	// The signer never sees users or the pool.
	"signer": {module + "/allocator", module + "/pool", module + "/daemon", module + "/chains"},
	// The pool plans and executes through interfaces it declares; it owns no database.
	"pool": {module + "/store", module + "/daemon", module + "/allocator", "database/sql"},
	// Configuration is plain data.
	"config": {module + "/store", module + "/chains", module + "/pool", module + "/daemon", "database/sql"},
	// Persistence knows nothing of chains, the pool or the allocator; it keeps the signer's
	// history through the signer's own record types.
	"store": {module + "/chains", module + "/pool", module + "/daemon", module + "/allocator", module + "/payout"},
	// The payout feed sees batches and the store, never chains, the pool or the daemon.
	"payout": {module + "/chains", module + "/pool", module + "/daemon", module + "/config"},
	// The treasury report computes and presents what its caller hands in; it does no I/O.
	"report": {"os", "net", "database/sql"},
	// The feed intake stores events and computes holdings; it never sees chains or the pool.
	"ingest": {module + "/chains", module + "/pool", module + "/daemon", module + "/payout"},
	// The daemon drives the pieces; it is driven only by the wiring in cmd/staker, and
	// knows configuration only as the values the wiring hands it.
	"daemon": {module + "/config", "net/http"},
	// The API reads through the store and the interfaces the wiring supplies; it opens no
	// database itself.
	"api": {"database/sql"},
	// The simulated network stands up chains, custody and users; it never sees the daemon
	// or what the daemon produces.
	"simnet": {module + "/daemon", module + "/payout", module + "/ingest", module + "/api", module + "/report"},
}

// importedOnlyBy lists, per package tree of this module, the only trees that may depend on it.
var importedOnlyBy = map[string][]string{
	"report": {"cmd/staker", "api"},
	"api":    {"cmd/staker"},
	"simnet": {"cmd/staker"},
}

func TestDependencyDirection(t *testing.T) {
	checked := 0
	for _, p := range listPackages(t) {
		rel := strings.TrimPrefix(strings.TrimPrefix(p.ImportPath, module), "/")
		top, _, _ := strings.Cut(rel, "/")
		for dep, allowed := range importedOnlyBy {
			if top == dep || slices.ContainsFunc(allowed, func(a string) bool { return rel == a || strings.HasPrefix(rel, a+"/") }) {
				continue
			}
			for _, d := range p.Deps {
				if d == module+"/"+dep || strings.HasPrefix(d, module+"/"+dep+"/") {
					t.Errorf("%s depends on %s, which only %s may (see DESIGN.md)", p.ImportPath, d, strings.Join(allowed, " and "))
				}
			}
		}
		rules, ok := forbidden[top]
		if !ok {
			continue
		}
		checked++
		for _, bad := range rules {
			if strings.HasPrefix(bad, module) {
				for _, dep := range p.Deps {
					if dep == bad || strings.HasPrefix(dep, bad+"/") {
						t.Errorf("%s depends on %s, which %s must not (see DESIGN.md)", p.ImportPath, dep, top)
					}
				}
				continue
			}
			for _, imp := range p.Imports {
				if imp == bad {
					t.Errorf("%s imports %s, which %s must not (see DESIGN.md)", p.ImportPath, imp, top)
				}
			}
		}
		if strings.HasPrefix(p.ImportPath, module+"/cmd/") {
			continue
		}
		for _, dep := range p.Deps {
			if strings.HasPrefix(dep, module+"/cmd/") {
				t.Errorf("%s imports the command %s", p.ImportPath, dep)
			}
		}
	}
	if checked == 0 {
		t.Fatal("no package was checked")
	}
}

// TestPackageDocs: every package has exactly one package doc comment, saying what it owns.
func TestPackageDocs(t *testing.T) {
	for _, p := range listPackages(t) {
		want := "Package " + p.Name + " "
		if p.Name == "main" {
			want = "Command "
		}
		withDoc := 0
		for _, f := range p.GoFiles {
			file, err := parser.ParseFile(token.NewFileSet(), filepath.Join(p.Dir, f), nil, parser.PackageClauseOnly|parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			if file.Doc != nil {
				withDoc++
				if !strings.HasPrefix(file.Doc.Text(), want) {
					t.Errorf("%s/%s: package doc should start %q", p.ImportPath, f, want)
				}
			}
		}
		if withDoc != 1 {
			t.Errorf("%s has %d package doc comments, want exactly 1", p.ImportPath, withDoc)
		}
	}
}
