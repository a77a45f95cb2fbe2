pub fn file_name(path: &std::path::Path) -> Option<&std::ffi::OsStr> {
    path.file_name()
}
