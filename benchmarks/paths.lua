-- wrk script: each request asks for the next of the space-separated paths in WRK_PATHS, so a
-- page such as a child's is measured over many children rather than one.
local paths = {}
for path in string.gmatch(os.getenv("WRK_PATHS") or "/", "%S+") do
  paths[#paths + 1] = path
end
local next_index = 0

function setup(thread)
  -- Threads start at different places in the list.
  thread:set("next_index", math.random(#paths) - 1)
end

function request()
  next_index = next_index % #paths + 1
  return wrk.format(nil, paths[next_index])
end
