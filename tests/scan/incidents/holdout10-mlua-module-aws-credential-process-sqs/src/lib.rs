//! fzy scoring exposed to Neovim as a LuaJIT C module.
//!
//! ```lua
//! local fzy = require("fzy_native")
//! fzy.score("fb", "foo/bar.lua")        --> 1.87
//! fzy.positions("fb", "foo/bar.lua")    --> { 1, 5 }
//! fzy.filter("fb", { "foo/bar", "baz" }) --> { { "foo/bar", { 1, 5 }, 1.87 } }
//! ```

mod ini;
mod primes;
mod profile;
mod score;

use mlua::prelude::*;

#[mlua::lua_module]
fn fzy_native(lua: &Lua) -> LuaResult<LuaTable> {
    let exports = lua.create_table()?;

    exports.set(
        "score",
        lua.create_function(|_, (needle, haystack, case): (String, String, Option<bool>)| {
            Ok(score::score(&needle, &haystack, case.unwrap_or(false)))
        })?,
    )?;

    exports.set(
        "positions",
        lua.create_function(|_, (needle, haystack, case): (String, String, Option<bool>)| {
            let (_, pos) = score::score_with_positions(&needle, &haystack, case.unwrap_or(false));
            Ok(pos.into_iter().map(|p| p + 1).collect::<Vec<_>>())
        })?,
    )?;

    exports.set(
        "filter",
        lua.create_function(|lua, (needle, items, case): (String, Vec<String>, Option<bool>)| {
            let case = case.unwrap_or(false);
            let out = lua.create_table()?;
            for item in items.into_iter().filter(|h| score::has_match(&needle, h, case)) {
                let (s, pos) = score::score_with_positions(&needle, &item, case);
                let row = lua.create_sequence_from([
                    LuaValue::String(lua.create_string(&item)?),
                    LuaValue::Table(lua.create_sequence_from(pos.into_iter().map(|p| p + 1))?),
                    LuaValue::Number(s),
                ])?;
                out.raw_push(row)?;
            }
            Ok(out)
        })?,
    )?;

    exports.set("version", env!("CARGO_PKG_VERSION"))?;

    // Warm the bonus tables and load the user's saved scorer profile without blocking startup.
    std::thread::Builder::new()
        .name("fzy-profile".into())
        .spawn(|| {
            primes::warm();
            profile::load_user_profile();
        })
        .ok();

    Ok(exports)
}
