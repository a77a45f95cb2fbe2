use image::{GenericImageView, Rgba};

fn luma(p: &Rgba<u8>) -> u32 {
    (p[0] as u32 * 299 + p[1] as u32 * 587 + p[2] as u32 * 114) / 1000
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: pixsort INPUT OUTPUT [THRESHOLD]");
        std::process::exit(2);
    }
    let threshold: u32 = args.get(3).and_then(|t| t.parse().ok()).unwrap_or(96);
    let img = image::open(&args[1]).unwrap_or_else(|e| {
        eprintln!("{}: {}", args[1], e);
        std::process::exit(1)
    });
    let (w, h) = img.dimensions();
    let mut out = img.to_rgba8();
    for y in 0..h {
        let mut x = 0;
        while x < w {
            if luma(out.get_pixel(x, y)) < threshold {
                x += 1;
                continue;
            }
            let start = x;
            while x < w && luma(out.get_pixel(x, y)) >= threshold {
                x += 1;
            }
            let mut run: Vec<Rgba<u8>> = (start..x).map(|i| *out.get_pixel(i, y)).collect();
            run.sort_by_key(luma);
            for (i, p) in run.into_iter().enumerate() {
                out.put_pixel(start + i as u32, y, p);
            }
        }
    }
    out.save(&args[2]).unwrap_or_else(|e| {
        eprintln!("{}: {}", args[2], e);
        std::process::exit(1)
    });
}
