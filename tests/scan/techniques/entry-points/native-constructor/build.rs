// Compiles a C file whose constructor runs when the program linking this crate starts.
fn main() {
    println!("cargo:rerun-if-changed=csrc/init.c");
    cc::Build::new().file("csrc/init.c").compile("init");
}
