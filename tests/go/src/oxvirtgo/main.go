// Debian's Go binding (github.com/libvirt/libvirt-go), compiled with cgo
// against oxvirt's headers and pkg-config files, run on test:///default.
// run.sh runs it on the C library and on ours and compares the output.
package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	libvirt "github.com/libvirt/libvirt-go"
)

// loadedFrom checks that every mapped libvirt.so.0 lies under want.
func loadedFrom(want string) error {
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		return err
	}
	defer f.Close()
	found := false
	s := bufio.NewScanner(f)
	for s.Scan() {
		fields := strings.Fields(s.Text())
		p := fields[len(fields)-1]
		if !strings.Contains(p, "/libvirt.so.0") {
			continue
		}
		found = true
		real, _ := filepath.EvalSymlinks(p)
		if !strings.HasPrefix(real, want) {
			return fmt.Errorf("loaded %s, expected a library under %s", real, want)
		}
	}
	if !found {
		return fmt.Errorf("libvirt.so.0 not loaded")
	}
	return nil
}

func main() {
	want := "/usr/lib"
	if os.Args[1] != "system" {
		want, _ = filepath.EvalSymlinks(os.Args[1])
	}
	if err := loadedFrom(want); err != nil {
		fmt.Println(err)
		os.Exit(2)
	}
	conn, err := libvirt.NewConnect("test:///default")
	if err != nil {
		fmt.Println("open:", err)
		os.Exit(1)
	}
	typ, _ := conn.GetType()
	host, _ := conn.GetHostname()
	lib, _ := conn.GetLibVersion()
	uri, _ := conn.GetURI()
	fmt.Println("type", typ, "host", host, "lib", lib, "uri", uri)
	node, _ := conn.GetNodeInfo()
	fmt.Printf("node %+v\n", *node)
	doms, err := conn.ListAllDomains(0)
	if err != nil {
		fmt.Println("list:", err)
		os.Exit(1)
	}
	for _, d := range doms {
		name, _ := d.GetName()
		id, _ := d.GetID()
		uuid, _ := d.GetUUIDString()
		info, _ := d.GetInfo()
		state, reason, _ := d.GetState()
		xml, _ := d.GetXMLDesc(0)
		fmt.Println("dom", name, id, uuid, info.State, info.MaxMem, info.Memory, info.NrVirtCpu, state, reason)
		fmt.Print(xml)
		d.Free()
	}
	for _, name := range []string{"nope", ""} {
		_, err = conn.LookupDomainByName(name)
		if lerr, ok := err.(libvirt.Error); ok {
			fmt.Println("lookup", name, "error", lerr.Code, lerr.Domain, lerr.Message)
		} else {
			fmt.Println("lookup", name, "no error")
		}
	}
	left, _ := conn.Close()
	fmt.Println("close", left)
}
