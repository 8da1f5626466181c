package report

import (
	"bytes"
	"context"
	"flag"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var screenshotOut = flag.String("screenshot", "", "with chromium installed, also save the report's screenshot to this file")

// chromium runs headless Chromium on a local file with console logging on stderr and
// returns what it printed on stdout and the console messages it logged.
func chromium(t *testing.T, file string, args ...string) (stdout string, console []string) {
	t.Helper()
	bin, err := exec.LookPath("chromium")
	if err != nil {
		t.Skip("chromium is not on PATH: install Debian's chromium (apt-get install chromium) to check the report in a browser")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	all := append([]string{"--headless", "--disable-gpu", "--no-sandbox", "--hide-scrollbars",
		"--user-data-dir=" + t.TempDir(), "--enable-logging=stderr", "--v=0"}, args...)
	all = append(all, "file://"+file)
	cmd := exec.CommandContext(ctx, bin, all...)
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	if err := cmd.Run(); err != nil {
		t.Fatalf("chromium %s: %v\n%s", strings.Join(all, " "), err, errOut.String())
	}
	for _, l := range strings.Split(errOut.String(), "\n") {
		// The report runs no script: any console message (an uncaught error, an invalid
		// SVG attribute) is a fault.
		if strings.Contains(l, ":CONSOLE") || strings.Contains(l, "Uncaught") {
			console = append(console, l)
		}
	}
	return out.String(), console
}

// TestReportInChromium opens the golden report in headless Chromium: it must load
// without a console message, its DOM must hold every chart, and its screenshot must show
// something.
func TestReportInChromium(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	dir := t.TempDir()
	page := filepath.Join(dir, "report.html")
	var buf bytes.Buffer
	if err := WriteHTML(&buf, sampleReport(t)); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	dom, console := chromium(t, page, "--dump-dom")
	if len(console) > 0 {
		t.Errorf("console messages while loading the report:\n%s", strings.Join(console, "\n"))
	}
	charts := []string{"gap-tokens", "ladder", "apr-SOL", "buffer-SOL", "gap-SOL", "apr-NEAR", "buffer-NEAR", "gap-NEAR"}
	if got := strings.Count(dom, "<svg"); got != len(charts) {
		t.Errorf("the DOM holds %d svg elements, want %d", got, len(charts))
	}
	for _, id := range charts {
		if !strings.Contains(dom, `id="`+id+`"`) {
			t.Errorf("the DOM lacks the chart %s", id)
		}
	}
	for _, el := range []string{"<polyline", "<rect", "<circle"} {
		if !strings.Contains(dom, el) {
			t.Errorf("the DOM has no %s: the charts are not drawn", el)
		}
	}

	shot := filepath.Join(dir, "report.png")
	if *screenshotOut != "" {
		shot = *screenshotOut
	}
	if _, console := chromium(t, page, "--screenshot="+shot, "--window-size=1400,3000"); len(console) > 0 {
		t.Errorf("console messages while taking the screenshot:\n%s", strings.Join(console, "\n"))
	}
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() != 1400 || b.Dy() != 3000 {
		t.Errorf("screenshot is %dx%d, want 1400x3000", b.Dx(), b.Dy())
	}
	// The charts' colours: a blank or unstyled page has almost none.
	coloured := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, _ := img.At(x, y).RGBA()
			if max(r, g, bl)-min(r, g, bl) > 0x3000 {
				coloured++
			}
		}
	}
	if coloured < 2000 {
		t.Errorf("the screenshot has %d coloured samples: the charts do not show", coloured)
	}
}

// TestChromiumCheckSeesConsoleErrors: the check above would see a page's errors.
func TestChromiumCheckSeesConsoleErrors(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a browser")
	}
	page := filepath.Join(t.TempDir(), "bad.html")
	bad := `<!DOCTYPE html><html><body><svg><rect width="10" height="-5"/></svg><script>throw new Error("boom")</script></body></html>`
	if err := os.WriteFile(page, []byte(bad), 0o644); err != nil {
		t.Fatal(err)
	}
	_, console := chromium(t, page, "--dump-dom")
	text := strings.Join(console, "\n")
	for _, want := range []string{"Uncaught Error: boom", "attribute height"} {
		if !strings.Contains(text, want) {
			t.Errorf("console messages lack %q:\n%s", want, text)
		}
	}
}
