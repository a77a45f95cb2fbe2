#[link(name = "z")]
extern "C" {
    fn zlibVersion() -> *const std::os::raw::c_char;
}
