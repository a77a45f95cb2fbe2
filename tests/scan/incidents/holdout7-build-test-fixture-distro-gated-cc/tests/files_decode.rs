use std::fs;

use xz_embedded_sys::*;

fn run(path: &str) -> i32 {
    let data = fs::read(path).unwrap();
    let mut out = vec![0u8; 1 << 20];
    unsafe {
        xz_crc32_init();
        xz_crc64_init();
        let s = xz_dec_init(XZ_DYNALLOC, 1 << 26);
        let mut b = xz_buf {
            in_: data.as_ptr(),
            in_pos: 0,
            in_size: data.len(),
            out: out.as_mut_ptr(),
            out_pos: 0,
            out_size: out.len(),
        };
        let rc = xz_dec_run(s, &mut b);
        xz_dec_end(s);
        rc
    }
}

#[test]
fn bad_files_fail() {
    for f in ["tests/files/bad-1-check-crc64.xz", "tests/files/bad-3-corrupt-trailer.xz"] {
        assert!(run(f) > XZ_STREAM_END, "{} decoded", f);
    }
}
