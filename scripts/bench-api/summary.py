"""Prints the runs the trigger benchmark created, read back through the API."""
import json
import os
import urllib.request

request = urllib.request.Request(os.environ["BENCH_BASE"] + "/api/v1/stats")
request.add_header("Authorization", "Bearer " + os.environ["BENCH_TOKEN"])
with urllib.request.urlopen(request) as response:
    stats = json.load(response)
print("runs by status after the trigger benchmark:", json.dumps(stats.get("runs_by_status")))
