//! Compiles the C side of the module (Samba's VFS interface is a C struct of function
//! pointers). Needs the Samba source tree that matches the installed smbd, configured, in
//! SAMBA_SRC (the same requirement as out-of-tree VFS modules written in C).

fn main() {
    let src = std::env::var("SAMBA_SRC").unwrap_or_else(|_| "/usr/src/samba".into());
    println!("cargo:rerun-if-env-changed=SAMBA_SRC");
    println!("cargo:rerun-if-changed=csrc/shim.c");
    cc::Build::new()
        .file("csrc/shim.c")
        .include(format!("{src}/source3/include"))
        .include(format!("{src}/source3"))
        .include(format!("{src}/lib/talloc"))
        .include(format!("{src}/bin/default/include"))
        .include(format!("{src}/bin/default"))
        .include(format!("{src}/lib/replace"))
        .include(&src)
        .define("HAVE_CONFIG_H", "1")
        .flag_if_supported("-Wno-unused-parameter")
        .compile("rgshim");
}
