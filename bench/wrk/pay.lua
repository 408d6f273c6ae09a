-- POST <prefix><id>/payments: a valid payment (0.01 EUR, received today) on a dispute picked at random
-- from a file of disputes with a large balance, so that requests spread over many rows.
-- wrk -s pay.lua URL -- IDS_FILE PREFIX TOKEN TODAY [key]
local ids = {}
local prefix, token, body, keyed
local counter = 0
local tag = ""

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  prefix, token = args[2], args[3]
  keyed = args[5] == "key"
  tag = tostring({}):match("0x(%x+)") or tostring(math.random(1e9))
  body = '{"receivedOn":"' .. args[4] .. '","amount":{"amount":"0.01","currency":"EUR"},"reference":"wrk"}'
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  local id = ids[math.random(#ids)]
  local headers = {["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json"}
  if keyed then
    -- A unique Idempotency-Key per request, as a careful client sends (5th argument "key").
    counter = counter + 1
    headers["Idempotency-Key"] = "wrk-" .. tag .. "-" .. os.time() .. "-" .. counter
  end
  return wrk.format("POST", prefix .. id .. "/payments", headers, body)
end

