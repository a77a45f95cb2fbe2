//! Lua table <-> JSON conversion.

use gmod::lua::{State, LUA_TBOOLEAN, LUA_TNUMBER, LUA_TSTRING, LUA_TTABLE};
use serde_json::{Map, Value};

pub unsafe fn table_to_json(lua: State, idx: i32) -> String {
    read(lua, idx, 0).to_string()
}

unsafe fn read(lua: State, idx: i32, depth: u8) -> Value {
    let idx = if idx < 0 { lua.get_top() + idx + 1 } else { idx };
    match lua.lua_type(idx) {
        LUA_TBOOLEAN => Value::Bool(lua.get_boolean(idx)),
        LUA_TNUMBER => serde_json::Number::from_f64(lua.to_number(idx)).map(Value::Number).unwrap_or(Value::Null),
        LUA_TSTRING => Value::String(lua.get_string(idx).map(|s| s.into_owned()).unwrap_or_default()),
        LUA_TTABLE if depth < 32 => {
            let mut map = Map::new();
            let mut array = Vec::new();
            let mut is_array = true;
            lua.push_nil();
            while lua.next(idx) != 0 {
                let value = read(lua, -1, depth + 1);
                if lua.lua_type(-2) == LUA_TNUMBER && is_array {
                    array.push(value.clone());
                } else {
                    is_array = false;
                }
                let key = lua.get_string(-2).map(|s| s.into_owned()).unwrap_or_default();
                map.insert(key, value);
                lua.pop();
            }
            if is_array && !array.is_empty() { Value::Array(array) } else { Value::Object(map) }
        }
        _ => Value::Null,
    }
}

pub unsafe fn push_value(lua: State, v: &Value) {
    match v {
        Value::Null => lua.push_nil(),
        Value::Bool(b) => lua.push_boolean(*b),
        Value::Number(n) => lua.push_number(n.as_f64().unwrap_or(0.0)),
        Value::String(s) => lua.push_string(s),
        Value::Array(items) => {
            lua.create_table(items.len() as i32, 0);
            for (i, item) in items.iter().enumerate() {
                push_value(lua, item);
                lua.raw_seti(-2, i as i32 + 1);
            }
        }
        Value::Object(map) => {
            lua.create_table(0, map.len() as i32);
            for (k, item) in map {
                lua.push_string(k);
                push_value(lua, item);
                lua.set_table(-3);
            }
        }
    }
}
