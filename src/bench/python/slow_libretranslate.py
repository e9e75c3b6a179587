"""A LibreTranslate-shaped server for the benchmarks: POST /translate answers after a fixed sleep.

python3 slow_libretranslate.py PORT_FILE [SLEEP_MS] [MAX_ITEMS] [1.1|1.0] [nodelay|nagle]
Writes the port it listens on (127.0.0.1) to PORT_FILE; logs one line per request to stdout:
start and end time (monotonic seconds), items, characters. HTTP/1.1 with keep-alive, one thread per connection.
"""
import json
import socket
import os
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

SLEEP = float(sys.argv[2]) / 1000 if len(sys.argv) > 2 else 0.1
MAX_ITEMS = int(sys.argv[3]) if len(sys.argv) > 3 else 50
PROTOCOL = "HTTP/" + (sys.argv[4] if len(sys.argv) > 4 else "1.1")
NODELAY = (sys.argv[5] if len(sys.argv) > 5 else "nodelay") == "nodelay"
LOG = threading.Lock()


class Handler(BaseHTTPRequestHandler):
    protocol_version = PROTOCOL

    def setup(self):
        super().setup()
        # as waitress, LibreTranslate's server, does: without it the body written after the headers waits for
        # the client's delayed ACK (40 ms) on a kept-alive connection
        if NODELAY:
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

    def do_POST(self):
        start = time.monotonic()
        body = json.loads(self.rfile.read(int(self.headers.get("Content-Length", 0))))
        q = body.get("q", [])
        items = q if isinstance(q, list) else [q]
        if len(items) > MAX_ITEMS:
            self.reply(400, {"error": "Invalid request: request (%d) exceeds text limit (%d)" % (len(items), MAX_ITEMS)})
            return
        time.sleep(SLEEP)
        # English-looking answers, so reply checks (echo, Arabic left in) accept them
        # a question keeps its question mark (a reply without one reads as an answer and is rejected)
        texts = ["translated sentence of %d letters%s" % (len(t), "?" if ("?" in t or "\u061f" in t) else ".")
                 for t in items]
        self.reply(200, {"translatedText": texts if isinstance(q, list) else texts[0]})
        with LOG:
            sys.stdout.write("%.6f %.6f %d %d\n" % (start, time.monotonic(), len(items), sum(len(t) for t in items)))
            sys.stdout.flush()

    def reply(self, status, obj):
        data = json.dumps(obj).encode("utf-8")
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
with open(sys.argv[1] + ".tmp", "w") as f:
    f.write(str(server.server_address[1]))
os.replace(sys.argv[1] + ".tmp", sys.argv[1])
server.serve_forever()
