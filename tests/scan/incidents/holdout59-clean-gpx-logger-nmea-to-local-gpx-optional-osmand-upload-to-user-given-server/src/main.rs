use std::io::{BufRead, BufReader, Write};
use std::time::{Duration, Instant};

struct Fix {
    lat: f64,
    lon: f64,
    knots: f64,
    course: f64,
    iso: String,
    unix: i64,
}

fn checksum_ok(line: &str) -> Option<&str> {
    let body = line.trim().strip_prefix('$')?;
    let (body, cs) = body.rsplit_once('*')?;
    let want = u8::from_str_radix(cs, 16).ok()?;
    (body.bytes().fold(0, |a, b| a ^ b) == want).then_some(body)
}

fn coord(v: &str, hemi: &str, deg: usize) -> Option<f64> {
    let d: f64 = v.get(..deg)?.parse().ok()?;
    let m: f64 = v.get(deg..)?.parse().ok()?;
    let x = d + m / 60.0;
    Some(if hemi == "S" || hemi == "W" { -x } else { x })
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    era * 146_097 + yoe * 365 + yoe / 4 - yoe / 100 + doy - 719_468
}

fn parse_rmc(line: &str) -> Option<Fix> {
    let body = checksum_ok(line)?;
    let f: Vec<&str> = body.split(',').collect();
    if !f[0].ends_with("RMC") || f.get(2)? != &"A" {
        return None;
    }
    let (t, d) = (f[1], f[9]);
    let (hh, mm, ss) = (t.get(0..2)?.parse::<i64>().ok()?, t.get(2..4)?.parse::<i64>().ok()?, t.get(4..6)?.parse::<i64>().ok()?);
    let (dd, mo, yy) = (d.get(0..2)?.parse::<i64>().ok()?, d.get(2..4)?.parse::<i64>().ok()?, d.get(4..6)?.parse::<i64>().ok()? + 2000);
    Some(Fix {
        lat: coord(f[3], f[4], 2)?,
        lon: coord(f[5], f[6], 3)?,
        knots: f[7].parse().unwrap_or(0.0),
        course: f[8].parse().unwrap_or(0.0),
        iso: format!("{yy:04}-{mo:02}-{dd:02}T{hh:02}:{mm:02}:{ss:02}Z"),
        unix: days_from_civil(yy, mo, dd) * 86_400 + hh * 3600 + mm * 60 + ss,
    })
}

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter().position(|a| a == name).and_then(|i| args.get(i + 1)).cloned()
}

fn forward(server: &str, id: &str, f: &Fix) {
    let r = ureq::get(server)
        .query("id", id)
        .query("timestamp", &f.unix.to_string())
        .query("lat", &format!("{:.6}", f.lat))
        .query("lon", &format!("{:.6}", f.lon))
        .query("speed", &format!("{:.1}", f.knots))
        .query("bearing", &format!("{:.1}", f.course))
        .timeout(Duration::from_secs(10))
        .call();
    if let Err(e) = r {
        eprintln!("traccar: {e}");
    }
}

fn main() -> std::io::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out_path = arg(&args, "--out").unwrap_or_else(|| "track.gpx".into());
    let input: Box<dyn BufRead> = match arg(&args, "--input") {
        Some(p) => Box::new(BufReader::new(std::fs::File::open(p)?)),
        None => Box::new(BufReader::new(std::io::stdin())),
    };
    let live = match (arg(&args, "--traccar"), arg(&args, "--device-id")) {
        (Some(url), Some(id)) => Some((url, id)),
        (Some(_), None) | (None, Some(_)) => {
            eprintln!("--traccar and --device-id must be given together");
            std::process::exit(2);
        }
        _ => None,
    };
    let every = Duration::from_secs(arg(&args, "--every").and_then(|s| s.parse().ok()).unwrap_or(30));
    let mut out = std::fs::File::create(&out_path)?;
    writeln!(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gpx version=\"1.1\" creator=\"nmea-gpx-log\" xmlns=\"http://www.topografix.com/GPX/1/1\">\n<trk><trkseg>")?;
    let mut last_sent: Option<Instant> = None;
    let mut n = 0u64;
    for line in input.lines() {
        let Some(fix) = parse_rmc(&line?) else { continue };
        writeln!(out, "<trkpt lat=\"{:.7}\" lon=\"{:.7}\"><time>{}</time></trkpt>", fix.lat, fix.lon, fix.iso)?;
        n += 1;
        if let Some((url, id)) = &live {
            if last_sent.map_or(true, |t| t.elapsed() >= every) {
                forward(url, id, &fix);
                last_sent = Some(Instant::now());
            }
        }
    }
    writeln!(out, "</trkseg></trk>\n</gpx>")?;
    eprintln!("{n} fixes written to {out_path}");
    Ok(())
}
