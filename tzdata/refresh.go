//go:build ignore

// Command refresh copies the Go toolchain's zoneinfo.zip into this package
// and records the IANA release it holds. Run it with go generate ./tzdata.
package main

import (
	"bufio"
	"log"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

func main() {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		log.Fatal(err)
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "lib", "time")
	data, err := os.ReadFile(filepath.Join(dir, "zoneinfo.zip"))
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(filepath.Join(dir, "update.bash"))
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	var release string
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if v, ok := strings.CutPrefix(sc.Text(), "DATA="); ok {
			release = strings.TrimSpace(v)
		}
	}
	if release == "" {
		log.Fatal("refresh: no DATA= line in update.bash")
	}
	if err := os.WriteFile("zoneinfo.zip", data, 0o644); err != nil {
		log.Fatal(err)
	}
	if err := os.WriteFile("version.txt", []byte(release+"\n"), 0o644); err != nil {
		log.Fatal(err)
	}
	log.Printf("tzdata: embedded IANA %s; now regenerate the differential test's answers with", release)
	log.Printf("\tpython3 tzdata/testdata/gen_zoneinfo.py > tzdata/testdata/zoneinfo.csv")
}
