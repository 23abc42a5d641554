#!/usr/bin/env python3
"""A TLS listener on loopback in front of the Docker socket, as `dockerd --tlsverify` would
listen: it asks for a client certificate signed by the test's CA and forwards the bytes to
/var/run/docker.sock. Usage: tls_proxy.py CERT_DIR PORT_FILE. Prints nothing; writes the
port it listens on to PORT_FILE; runs until killed."""
import socket
import ssl
import sys
import threading


def pipe(src, dst):
    try:
        while True:
            data = src.recv(65536)
            if not data:
                break
            dst.sendall(data)
    except OSError:
        pass
    finally:
        for s in (src, dst):
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client, context):
    try:
        tls = context.wrap_socket(client, server_side=True)
    except (ssl.SSLError, OSError):
        client.close()
        return
    daemon = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    daemon.connect("/var/run/docker.sock")
    threading.Thread(target=pipe, args=(daemon, tls), daemon=True).start()
    pipe(tls, daemon)


def main():
    certs, port_file = sys.argv[1], sys.argv[2]
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(f"{certs}/server-cert.pem", f"{certs}/server-key.pem")
    context.load_verify_locations(f"{certs}/ca.pem")
    context.verify_mode = ssl.CERT_REQUIRED
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    with open(port_file, "w") as f:
        f.write(str(listener.getsockname()[1]))
    while True:
        client, _ = listener.accept()
        threading.Thread(target=serve, args=(client, context), daemon=True).start()


if __name__ == "__main__":
    main()
