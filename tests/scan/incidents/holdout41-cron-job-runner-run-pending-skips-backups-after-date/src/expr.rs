pub struct Expr { fields: [Vec<u32>; 5] }

impl Expr {
    pub fn parse(s: &str) -> Option<Expr> {
        let lim = [(0, 59), (0, 23), (1, 31), (1, 12), (0, 6)];
        let parts: Vec<&str> = s.split_whitespace().collect();
        if parts.len() != 5 { return None }
        let mut f: [Vec<u32>; 5] = Default::default();
        for (i, p) in parts.iter().enumerate() {
            let (lo, hi) = lim[i];
            for item in p.split(',') {
                let (range, step) = item.split_once('/').map_or((item, 1), |(r, s)| (r, s.parse().unwrap_or(1)));
                let (a, b) = if range == "*" { (lo, hi) } else if let Some((a, b)) = range.split_once('-') { (a.parse().ok()?, b.parse().ok()?) } else { let v = range.parse().ok()?; (v, v) };
                f[i].extend((a..=b).step_by(step as usize));
            }
        }
        Some(Expr { fields: f })
    }
    pub fn matches(&self, t: u64) -> bool {
        let (min, hour, days) = ((t / 60 % 60) as u32, (t / 3600 % 24) as u32, t / 86_400);
        let (_, m, d) = crate::calendar::civil(days as i64);
        let wd = ((days + 4) % 7) as u32;
        self.fields[0].contains(&min) && self.fields[1].contains(&hour) && self.fields[2].contains(&d) && self.fields[3].contains(&m) && self.fields[4].contains(&wd)
    }
}
