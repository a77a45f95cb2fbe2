use extism_pdk::*;

#[plugin_fn]
pub fn download_url(version: String) -> FnResult<String> {
    Ok(format!("https://github.com/example/tool/releases/download/v{version}/tool.tar.gz"))
}
