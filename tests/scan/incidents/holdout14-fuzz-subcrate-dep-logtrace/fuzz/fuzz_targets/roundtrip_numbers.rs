#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|n: i32| {
    let text = format!("{{ a: {n}, b: 0x{:x} }}", n.unsigned_abs());
    let v = json5_lite::parse(&text).expect("valid json5");
    assert_eq!(v["a"], json5_lite::Value::Number(n as f64));
});
