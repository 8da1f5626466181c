package api

import (
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/softstake/staker/store/storetest"
)

// TestOpenAPI: openapi.yaml describes exactly the routes the server registers, each with
// the roles it allows, its path parameters declared, and every reference resolving.
func TestOpenAPI(t *testing.T) {
	data, err := os.ReadFile("openapi.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := yaml.Unmarshal(data, &doc); err != nil {
		t.Fatalf("openapi.yaml: %v", err)
	}
	if doc["openapi"] != "3.1.0" {
		t.Fatalf("openapi version %v, want 3.1.0", doc["openapi"])
	}
	f := newFixture(t, storetest.SQLiteDSN(t))
	registered := map[string]route{}
	for _, rt := range f.srv.routes {
		registered[rt.method+" "+strings.ReplaceAll(rt.path, "...}", "}")] = rt
	}
	documented := map[string]map[string]any{}
	paths, _ := doc["paths"].(map[string]any)
	for path, item := range paths {
		ops, _ := item.(map[string]any)
		for method, op := range ops {
			documented[strings.ToUpper(method)+" "+path], _ = op.(map[string]any)
		}
	}
	for key := range registered {
		if _, ok := documented[key]; !ok {
			t.Errorf("route %s is not in openapi.yaml", key)
		}
	}
	for key, op := range documented {
		rt, ok := registered[key]
		if !ok {
			t.Errorf("openapi.yaml documents %s, which is not a route", key)
			continue
		}
		var roles []string
		for _, r := range rt.roles {
			roles = append(roles, string(r))
		}
		var docRoles []string
		if list, ok := op["x-roles"].([]any); ok {
			for _, r := range list {
				docRoles = append(docRoles, r.(string))
			}
		}
		if !slices.Equal(roles, docRoles) {
			t.Errorf("%s: x-roles %v, the route allows %v", key, docRoles, roles)
		}
		description, _ := op["description"].(string)
		if rt.roles == nil {
			if security, ok := op["security"].([]any); !ok || len(security) != 0 {
				t.Errorf("%s is open but the document asks for security %v", key, op["security"])
			}
		} else if !strings.Contains(strings.Join(strings.Fields(description), " "), "Roles: "+strings.Join(roles, ", ")) {
			t.Errorf("%s: description does not say \"Roles: %s\"", key, strings.Join(roles, ", "))
		}
		for _, m := range regexp.MustCompile(`\{(\w+)\}`).FindAllStringSubmatch(strings.SplitN(key, " ", 2)[1], -1) {
			if !declaresPathParam(doc, op, m[1]) {
				t.Errorf("%s: path parameter %s is not declared", key, m[1])
			}
		}
	}
	checkRefs(t, doc, doc)
}

func declaresPathParam(doc map[string]any, op map[string]any, name string) bool {
	params, _ := op["parameters"].([]any)
	for _, p := range params {
		pm, _ := p.(map[string]any)
		if ref, ok := pm["$ref"].(string); ok {
			pm, _ = resolve(doc, ref).(map[string]any)
		}
		if pm["in"] == "path" && pm["name"] == name && pm["required"] == true {
			return true
		}
	}
	return false
}

func resolve(doc map[string]any, ref string) any {
	var node any = doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		m, ok := node.(map[string]any)
		if !ok {
			return nil
		}
		node = m[part]
	}
	return node
}

// checkRefs fails on any $ref that does not resolve within the document.
func checkRefs(t *testing.T, doc map[string]any, node any) {
	switch n := node.(type) {
	case map[string]any:
		if ref, ok := n["$ref"].(string); ok && resolve(doc, ref) == nil {
			t.Errorf("$ref %s does not resolve", ref)
		}
		for _, v := range n {
			checkRefs(t, doc, v)
		}
	case []any:
		for _, v := range n {
			checkRefs(t, doc, v)
		}
	}
}
