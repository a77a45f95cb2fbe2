extern "C" {
    fn helper_init();
}

pub fn init() {
    unsafe { helper_init() }
}
