use std::time::Duration;

use redis_module::{redis_module, Context, RedisString, Status};

mod command;
mod gcra;
mod slots;
mod stats;

fn init(ctx: &Context, _args: &[RedisString]) -> Status {
    ctx.log_notice("gcra: module loaded");
    // Sample server stats once the instance has settled, to size the
    // per-key cache (see stats.rs).
    ctx.create_timer(Duration::from_secs(600), stats::warm, ());
    Status::Ok
}

redis_module! {
    name: "gcra",
    version: 203,
    allocator: (redis_module::alloc::RedisAlloc, redis_module::alloc::RedisAlloc),
    data_types: [],
    init: init,
    commands: [
        ["gcra.throttle", command::throttle, "write deny-oom fast", 1, 1, 1],
        ["gcra.peek", command::peek, "readonly fast", 1, 1, 1],
    ],
}
