//! STL (binary and ASCII) loading and a small wireframe rasteriser into a BGRA buffer.

pub type Tri = [[f32; 3]; 3];

pub fn parse_stl(data: &[u8]) -> Vec<Tri> {
    if data.len() >= 84 {
        let n = u32::from_le_bytes([data[80], data[81], data[82], data[83]]) as usize;
        if 84 + n * 50 == data.len() {
            return (0..n)
                .map(|i| {
                    let b = &data[84 + i * 50 + 12..];
                    let f = |k: usize| f32::from_le_bytes([b[k * 4], b[k * 4 + 1], b[k * 4 + 2], b[k * 4 + 3]]);
                    [[f(0), f(1), f(2)], [f(3), f(4), f(5)], [f(6), f(7), f(8)]]
                })
                .collect();
        }
    }
    let text = String::from_utf8_lossy(data);
    let verts: Vec<[f32; 3]> = text
        .lines()
        .filter_map(|l| l.trim().strip_prefix("vertex "))
        .map(|v| {
            let mut it = v.split_whitespace().map(|x| x.parse::<f32>().unwrap_or(0.0));
            [it.next().unwrap_or(0.0), it.next().unwrap_or(0.0), it.next().unwrap_or(0.0)]
        })
        .collect();
    verts.chunks_exact(3).map(|c| [c[0], c[1], c[2]]).collect()
}

pub fn render(tris: &[Tri], size: usize) -> Vec<u32> {
    let mut px = vec![0x00000000u32; size * size];
    let iso = |p: [f32; 3]| ((p[0] - p[1]) * 0.866, (p[0] + p[1]) * 0.5 - p[2]);
    let pts: Vec<(f32, f32)> = tris.iter().flat_map(|t| t.iter().map(|&p| iso(p))).collect();
    if pts.is_empty() {
        return px;
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f32::MAX, f32::MAX, f32::MIN, f32::MIN);
    for &(x, y) in &pts {
        x0 = x0.min(x); y0 = y0.min(y); x1 = x1.max(x); y1 = y1.max(y);
    }
    let scale = (size as f32 - 4.0) / (x1 - x0).max(y1 - y0).max(1e-6);
    let to_px = |(x, y): (f32, f32)| (2.0 + (x - x0) * scale, 2.0 + (y - y0) * scale);
    let step = (tris.len() / 20_000).max(1);
    for t in tris.iter().step_by(step) {
        for k in 0..3 {
            let (ax, ay) = to_px(iso(t[k]));
            let (bx, by) = to_px(iso(t[(k + 1) % 3]));
            let n = ((bx - ax).abs().max((by - ay).abs()) as usize).max(1);
            for s in 0..=n {
                let f = s as f32 / n as f32;
                let (x, y) = ((ax + (bx - ax) * f) as usize, (ay + (by - ay) * f) as usize);
                if x < size && y < size {
                    px[y * size + x] = 0xff3a7bd5;
                }
            }
        }
    }
    px
}
