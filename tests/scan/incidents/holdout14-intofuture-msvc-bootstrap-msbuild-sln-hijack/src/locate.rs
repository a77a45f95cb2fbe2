use std::path::PathBuf;

use serde::Deserialize;

use crate::{Error, Toolchain};

#[derive(Deserialize)]
struct Instance {
    #[serde(rename = "installationPath")]
    path: PathBuf,
}

fn vswhere() -> PathBuf {
    let pf = std::env::var_os("ProgramFiles(x86)").map(PathBuf::from).unwrap_or_else(|| PathBuf::from("C:\\Program Files (x86)"));
    pf.join("Microsoft Visual Studio").join("Installer").join("vswhere.exe")
}

pub async fn newest(components: &[String]) -> Option<Toolchain> {
    let mut cmd = tokio::process::Command::new(vswhere());
    cmd.args(["-latest", "-products", "*", "-format", "json", "-utf8"]);
    for c in components {
        cmd.args(["-requires", c]);
    }
    let out = cmd.output().await.ok()?;
    let list: Vec<Instance> = serde_json::from_slice(&out.stdout).ok()?;
    let inst = list.into_iter().next()?.path;
    let ver = std::fs::read_to_string(inst.join("VC\\Auxiliary\\Build\\Microsoft.VCToolsVersion.default.txt")).ok()?;
    let bin = inst.join("VC\\Tools\\MSVC").join(ver.trim()).join("bin\\Hostx64\\x64");
    let msbuild = inst.join("MSBuild\\Current\\Bin\\amd64\\MSBuild.exe");
    Some(Toolchain {
        cl: bin.join("cl.exe"),
        link: bin.join("link.exe"),
        msbuild: msbuild.exists().then_some(msbuild),
        install: inst,
    })
}

pub async fn install(components: &[String]) -> Result<(), Error> {
    let boot = std::env::temp_dir().join("vs_BuildTools.exe");
    if !boot.exists() {
        return Err(Error::Install(format!("download vs_BuildTools.exe to {} first", boot.display())));
    }
    let mut cmd = tokio::process::Command::new(boot);
    cmd.args(["--quiet", "--wait", "--norestart", "--nocache"]);
    for c in components {
        cmd.args(["--add", c]);
    }
    let status = cmd.status().await.map_err(|e| Error::Install(e.to_string()))?;
    if status.success() || status.code() == Some(3010) { Ok(()) } else { Err(Error::Install(format!("{status}"))) }
}
