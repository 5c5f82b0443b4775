-- The first page of findings, as a dashboard would ask for it.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
wrk.path = "/api/v1/findings?limit=100"
