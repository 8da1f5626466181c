// Package archtest owns the tests that keep the module's shape: the direction of
// dependencies between packages (DESIGN.md's table) and exactly one package doc comment per
// package. It has no code of its own.
package archtest
