use std::time::{SystemTime, UNIX_EPOCH};

use redis_module::{Context, NextArg, RedisError, RedisResult, RedisString, RedisValue};

use crate::gcra::decide;

fn now_ms() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_millis() as i64).unwrap_or(0)
}

pub fn throttle(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() < 5 || args.len() > 6 {
        return Err(RedisError::WrongArity);
    }
    let mut args = args.into_iter().skip(1);
    let key = args.next_arg()?;
    let max_burst = args.next_i64()?;
    let count = args.next_i64()?;
    let period = args.next_i64()?;
    let quantity = args.next().map(|q| q.parse_integer()).transpose()?.unwrap_or(1);
    if max_burst < 0 || count <= 0 || period <= 0 || quantity < 0 {
        return Err(RedisError::Str("ERR invalid GCRA parameters"));
    }
    crate::stats::throttled();

    let k = ctx.open_key_writable(&key);
    let tat = k.read()?.and_then(|v| v.parse::<i64>().ok());
    let d = decide(now_ms(), tat, max_burst, count, period * 1000, quantity);
    if !d.limited {
        k.write(&d.new_tat.to_string())?;
        k.set_expire(std::time::Duration::from_millis(d.reset_after_ms.max(1) as u64))?;
    }
    Ok(RedisValue::Array(vec![
        RedisValue::Integer(d.limited as i64),
        RedisValue::Integer(d.limit),
        RedisValue::Integer(d.remaining),
        RedisValue::Integer(if d.retry_after_ms < 0 { -1 } else { (d.retry_after_ms + 999) / 1000 }),
        RedisValue::Integer((d.reset_after_ms + 999) / 1000),
    ]))
}

pub fn peek(ctx: &Context, args: Vec<RedisString>) -> RedisResult {
    if args.len() != 2 {
        return Err(RedisError::WrongArity);
    }
    let k = ctx.open_key(&args[1]);
    match k.read()? {
        Some(v) => Ok(RedisValue::Integer(v.parse::<i64>().unwrap_or(0) - now_ms())),
        None => Ok(RedisValue::Null),
    }
}
