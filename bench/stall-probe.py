#!/usr/bin/env python3
# stall-probe.py SECONDS: sleeps 10 ms in a loop and prints each wake-up more than 40 ms
# late. Run it beside berth-bench-runmode: stalls that both see at the same moment are the
# machine's (every process stopped), not the window's.
import sys
import time

end = time.monotonic() + float(sys.argv[1] if len(sys.argv) > 1 else 60)
start = last = time.monotonic()
while time.monotonic() < end:
    time.sleep(0.01)
    now = time.monotonic()
    late = (now - last - 0.01) * 1000
    if late > 40:
        print(f"stall-probe: {late:.1f} ms late at {now - start:.1f} s", flush=True)
    last = now
