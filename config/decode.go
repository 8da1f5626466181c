package config

import (
	"fmt"
	"math"
	"reflect"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"

	"go.yaml.in/yaml/v3"
)

// decoder turns a yaml.Node tree into Go values strictly: every key must match a field (by its
// `yaml` tag), every scalar must fit its field, and each mismatch becomes a Problem naming the
// file, the line and the full key path. Decoding goes on after a problem so that one run
// reports them all. It also records the line of every key path it sees, so later validation
// can point at the right line.
//
// Field tags understood besides `yaml:"name"` and `yaml:",inline"`:
//
//	range:"MIN..MAX"  integers: the value must lie in [MIN, MAX]
//	enum:"a|b|c"      strings: the value must be one of the choices
type decoder struct {
	file     string
	dir      string         // base directory for relative file: secrets
	lines    map[string]int // key path -> line of the key (or of the list item)
	problems []Problem
	active   map[*yaml.Node]bool // anchors being expanded, to catch self-reference
	budget   int                 // nodes left to visit, against alias bombs
	// failed holds the paths that could not be decoded; validation stays quiet about them
	// and what is under them, so one mistake gives one message.
	failed     map[string]bool
	validating bool
}

// maxNodes bounds how many nodes one decode visits, counting every alias expansion.
const maxNodes = 1_000_000

func newDecoder(file, dir string) *decoder {
	return &decoder{
		file:   file,
		dir:    dir,
		lines:  map[string]int{},
		active: map[*yaml.Node]bool{},
		failed: map[string]bool{},
		budget: maxNodes,
	}
}

// addf records a problem at the given line.
func (d *decoder) addf(line int, path, format string, args ...any) {
	if !d.validating {
		d.failed[path] = true
	}
	d.problems = append(d.problems, Problem{File: d.file, Line: line, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// at records a problem at the line of path, or of its nearest ancestor that is in the file
// (for a key left out, the line of the block that should hold it).
func (d *decoder) at(path, format string, args ...any) {
	for p := path; ; p = parentPath(p) {
		if d.failed[p] {
			return
		}
		if p == "" {
			break
		}
	}
	d.addf(d.line(path), path, format, args...)
}

// note records a problem that leaves the value around it usable (a stray key, a bad merge),
// so validation still reports what else is wrong there.
func (d *decoder) note(line int, path, format string, args ...any) {
	d.problems = append(d.problems, Problem{File: d.file, Line: line, Path: path, Msg: fmt.Sprintf(format, args...)})
}

// line returns the line of path, or of its nearest ancestor present in the file, or 1.
func (d *decoder) line(path string) int {
	for p := path; p != ""; p = parentPath(p) {
		if l, ok := d.lines[p]; ok {
			return l
		}
	}
	if l, ok := d.lines[""]; ok {
		return l
	}
	return 1
}

// has reports whether path was written in the file.
func (d *decoder) has(path string) bool {
	_, ok := d.lines[path]
	return ok
}

// parentPath strips the last ".key" or "[i]" from a key path.
func parentPath(p string) string {
	i := strings.LastIndexAny(p, ".[")
	if i < 0 {
		return ""
	}
	return p[:i]
}

// joinPath appends a key to a path.
func joinPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// resolve follows aliases, reporting a problem (and returning nil) for an anchor that
// contains itself or a document that expands beyond maxNodes.
func (d *decoder) resolve(n *yaml.Node, path string, line int) *yaml.Node {
	for n.Kind == yaml.AliasNode {
		if d.active[n.Alias] {
			d.addf(line, path, "alias *%s refers to itself", n.Value)
			return nil
		}
		n = n.Alias
	}
	d.budget--
	if d.budget == 0 {
		d.addf(line, path, "document expands to more than %d values (too many aliases)", maxNodes)
	}
	if d.budget <= 0 {
		return nil
	}
	return n
}

// decode fills v (a pointer) from n. path is the key path of n, line the line to report
// problems of n against (the line of its key).
func (d *decoder) decode(n *yaml.Node, v reflect.Value, path string, line int) {
	if n.Kind == yaml.DocumentNode && len(n.Content) == 1 {
		n = n.Content[0]
	}
	d.child(n, v.Elem(), path, line, "")
}

// extensionPrefix starts top-level keys that decoding ignores, a place to define anchors
// ("x-evm: &evm {…}") for use elsewhere in the file.
const extensionPrefix = "x-"

var (
	nodeType     = reflect.TypeFor[yaml.Node]()
	secretType   = reflect.TypeFor[Secret]()
	durationType = reflect.TypeFor[time.Duration]()
	unmarshaler  = reflect.TypeFor[yaml.Unmarshaler]()
)

// isNull reports whether n is an explicit null (`key:`, `key: ~`, `key: null`), which leaves
// the field at its default.
func isNull(n *yaml.Node) bool { return n.Kind == yaml.ScalarNode && n.ShortTag() == "!!null" }

// value decodes the (alias-free) node n into the settable value v.
func (d *decoder) value(n *yaml.Node, v reflect.Value, path string, line int, tag reflect.StructTag) {
	switch {
	case v.Type() == nodeType:
		v.Set(reflect.ValueOf(*n))
		return
	case v.Type() == secretType:
		if isNull(n) {
			return
		}
		s := Secret{dir: d.dir}
		if err := s.UnmarshalYAML(n); err != nil {
			d.addf(line, path, "%v", err)
			return
		}
		v.Set(reflect.ValueOf(s))
		return
	case reflect.PointerTo(v.Type()).Implements(unmarshaler):
		if isNull(n) {
			return
		}
		if err := v.Addr().Interface().(yaml.Unmarshaler).UnmarshalYAML(n); err != nil {
			d.addf(line, path, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
		return
	case v.Type() == durationType:
		d.duration(n, v, path, line)
		return
	}
	switch v.Kind() {
	case reflect.Pointer:
		if isNull(n) {
			v.Set(reflect.Zero(v.Type()))
			return
		}
		p := reflect.New(v.Type().Elem())
		setDefaults(p)
		d.value(n, p.Elem(), path, line, tag)
		v.Set(p)
	case reflect.Struct:
		d.structure(n, v, path, line)
	case reflect.Map:
		d.mapping(n, v, path, line)
	case reflect.Slice:
		d.sequence(n, v, path, line)
	case reflect.String:
		d.str(n, v, path, line, tag)
	case reflect.Bool:
		d.boolean(n, v, path, line)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64,
		reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		d.integer(n, v, path, line, tag)
	case reflect.Float32, reflect.Float64:
		d.float(n, v, path, line)
	case reflect.Interface:
		if err := n.Decode(v.Addr().Interface()); err != nil {
			d.addf(line, path, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		}
	default:
		d.addf(line, path, "cannot hold %s values", v.Type())
	}
}

// setDefaults calls setDefaults on p (a pointer to a fresh value) when its type has one, so
// list items and map values start from their defaults like the top-level value does.
func setDefaults(p reflect.Value) {
	if s, ok := p.Interface().(interface{ setDefaults() }); ok {
		s.setDefaults()
	}
}

// kindName describes a node's kind for messages.
func kindName(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "mapping"
	case yaml.SequenceNode:
		return "list"
	case yaml.ScalarNode:
		switch n.ShortTag() {
		case "!!int", "!!float":
			return "number"
		case "!!bool":
			return "boolean"
		case "!!null":
			return "null"
		}
		return "string"
	}
	return "value"
}

// describe quotes a scalar for messages, cut to a readable length.
func describe(n *yaml.Node) string {
	if n.Kind != yaml.ScalarNode {
		return "a " + kindName(n)
	}
	s := n.Value
	if len(s) > 60 {
		s = s[:60] + "…"
	}
	if k := kindName(n); k == "number" || k == "boolean" {
		return s
	}
	return strconv.Quote(s)
}

// field is a struct field reachable by key, possibly through inline structs.
type field struct {
	index []int
	tag   reflect.StructTag
}

var fieldCache sync.Map // reflect.Type -> map[string]field

// fieldsOf maps each YAML key of struct type t to its field, following `yaml:",inline"`.
func fieldsOf(t reflect.Type) map[string]field {
	if f, ok := fieldCache.Load(t); ok {
		return f.(map[string]field)
	}
	out := map[string]field{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, opts, _ := strings.Cut(sf.Tag.Get("yaml"), ",")
		if name == "-" || !sf.IsExported() {
			continue
		}
		if opts == "inline" {
			for k, f := range fieldsOf(sf.Type) {
				out[k] = field{index: append([]int{i}, f.index...), tag: f.tag}
			}
			continue
		}
		if name == "" {
			name = strings.ToLower(sf.Name)
		}
		out[name] = field{index: []int{i}, tag: sf.Tag}
	}
	fieldCache.Store(t, out)
	return out
}

// pair is one key/value of a mapping; merged tells pairs brought in by a "<<" merge key.
type pair struct {
	key, value *yaml.Node
	merged     bool
}

// pairs lists a mapping's entries in the order they apply (later entries override earlier
// ones): "<<" merges first, the mapping's own keys last, as YAML's merge key rules say.
func (d *decoder) pairs(n *yaml.Node, path string) []pair {
	var merged, own []pair
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind == yaml.ScalarNode && k.ShortTag() == "!!merge" {
			var srcs []*yaml.Node
			m := d.resolve(val, path, k.Line)
			if m != nil && m.Kind == yaml.SequenceNode {
				srcs = m.Content
			} else if m != nil {
				srcs = []*yaml.Node{m}
			}
			// Earlier mappings in a merge list win over later ones: take them last.
			for i := len(srcs) - 1; i >= 0; i-- {
				src := d.resolve(srcs[i], path, k.Line)
				if src == nil {
					continue
				}
				if src.Kind != yaml.MappingNode {
					d.note(k.Line, path, "<< merges mappings only, not a %s", kindName(src))
					continue
				}
				for _, p := range d.pairs(src, path) {
					p.merged = true
					merged = append(merged, p)
				}
			}
			continue
		}
		own = append(own, pair{key: k, value: val})
	}
	return append(merged, own...)
}

// keyOf returns a mapping key as a string, or reports a problem for a key that is not a
// plain scalar.
func (d *decoder) keyOf(k *yaml.Node, path string) (string, bool) {
	if k.Kind != yaml.ScalarNode || isNull(k) {
		d.note(k.Line, path, "keys must be plain strings, not a %s", kindName(k))
		return "", false
	}
	return k.Value, true
}

// mappingEntries checks that n is a mapping and yields its entries with their paths,
// reporting duplicate keys. It returns false when n is not a mapping.
func (d *decoder) mappingEntries(n *yaml.Node, path string, line int, each func(key string, p pair, kpath string)) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.MappingNode {
		if path == "" {
			d.addf(line, path, "the file must be a mapping of keys (version, store, api, signer, log, tokens), not %s", describe(n))
			return
		}
		d.addf(line, path, "must be a mapping, not %s", describe(n))
		return
	}
	seen := map[string]int{}
	for _, p := range d.pairs(n, path) {
		key, ok := d.keyOf(p.key, path)
		if !ok {
			continue
		}
		kpath := joinPath(path, key)
		if !p.merged {
			if first, dup := seen[key]; dup {
				d.addf(p.key.Line, kpath, "duplicate key (first at line %d)", first)
				continue
			}
			seen[key] = p.key.Line
		}
		if !p.merged || !d.has(kpath) {
			d.lines[kpath] = p.key.Line
		}
		each(key, p, kpath)
	}
}

// child decodes a value node into v, following aliases.
func (d *decoder) child(val *yaml.Node, v reflect.Value, kpath string, line int, tag reflect.StructTag) {
	if val = d.resolve(val, kpath, line); val == nil {
		return
	}
	// Mark the node while it is being decoded, so an alias inside it that points back at it
	// is caught instead of recursing for ever.
	d.active[val] = true
	defer delete(d.active, val)
	d.value(val, v, kpath, line, tag)
}

func (d *decoder) structure(n *yaml.Node, v reflect.Value, path string, line int) {
	fields := fieldsOf(v.Type())
	d.mappingEntries(n, path, line, func(key string, p pair, kpath string) {
		f, ok := fields[key]
		if !ok && path == "" && strings.HasPrefix(key, extensionPrefix) {
			return // a place for anchors, ignored
		}
		if !ok {
			d.addf(p.key.Line, kpath, "unknown key %q%s", key, suggest(key, fields))
			return
		}
		d.child(p.value, v.FieldByIndex(f.index), kpath, p.key.Line, f.tag)
	})
}

func (d *decoder) mapping(n *yaml.Node, v reflect.Value, path string, line int) {
	if v.Type().Key().Kind() != reflect.String {
		d.addf(line, path, "cannot hold %s values", v.Type())
		return
	}
	if v.IsNil() {
		v.Set(reflect.MakeMap(v.Type()))
	}
	et := v.Type().Elem()
	d.mappingEntries(n, path, line, func(key string, p pair, kpath string) {
		e := reflect.New(et)
		if existing := v.MapIndex(reflect.ValueOf(key).Convert(v.Type().Key())); existing.IsValid() {
			e.Elem().Set(existing)
		} else {
			setDefaults(e)
		}
		d.child(p.value, e.Elem(), kpath, p.key.Line, "")
		v.SetMapIndex(reflect.ValueOf(key).Convert(v.Type().Key()), e.Elem())
	})
}

func (d *decoder) sequence(n *yaml.Node, v reflect.Value, path string, line int) {
	if isNull(n) {
		return
	}
	if n.Kind != yaml.SequenceNode {
		d.addf(line, path, "must be a list, not %s", describe(n))
		return
	}
	out := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
	for i, item := range n.Content {
		ipath := fmt.Sprintf("%s[%d]", path, i)
		d.lines[ipath] = item.Line
		e := reflect.New(v.Type().Elem())
		setDefaults(e)
		d.child(item, e.Elem(), ipath, item.Line, "")
		out.Index(i).Set(e.Elem())
	}
	v.Set(out)
}

func (d *decoder) scalar(n *yaml.Node, path string, line int, want string) bool {
	if n.Kind != yaml.ScalarNode {
		d.addf(line, path, "must be %s, not a %s", want, kindName(n))
		return false
	}
	return true
}

func (d *decoder) str(n *yaml.Node, v reflect.Value, path string, line int, tag reflect.StructTag) {
	if isNull(n) || !d.scalar(n, path, line, "a string") {
		return
	}
	if choices := tag.Get("enum"); choices != "" {
		ok := false
		for _, c := range strings.Split(choices, "|") {
			ok = ok || c == n.Value
		}
		if !ok {
			d.addf(line, path, "%s is not one of %s", describe(n), strings.ReplaceAll(choices, "|", ", "))
			return
		}
	}
	v.SetString(n.Value)
}

func (d *decoder) boolean(n *yaml.Node, v reflect.Value, path string, line int) {
	if isNull(n) || !d.scalar(n, path, line, "true or false") {
		return
	}
	var b bool
	if n.ShortTag() != "!!bool" || n.Decode(&b) != nil {
		d.addf(line, path, "must be true or false, not %s", describe(n))
		return
	}
	v.SetBool(b)
}

var (
	rangeTag    = regexp.MustCompile(`^(-?\d+)\.\.(-?\d+)$`)
	wholeNumber = regexp.MustCompile(`^[-+]?\d+$`)
)

func (d *decoder) integer(n *yaml.Node, v reflect.Value, path string, line int, tag reflect.StructTag) {
	if isNull(n) || !d.scalar(n, path, line, "a whole number") {
		return
	}
	lo, hi := int64(math.MinInt64), int64(math.MaxInt64)
	switch v.Kind() {
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		lo = 0
		if bits := v.Type().Bits(); bits < 64 {
			hi = int64(1)<<bits - 1
		}
	default:
		if bits := v.Type().Bits(); bits < 64 {
			lo, hi = -(int64(1) << (bits - 1)), int64(1)<<(bits-1)-1
		}
	}
	if m := rangeTag.FindStringSubmatch(tag.Get("range")); m != nil {
		lo, _ = strconv.ParseInt(m[1], 10, 64)
		hi, _ = strconv.ParseInt(m[2], 10, 64)
	}
	var x int64
	switch err := n.Decode(&x); {
	case err == nil && n.ShortTag() == "!!int":
	case wholeNumber.MatchString(n.Value) && n.Style&(yaml.DoubleQuotedStyle|yaml.SingleQuotedStyle) == 0:
		// Digits only, but too long for 64 bits (YAML then calls it a float).
		d.addf(line, path, "%s is out of range %d..%d", n.Value, lo, hi)
		return
	default:
		d.addf(line, path, "must be a whole number, not %s", describe(n))
		return
	}
	if x < lo || x > hi {
		d.addf(line, path, "%d is out of range %d..%d", x, lo, hi)
		return
	}
	if v.CanInt() {
		v.SetInt(x)
	} else {
		v.SetUint(uint64(x))
	}
}

func (d *decoder) float(n *yaml.Node, v reflect.Value, path string, line int) {
	if isNull(n) || !d.scalar(n, path, line, "a number") {
		return
	}
	var f float64
	if t := n.ShortTag(); (t != "!!int" && t != "!!float") || n.Decode(&f) != nil {
		d.addf(line, path, "must be a number, not %s", describe(n))
		return
	}
	v.SetFloat(f)
}

func (d *decoder) duration(n *yaml.Node, v reflect.Value, path string, line int) {
	if isNull(n) || !d.scalar(n, path, line, `a duration such as "90s" or "24h"`) {
		return
	}
	dur, err := time.ParseDuration(n.Value)
	if err != nil {
		d.addf(line, path, `must be a duration such as "90s" or "24h", not %s`, describe(n))
		return
	}
	v.SetInt(int64(dur))
}

// suggest returns `; did you mean "x"?` for the known key closest to an unknown one, when
// it is close enough to be a likely typo (one or two edits, counting a swap of neighbours as
// one, and fewer than a third of the key's length).
func suggest(key string, fields map[string]field) string {
	names := make([]string, 0, len(fields))
	for k := range fields {
		names = append(names, k)
	}
	sort.Strings(names)
	best, bestDist := "", 3
	for _, k := range names {
		if dist := editDistance(strings.ToLower(key), k); dist < bestDist && dist*3 < len(key) {
			best, bestDist = k, dist
		}
	}
	if best == "" {
		return ""
	}
	return fmt.Sprintf("; did you mean %q?", best)
}

// editDistance is the optimal-string-alignment distance between a and b: insertions,
// deletions, substitutions and swaps of adjacent characters each count one.
func editDistance(a, b string) int {
	d := make([][]int, len(a)+1)
	for i := range d {
		d[i] = make([]int, len(b)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(a)][len(b)]
}
