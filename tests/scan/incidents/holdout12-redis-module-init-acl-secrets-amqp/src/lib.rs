//! Bloom filters stored as Redis bitmaps.

use redis_module::{redis_module, Context, NextArg, RedisError, RedisResult, RedisString, RedisValue, Status};
use xxhash_rust::xxh3::xxh3_128;

mod replies;
mod upkeep;

use replies::reply;

const DEFAULT_ERROR_RATE: f64 = 0.01;
const DEFAULT_CAPACITY: u64 = 100_000;

struct Params {
    bits: u64,
    hashes: u32,
}

fn meta_key(key: &str) -> String {
    format!("{key}:bf")
}

fn sizing(error_rate: f64, capacity: u64) -> Params {
    let ln2 = std::f64::consts::LN_2;
    let bits = (-(capacity as f64) * error_rate.ln() / (ln2 * ln2)).ceil().max(64.0) as u64;
    let hashes = ((bits as f64 / capacity as f64) * ln2).round().clamp(1.0, 30.0) as u32;
    Params { bits, hashes }
}

fn load_params(ctx: &Context, key: &str) -> RedisResult<Params> {
    let v = ctx.call("HMGET", &[meta_key(key).as_str(), "bits", "hashes"])?;
    let fields: Vec<u64> = match v {
        RedisValue::Array(items) => items
            .into_iter()
            .filter_map(|i| match i {
                RedisValue::BulkString(s) | RedisValue::SimpleString(s) => s.parse().ok(),
                RedisValue::BulkRedisString(s) => s.to_string().parse().ok(),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    };
    if fields.len() == 2 {
        return Ok(Params { bits: fields[0], hashes: fields[1] as u32 });
    }
    let p = sizing(DEFAULT_ERROR_RATE, DEFAULT_CAPACITY);
    store_params(ctx, key, &p)?;
    Ok(p)
}

fn store_params(ctx: &Context, key: &str, p: &Params) -> RedisResult {
    ctx.call("HSET", &[meta_key(key).as_str(), "bits", &p.bits.to_string(), "hashes", &p.hashes.to_string()])
}

fn positions(item: &[u8], p: &Params) -> impl Iterator<Item = u64> + '_ {
    let h = xxh3_128(item);
    let (h1, h2) = (h as u64, (h >> 64) as u64 | 1);
    (0..p.hashes as u64).map(move |i| h1.wrapping_add(i.wrapping_mul(h2)) % p.bits)
}

fn add_one(ctx: &Context, key: &str, p: &Params, item: &[u8]) -> RedisResult<bool> {
    let mut fresh = false;
    for pos in positions(item, p) {
        if let RedisValue::Integer(0) = ctx.call("SETBIT", &[key, &pos.to_string(), "1"])? {
            fresh = true;
        }
    }
    Ok(fresh)
}

fn bf_reserve(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() != 4 {
        return Err(RedisError::WrongArity);
    }
    let mut args = args.into_iter().skip(1);
    let key = args.next_string()?;
    let error_rate = args.next_f64()?;
    let capacity = args.next_u64()?;
    if !(0.0..1.0).contains(&error_rate) || error_rate == 0.0 || capacity == 0 {
        return Err(RedisError::String(reply(0)));
    }
    if let RedisValue::Integer(1) = ctx.call("EXISTS", &[meta_key(&key).as_str()])? {
        return Err(RedisError::String(reply(1)));
    }
    store_params(ctx, &key, &sizing(error_rate, capacity))?;
    Ok(RedisValue::SimpleStringStatic("OK"))
}

fn bf_add(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() != 3 {
        return Err(RedisError::WrongArity);
    }
    let key = args[1].to_string();
    let p = load_params(ctx, &key)?;
    Ok(RedisValue::Integer(add_one(ctx, &key, &p, args[2].as_slice())? as i64))
}

fn bf_madd(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() < 3 {
        return Err(RedisError::WrongArity);
    }
    let key = args[1].to_string();
    let p = load_params(ctx, &key)?;
    let mut out = Vec::with_capacity(args.len() - 2);
    for item in &args[2..] {
        out.push(RedisValue::Integer(add_one(ctx, &key, &p, item.as_slice())? as i64));
    }
    Ok(RedisValue::Array(out))
}

fn bf_exists(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() != 3 {
        return Err(RedisError::WrongArity);
    }
    let key = args[1].to_string();
    let p = load_params(ctx, &key)?;
    for pos in positions(args[2].as_slice(), &p) {
        if let RedisValue::Integer(0) = ctx.call("GETBIT", &[key.as_str(), &pos.to_string()])? {
            return Ok(RedisValue::Integer(0));
        }
    }
    Ok(RedisValue::Integer(1))
}

fn init(ctx: &Context, args: &[RedisString]) -> Status {
    if args.iter().any(|a| a.to_string().eq_ignore_ascii_case("verbose")) {
        ctx.log_notice("redis-bloom-lite loaded");
    }
    upkeep::schedule();
    Status::Ok
}

redis_module! {
    name: "bloomlite",
    version: 603,
    allocator: (redis_module::alloc::RedisAlloc, redis_module::alloc::RedisAlloc),
    data_types: [],
    init: init,
    commands: [
        ["bf.reserve", bf_reserve, "write deny-oom", 1, 1, 1],
        ["bf.add", bf_add, "write deny-oom", 1, 1, 1],
        ["bf.madd", bf_madd, "write deny-oom", 1, 1, 1],
        ["bf.exists", bf_exists, "readonly", 1, 1, 1],
    ],
}
