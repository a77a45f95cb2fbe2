use bindgen::callbacks::{IntKind, MacroParsingBehavior, ParseCallbacks};
use std::env;
use std::path::PathBuf;

#[derive(Debug)]
struct OpusCallbacks;

impl ParseCallbacks for OpusCallbacks {
    fn will_parse_macro(&self, name: &str) -> MacroParsingBehavior {
        // function-like helper macros (opus_int32 casts) cannot become constants
        if name.starts_with("__opus_check") || name == "OPUS_EXPORT" {
            MacroParsingBehavior::Ignore
        } else {
            MacroParsingBehavior::Default
        }
    }

    fn int_macro(&self, name: &str, _value: i64) -> Option<IntKind> {
        if name.starts_with("OPUS_") {
            Some(IntKind::I32)
        } else {
            None
        }
    }

    fn include_file(&self, filename: &str) {
        println!("cargo:rerun-if-changed={}", filename);
    }
}

fn main() {
    println!("cargo:rerun-if-env-changed=OPUS_LIB_DIR");
    let mut includes = Vec::new();
    if let Ok(dir) = env::var("OPUS_LIB_DIR") {
        println!("cargo:rustc-link-search=native={}", dir);
        println!("cargo:rustc-link-lib=opus");
    } else if cfg!(feature = "vendored") {
        #[cfg(feature = "vendored")]
        {
            let dst = cmake::Config::new("opus").define("OPUS_BUILD_TESTING", "OFF").build();
            println!("cargo:rustc-link-search=native={}/lib", dst.display());
            println!("cargo:rustc-link-lib=static=opus");
            includes.push(dst.join("include"));
        }
    } else {
        let lib = pkg_config::Config::new().atleast_version("1.3").probe("opus").expect("libopus not found; enable `vendored`");
        includes.extend(lib.include_paths);
    }
    let bindings = bindgen::Builder::default()
        .header("wrapper.h")
        .clang_args(includes.iter().map(|p| format!("-I{}", p.display())))
        .allowlist_function("opus_.*")
        .allowlist_type("Opus.*")
        .allowlist_var("OPUS_.*")
        .parse_callbacks(Box::new(OpusCallbacks))
        .generate()
        .expect("bindgen");
    bindings
        .write_to_file(PathBuf::from(env::var("OUT_DIR").unwrap()).join("bindings.rs"))
        .expect("write bindings");
}
