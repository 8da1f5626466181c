package payout

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// FileSink exports each batch as <dir>/<TOKEN>/<DAY>.json holding its JSON form. Files
// appear atomically and complete (written to a temporary file, synced, linked into place,
// directory synced) and are never replaced.
type FileSink struct {
	dir string
}

// NewFileSink returns a sink exporting under dir, which is created on first delivery.
func NewFileSink(dir string) *FileSink { return &FileSink{dir: dir} }

// Name returns "file".
func (f *FileSink) Name() string { return "file" }

// Path returns where the batch of token for day is exported.
func (f *FileSink) Path(token, day string) string {
	return filepath.Join(f.dir, token, day+".json")
}

// Deliver writes sb's file. If the file exists with the same content it does nothing; with
// other content it fails with ErrDelivered and leaves the file alone.
func (f *FileSink) Deliver(ctx context.Context, sb SignedBatch) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	// Token and day become path elements: they must be a registry symbol and a date.
	if err := sb.validateHeader(); err != nil {
		return fmt.Errorf("export batch %q: %w: %w", sb.Key, ErrMalformed, err)
	}
	data := sb.AppendJSON(nil)
	path := f.Path(sb.Token, sb.Day)
	if same, err := sameFile(path, data, sb); err != nil || same {
		return err
	}
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o750); err != nil {
		return fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	tmp, err := os.CreateTemp(dir, "."+sb.Day+".json.tmp-*")
	if err != nil {
		return fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	defer os.Remove(tmp.Name()) // once linked into place, the temporary name is not needed
	_, err = tmp.Write(data)
	if err == nil {
		err = tmp.Chmod(0o640)
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	// A link, unlike a rename, refuses to replace a file that appeared meanwhile.
	if err := os.Link(tmp.Name(), path); err != nil {
		if errors.Is(err, fs.ErrExist) {
			if same, err := sameFile(path, data, sb); err != nil || same {
				return err
			}
		}
		return fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	if err := syncDir(dir); err != nil {
		return fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	return nil
}

// sameFile reports whether path already holds data; it fails with ErrDelivered if it holds
// something else.
func sameFile(path string, data []byte, sb SignedBatch) (bool, error) {
	existing, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("export batch %s: %w", sb.Key, err)
	}
	if bytes.Equal(existing, data) {
		return true, nil
	}
	held := "content that is not a signed batch"
	if other, err := ParseSignedBatch(existing); err == nil {
		held = "manifest hash " + other.ManifestHash
	}
	return false, fmt.Errorf("export batch %s with manifest hash %s: %w: %s holds %s", sb.Key, sb.ManifestHash, ErrDelivered, path, held)
}

func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return err
	}
	err = d.Sync()
	if cerr := d.Close(); err == nil {
		err = cerr
	}
	return err
}
