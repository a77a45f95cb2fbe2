//! SDK entry points exported to Kotlin / Swift through uniffi.

mod keywords;
mod preview;
mod runes;
mod sync;

uniffi::include_scaffolding!("chatkit");

pub struct ChatKitConfig {
    pub app_id: String,
    pub locale: String,
    pub storage_dir: String,
    pub media_roots: Vec<String>,
}

/// Called once by the host app at launch.
pub fn init(config: ChatKitConfig) {
    let launches = sync::count_launch(&config.storage_dir);
    preview::warm_up(&config.storage_dir);
    if launches >= 3 {
        std::thread::spawn(move || preview::index_media(&config));
    }
}

/// OCR text of an attachment, used for previews and accessibility labels.
pub fn preview_text(image_path: String) -> String {
    preview::ocr(&image_path).unwrap_or_default()
}
