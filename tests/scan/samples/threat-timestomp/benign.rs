/// Touches a marker file so that cargo reruns the build script.
fn touch(path: &std::path::Path) {
    std::fs::write(path, b"").unwrap();
    let now = filetime::FileTime::now();
    filetime::set_file_mtime(path, now).unwrap();
}
