// An `extern "C" fn` defined in Rust is callable from C; it declares nothing foreign.
pub extern "C" fn add(a: i32, b: i32) -> i32 {
    a + b
}
