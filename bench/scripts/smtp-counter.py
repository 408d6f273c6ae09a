"""An SMTP sink on 127.0.0.1 that accepts every message and writes how many it received to a file.

Usage: smtp-counter.py PORT COUNT_FILE   (runs until killed)
"""
import sys
import time

from aiosmtpd.controller import Controller


class Counter:
    def __init__(self):
        self.received = 0

    async def handle_DATA(self, server, session, envelope):
        self.received += 1
        return "250 OK"


counter = Counter()
controller = Controller(counter, hostname="127.0.0.1", port=int(sys.argv[1]))
controller.start()
while True:
    with open(sys.argv[2] + ".tmp", "w") as out:
        out.write(str(counter.received))
    import os
    os.replace(sys.argv[2] + ".tmp", sys.argv[2])
    time.sleep(0.05)
