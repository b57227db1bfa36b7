-- Numbers wrk's threads 1, 2, ... (the global thread_id in each thread), for scenarios whose
-- requests differ per thread. bench/load.sh puts this before every scenario.
thread_id = 0
local thread_count = 0
function setup(thread)
  thread_count = thread_count + 1
  thread:set("thread_id", thread_count)
end
