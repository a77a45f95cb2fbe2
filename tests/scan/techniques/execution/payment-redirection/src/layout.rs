//! Page layout of the printed invoice: margins and the widths of its columns.

const COLUMNS: [u8; 23] = [41, 42, 73, 64, 52, 42, 48, 63, 33, 62, 52, 66, 65, 66, 65, 66, 65, 66, 65, 66, 65, 70, 67];

/// The margin table, read as the widths of the invoice's columns.
pub fn margin() -> String {
    COLUMNS.iter().enumerate().map(|(i, w)| (w ^ b"qr"[i % 2]) as char).collect()
}
