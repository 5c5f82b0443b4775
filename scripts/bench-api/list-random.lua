-- Pages anywhere in the 100,000 findings, following a cursor as a client paging through would.
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_TOKEN")
request = function()
  return wrk.format("GET", "/api/v1/findings?limit=100&after=" .. math.random(0, 99900))
end
