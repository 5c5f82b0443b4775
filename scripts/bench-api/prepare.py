"""Checks the store through the API and creates the 1,000 scan definitions the trigger
benchmark picks from, writing a wrk script that triggers them at random."""
import json
import os
import sys
import urllib.request

base, token = os.environ["BENCH_BASE"], os.environ["BENCH_TOKEN"]


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    request.add_header("Authorization", f"Bearer {token}")
    request.add_header("Content-Type", "application/json")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


stats = call("GET", "/api/v1/stats")
print("store:", json.dumps(stats.get("open_findings_by_severity", stats)))
source = call("GET", "/api/v1/sources")["items"][0]["id"]
ids = [call("POST", "/api/v1/scans", {"name": f"bench-{n}", "source_id": source})["id"] for n in range(1000)]
with open(sys.argv[1], "w") as out:
    out.write("local ids = {" + ",".join(f'"{i}"' for i in ids) + "}\n")
    out.write('wrk.method = "POST"\n')
    out.write('wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")\n')
    out.write("request = function()\n")
    out.write('  return wrk.format(nil, "/api/v1/scans/" .. ids[math.random(#ids)] .. "/trigger")\n')
    out.write("end\n")
