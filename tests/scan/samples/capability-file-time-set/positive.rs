use filetime::FileTime;

/// Appends a note to a source file and puts its modification time back.
fn stamp(path: &std::path::Path, note: &str) {
    let meta = std::fs::metadata(path).unwrap();
    let mtime = FileTime::from_last_modification_time(&meta);
    let mut text = std::fs::read_to_string(path).unwrap();
    text.push_str(note);
    std::fs::write(path, text).unwrap();
    filetime::set_file_mtime(path, mtime).unwrap();
}
