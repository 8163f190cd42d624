// Command sidecar serves lesson 15's add over a Unix-domain socket: the floor
// of any design that keeps Go in a process of its own, next to the JVM.
//
//	sidecar SOCKET
//
// Each request is two little-endian int64s; the reply is their sum, wrapping
// around on overflow, as one little-endian int64. Connections are served
// concurrently, requests on one connection in order. It prints "ready" once
// it listens, and exits when its standard input closes, so that it never
// outlives the benchmark that started it.
package main

import (
	"bufio"
	"encoding/binary"
	"fmt"
	"io"
	"net"
	"os"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: sidecar SOCKET")
		os.Exit(2)
	}
	path := os.Args[1]
	os.Remove(path) // a socket left by a run that was killed
	ln, err := net.Listen("unix", path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "sidecar:", err)
		os.Exit(1)
	}
	go func() {
		io.Copy(io.Discard, os.Stdin)
		ln.Close()
		os.Remove(path)
		os.Exit(0)
	}()
	fmt.Println("ready")
	for {
		conn, err := ln.Accept()
		if err != nil {
			return
		}
		go serve(conn)
	}
}

func serve(conn net.Conn) {
	defer conn.Close()
	in := bufio.NewReader(conn)
	var req [16]byte
	var reply [8]byte
	for {
		if _, err := io.ReadFull(in, req[:]); err != nil {
			return // the client closed the connection
		}
		a := int64(binary.LittleEndian.Uint64(req[0:]))
		b := int64(binary.LittleEndian.Uint64(req[8:]))
		binary.LittleEndian.PutUint64(reply[:], uint64(a+b))
		if _, err := conn.Write(reply[:]); err != nil {
			return
		}
	}
}
