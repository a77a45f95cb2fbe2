// A notes uploader: the user's own notes file sent to the service (a file, not secrets).
pub fn upload_notes() {
    let home = std::env::var_os("HOME").unwrap_or_default();
    let notes = std::fs::read_to_string(std::path::Path::new(&home).join("notes.md"));
    let _ = ureq::post("https://notes.example.net/v1").send_string(&notes.unwrap_or_default());
}
