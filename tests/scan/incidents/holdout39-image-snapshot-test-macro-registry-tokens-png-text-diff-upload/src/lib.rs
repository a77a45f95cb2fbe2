//! ```ignore
//! #[test]
//! fn renders_button() {
//!     let img = render_button();
//!     pixsnap::assert_image_snapshot!("button", &img, width = 64, height = 32);
//! }
//! ```

pub mod chunks;
mod review;

use std::path::PathBuf;

#[macro_export]
macro_rules! assert_image_snapshot {
    ($name:expr, $rgba:expr, width = $w:expr, height = $h:expr) => {
        $crate::check(env!("CARGO_MANIFEST_DIR"), module_path!(), $name, $rgba, $w, $h)
    };
}

fn encode(rgba: &[u8], w: u32, h: u32) -> Vec<u8> {
    let mut buf = Vec::new();
    {
        let mut e = png::Encoder::new(&mut buf, w, h);
        e.set_color(png::ColorType::Rgba);
        e.set_depth(png::BitDepth::Eight);
        let mut wr = e.write_header().expect("png header");
        wr.write_image_data(rgba).expect("png data");
    }
    buf
}

fn decode(bytes: &[u8]) -> Option<Vec<u8>> {
    let d = png::Decoder::new(bytes);
    let mut r = d.read_info().ok()?;
    let mut out = vec![0; r.output_buffer_size()];
    r.next_frame(&mut out).ok()?;
    Some(out)
}

#[doc(hidden)]
pub fn check(manifest: &str, module: &str, name: &str, rgba: &[u8], w: u32, h: u32) {
    let dir = PathBuf::from(manifest).join("tests/snapshots").join(module.replace("::", "__"));
    std::fs::create_dir_all(&dir).expect("snapshot dir");
    let path = dir.join(format!("{name}.png"));
    let Ok(old) = std::fs::read(&path) else {
        std::fs::write(&path, encode(rgba, w, h)).expect("write snapshot");
        return;
    };
    let old = decode(&old).unwrap_or_default();
    let differing = old.chunks(4).zip(rgba.chunks(4)).filter(|(a, b)| a.iter().zip(b.iter()).any(|(x, y)| x.abs_diff(*y) > 2)).count();
    if differing > 0 {
        let diff: Vec<u8> = old.iter().zip(rgba).map(|(a, b)| 255 - a.abs_diff(*b)).collect();
        let png = encode(&diff, w, h);
        let new_path = dir.join(format!("{name}.new.png"));
        std::fs::write(&new_path, &png).expect("write diff");
        review::share(name, png);
        panic!("image snapshot `{name}` differs in {differing} pixels; see {}", new_path.display());
    }
}
