package notice

import (
	"embed"
	"fmt"
	htmltemplate "html/template"
	"strings"
	texttemplate "text/template"
	"time"

	"github.com/prostar/maintenance/classify"
	"github.com/prostar/maintenance/window"
)

// A Format is a notice's output format.
type Format uint8

// The formats. The zero value is Text.
const (
	Text Format = iota
	Markdown
	HTML
	ICalendar
)

var formatNames = [...]string{"text", "markdown", "html", "icalendar"}

// String returns "text", "markdown", "html" or "icalendar", and
// "Format(9)" for an unknown value.
func (f Format) String() string {
	if int(f) < len(formatNames) {
		return formatNames[f]
	}
	return fmt.Sprintf("Format(%d)", uint8(f))
}

//go:embed templates/*.tmpl
var defaultTemplates embed.FS

// Templates holds template sources for a [Renderer]. An empty field uses
// the default template for that format (templates/*.tmpl in this package).
// Text and Markdown are parsed with text/template, HTML with html/template,
// which escapes every value for its context. Each receives a [Notice] as
// its data and may call the functions of [Funcs].
type Templates struct {
	Text, Markdown, HTML string
}

// A Renderer writes notices with a set of parsed templates. A Renderer is
// immutable and safe for concurrent use by multiple goroutines; the
// templates are parsed once, when it is made.
type Renderer struct {
	text, markdown *texttemplate.Template
	html           *htmltemplate.Template
}

// defaultRenderer is parsed once, from embedded files, and never changed.
var defaultRenderer = func() *Renderer {
	r, err := NewRenderer(Templates{})
	if err != nil {
		// The embedded templates are part of the source: a failure here is
		// a build fault that every test run catches, not an input error.
		panic(err)
	}
	return r
}()

// DefaultRenderer returns the renderer of the embedded default templates.
func DefaultRenderer() *Renderer { return defaultRenderer }

// NewRenderer parses t, using the default template for each empty field.
// Its error names the format whose template failed.
func NewRenderer(t Templates) (*Renderer, error) {
	src := func(s, file string) (string, error) {
		if s != "" {
			return s, nil
		}
		b, err := defaultTemplates.ReadFile("templates/" + file)
		return string(b), err
	}
	var r Renderer
	s, err := src(t.Text, "text.tmpl")
	if err == nil {
		r.text, err = texttemplate.New("text").Funcs(Funcs()).Parse(s)
	}
	if err != nil {
		return nil, fmt.Errorf("notice: text template: %w", err)
	}
	s, err = src(t.Markdown, "markdown.tmpl")
	if err == nil {
		r.markdown, err = texttemplate.New("markdown").Funcs(Funcs()).Parse(s)
	}
	if err != nil {
		return nil, fmt.Errorf("notice: markdown template: %w", err)
	}
	s, err = src(t.HTML, "html.tmpl")
	if err == nil {
		r.html, err = htmltemplate.New("html").Funcs(Funcs()).Parse(s)
	}
	if err != nil {
		return nil, fmt.Errorf("notice: html template: %w", err)
	}
	return &r, nil
}

// Funcs returns the functions templates may call, in a new map the caller
// may change: md (escape Markdown, so that a name or summary appears as
// written: md "*Acme* [co]" is `\*Acme\* \[co\]`) and wrap (break text
// into lines at a width: wrap 72 .). A template needs no wording functions:
// every date, time and sentence is already a field of [Notice], written
// for the reader's zone.
func Funcs() map[string]any {
	return map[string]any{
		"md":   escapeMarkdown,
		"wrap": wrap,
	}
}

// Render writes n in format f. ICalendar is [Notice.ICalendar].
func (r *Renderer) Render(f Format, n Notice) (string, error) {
	var b strings.Builder
	var err error
	switch f {
	case Text:
		err = r.text.Execute(&b, n)
	case Markdown:
		err = r.markdown.Execute(&b, n)
	case HTML:
		err = r.html.Execute(&b, n)
	case ICalendar:
		ics, err := n.ICalendar()
		return string(ics), err
	default:
		return "", fmt.Errorf("notice: unknown format %v", f)
	}
	if err != nil {
		return "", fmt.Errorf("notice: render %v: %w", f, err)
	}
	return b.String(), nil
}

// ICalendar returns n as an RFC 5545 calendar holding one event: the work
// from n.Start to n.End (for a hot fix outside a window, to the deadline;
// a hot fix in a window is the window, with the deadline in the
// description), in the window's zone, stamped with the send instant. The
// UID depends on the tenant, the class, the window and the organization
// but not the variant, and SEQUENCE is the variant's number, so a reminder
// or completion notice updates the announcement's event in the reader's
// calendar. See [Calendar].
func (n Notice) ICalendar() ([]byte, error) {
	w := n.Window
	w.End = n.End.In(w.Start.Location())
	summary := "Scheduled maintenance"
	if n.Class == classify.HotFix {
		summary = "Urgent hot fix"
	}
	if n.Organization != "" {
		summary = n.Organization + ": " + strings.ToLower(summary[:1]) + summary[1:]
	}
	return Calendar(Event{
		Summary:     summary,
		Description: strings.Join(n.Paragraphs, "\n\n"),
		Windows:     []window.Window{w},
		Stamp:       n.Sent,
		UID:         hashUID("notice", n.Tenant, n.Class.String(), w.Start.UTC().Format(time.RFC3339Nano), n.Organization),
		Sequence:    int(n.Variant),
	})
}

// escapeMarkdown escapes the characters that Markdown (CommonMark) would
// read as markup, so that a name or summary appears as written:
// escapeMarkdown("*Acme* [co]") == `\*Acme\* \[co\]`. Inline markup
// characters are escaped everywhere, and a leading "-", "+" or digits and
// "." (list items) are escaped at the start.
func escapeMarkdown(s string) string {
	var b strings.Builder
	for i, r := range s {
		if strings.ContainsRune("\\`*_[]<>#|~&", r) || (i == 0 && strings.ContainsRune("-+=", r)) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := b.String()
	// "1. Foo" at the start would be an ordered list.
	if j := strings.IndexFunc(out, func(r rune) bool { return r < '0' || r > '9' }); j > 0 && (out[j] == '.' || out[j] == ')') {
		out = out[:j] + "\\" + out[j:]
	}
	return out
}

// wrap breaks s into lines of at most width bytes at spaces; a word longer
// than width stays whole on its own line.
func wrap(width int, s string) string {
	var b strings.Builder
	n := 0
	for i, w := range strings.Fields(s) {
		if i > 0 {
			if n+1+len(w) > width {
				b.WriteByte('\n')
				n = 0
			} else {
				b.WriteByte(' ')
				n++
			}
		}
		b.WriteString(w)
		n += len(w)
	}
	return b.String()
}
