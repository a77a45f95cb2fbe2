fn main() {
    println!("cargo:rerun-if-changed=csrc");
    let mut b = cc::Build::new();
    b.file("csrc/crc32_sse42.c").file("csrc/cpu_init.c").opt_level(3);
    if std::env::var("CARGO_CFG_TARGET_ARCH").as_deref() == Ok("x86_64") {
        b.flag_if_supported("-msse4.2").flag_if_supported("-mpclmul");
    }
    b.compile("crc32simd");
}
