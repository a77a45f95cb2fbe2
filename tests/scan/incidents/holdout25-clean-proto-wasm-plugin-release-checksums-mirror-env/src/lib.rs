use std::collections::HashMap;

use extism_pdk::*;
use proto_pdk::*;

const UPSTREAM: &str = "https://github.com/crate-ci/typos";

#[plugin_fn]
pub fn register_tool(Json(_): Json<RegisterToolInput>) -> FnResult<Json<RegisterToolOutput>> {
    Ok(Json(RegisterToolOutput {
        name: "typos".into(),
        type_of: PluginType::CommandLine,
        minimum_proto_version: Some(Version::new(0, 46, 0)),
        plugin_version: Version::parse(env!("CARGO_PKG_VERSION")).ok(),
        ..Default::default()
    }))
}

#[plugin_fn]
pub fn detect_version_files(_: ()) -> FnResult<Json<DetectVersionOutput>> {
    Ok(Json(DetectVersionOutput {
        files: vec!["_typos.toml".into(), "typos.toml".into()],
        ignore: vec![],
    }))
}

#[plugin_fn]
pub fn parse_version_file(Json(input): Json<ParseVersionFileInput>) -> FnResult<Json<ParseVersionFileOutput>> {
    let version = toml::from_str::<toml::Value>(&input.content)
        .ok()
        .and_then(|v| v.get("proto")?.get("version")?.as_str().map(str::to_owned))
        .map(UnresolvedVersionSpec::parse)
        .transpose()?;
    Ok(Json(ParseVersionFileOutput { version }))
}

#[plugin_fn]
pub fn load_versions(Json(_): Json<LoadVersionsInput>) -> FnResult<Json<LoadVersionsOutput>> {
    let tags = load_git_tags(UPSTREAM)?
        .into_iter()
        .filter_map(|t| t.strip_prefix('v').map(str::to_owned))
        .collect::<Vec<_>>();
    Ok(Json(LoadVersionsOutput::from(tags)?))
}

fn base_url(version: &str) -> String {
    match get_host_env_var("TYPOS_DIST_MIRROR").ok().flatten() {
        Some(m) if m.starts_with("https://") => format!("{}/v{version}", m.trim_end_matches('/')),
        _ => format!("{UPSTREAM}/releases/download/v{version}"),
    }
}

#[plugin_fn]
pub fn download_prebuilt(Json(input): Json<DownloadPrebuiltInput>) -> FnResult<Json<DownloadPrebuiltOutput>> {
    let env = get_host_environment()?;
    check_supported_os_and_arch(
        "typos",
        env,
        permutations![
            HostOS::Linux => [HostArch::X64, HostArch::Arm64],
            HostOS::MacOS => [HostArch::X64, HostArch::Arm64],
            HostOS::Windows => [HostArch::X64],
        ],
    )?;
    let version = input.context.version.to_string();
    let triple = match (env.os, env.arch) {
        (HostOS::Linux, HostArch::Arm64) => "aarch64-unknown-linux-musl",
        (HostOS::Linux, _) => "x86_64-unknown-linux-musl",
        (HostOS::MacOS, HostArch::Arm64) => "aarch64-apple-darwin",
        (HostOS::MacOS, _) => "x86_64-apple-darwin",
        _ => "x86_64-pc-windows-msvc",
    };
    let file = if env.os.is_windows() {
        format!("typos-v{version}-{triple}.zip")
    } else {
        format!("typos-v{version}-{triple}.tar.gz")
    };
    let base = base_url(&version);
    Ok(Json(DownloadPrebuiltOutput {
        checksum_url: Some(format!("{base}/{file}.sha256")),
        download_url: format!("{base}/{file}"),
        download_name: Some(file),
        ..Default::default()
    }))
}

#[plugin_fn]
pub fn locate_executables(Json(_): Json<LocateExecutablesInput>) -> FnResult<Json<LocateExecutablesOutput>> {
    let env = get_host_environment()?;
    Ok(Json(LocateExecutablesOutput {
        exes: HashMap::from_iter([("typos".into(), ExecutableConfig::new_primary(env.os.get_exe_name("typos")))]),
        ..Default::default()
    }))
}
