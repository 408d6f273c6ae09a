-- GET <prefix><id> with a bearer token, the id picked at random from a file of dispute ids.
-- wrk -s read.lua URL -- IDS_FILE PREFIX TOKEN
local ids = {}
local prefix, token

function init(args)
  for line in io.lines(args[1]) do ids[#ids + 1] = line end
  prefix, token = args[2], args[3]
  math.randomseed(os.time() + (tonumber(tostring({}):match("0x(%x+)"), 16) or 0) % 100000)
end

function request()
  local id = ids[math.random(#ids)]
  return wrk.format("GET", prefix .. id, {["Authorization"] = "Bearer " .. token})
end
