//go:build ignore

// Command refresh_names rewrites the name tables embedded beside the zone
// database: CLDR's Windows zone names (windowszones/) and the IANA links
// (links.txt). Both are inputs the maintainer downloads, so the command
// never touches the network. From the tzdata directory:
//
//	go run refresh_names.go -cldr windowsZones.xml -cldr-ref release-NN
//	go run refresh_names.go -tz path/to/tzdata-RELEASE
//
// -cldr takes common/supplemental/windowsZones.xml of
// https://github.com/unicode-org/cldr at the tag or commit -cldr-ref names.
// -tz takes the unpacked IANA source release whose zones version.txt
// names (https://data.iana.org/time-zones/releases/tzdata20XXx.tar.gz);
// the links are its backward and etcetera files' Link lines whose zone in
// zoneinfo.zip is byte for byte their target's. Go builds its zip with the
// release's backzone file, so about 95 names the release calls links
// (Europe/Oslo, Atlantic/Reykjavik) keep their own history before 1970
// there: for this package they are zones, not aliases. Refresh the zip
// first (go generate), then the links. Run the package's tests afterwards:
// they check both tables against the zip.
package main

import (
	"archive/zip"
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"io"
	"log"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

func main() {
	cldr := flag.String("cldr", "", "CLDR windowsZones.xml to embed")
	ref := flag.String("cldr-ref", "", "CLDR tag or commit the file comes from")
	tz := flag.String("tz", "", "unpacked IANA tzdata source release")
	flag.Parse()
	if *cldr == "" && *tz == "" {
		log.Fatal("refresh_names: give -cldr and -cldr-ref, or -tz")
	}
	if *cldr != "" {
		if *ref == "" {
			log.Fatal("refresh_names: -cldr needs -cldr-ref")
		}
		data, err := os.ReadFile(*cldr)
		if err != nil {
			log.Fatal(err)
		}
		m := regexp.MustCompile(`otherVersion="([^"]*)" typeVersion="([^"]*)"`).FindSubmatch(data)
		if m == nil {
			log.Fatal("refresh_names: no mapTimezones versions in ", *cldr)
		}
		version := fmt.Sprintf("unicode-org/cldr %s otherVersion=%s typeVersion=%s\n", *ref, m[1], m[2])
		must(os.WriteFile(filepath.Join("windowszones", "windowsZones.xml"), data, 0o644))
		must(os.WriteFile(filepath.Join("windowszones", "version.txt"), []byte(version), 0o644))
	}
	if *tz != "" {
		zr, err := zip.OpenReader("zoneinfo.zip")
		if err != nil {
			log.Fatal(err)
		}
		read := func(name string) []byte {
			f, err := zr.Open(name)
			if err != nil {
				log.Fatal(err)
			}
			defer f.Close()
			b, err := io.ReadAll(f)
			must(err)
			return b
		}
		var lines []string
		for _, name := range []string{"backward", "etcetera"} {
			f, err := os.Open(filepath.Join(*tz, name))
			if err != nil {
				log.Fatal(err)
			}
			sc := bufio.NewScanner(f)
			for sc.Scan() {
				// Link TARGET LINK-NAME [# comment]
				fs := strings.Fields(sc.Text())
				if len(fs) >= 3 && fs[0] == "Link" && bytes.Equal(read(fs[1]), read(fs[2])) {
					lines = append(lines, fs[2]+" "+fs[1]+"\n")
				}
			}
			must(sc.Err())
			f.Close()
		}
		slices.Sort(lines)
		must(os.WriteFile("links.txt", []byte(strings.Join(lines, "")), 0o644))
	}
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
