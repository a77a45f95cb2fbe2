use crate::chrony::{Source, Tracking};
use crate::proc_watch::Sample;
use std::fmt::Write;

pub fn render(t: &Tracking, sources: &[Source], p: &Sample, max_offset_ms: f64) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "# TYPE chronywatch_up gauge\nchronywatch_up {}", u8::from(t.ok));
    let _ = writeln!(s, "# TYPE chronywatch_offset_seconds gauge\nchronywatch_offset_seconds {}", t.offset_s);
    let _ = writeln!(s, "# TYPE chronywatch_rms_offset_seconds gauge\nchronywatch_rms_offset_seconds {}", t.rms_offset_s);
    let _ = writeln!(s, "# TYPE chronywatch_frequency_ppm gauge\nchronywatch_frequency_ppm {}", t.freq_ppm);
    let _ = writeln!(s, "# TYPE chronywatch_stratum gauge\nchronywatch_stratum {}", t.stratum);
    let _ = writeln!(s, "# TYPE chronywatch_leap_normal gauge\nchronywatch_leap_normal {}", u8::from(t.leap.eq_ignore_ascii_case("normal")));
    let _ = writeln!(s, "# TYPE chronywatch_offset_ok gauge\nchronywatch_offset_ok {}", u8::from(t.offset_s.abs() * 1000.0 <= max_offset_ms));
    let _ = writeln!(s, "# TYPE chronywatch_source_reach gauge");
    for src in sources {
        let _ = writeln!(s, "chronywatch_source_reach{{source=\"{}\",mode=\"{}\",state=\"{}\"}} {}", src.name.replace('"', ""), src.mode, src.state, src.reach.count_ones());
        let _ = writeln!(s, "chronywatch_source_offset_seconds{{source=\"{}\"}} {}", src.name.replace('"', ""), src.offset_s);
    }
    let _ = writeln!(s, "# TYPE chronywatch_daemon_running gauge\nchronywatch_daemon_running{{daemon=\"{}\"}} {}", p.name, u8::from(p.running));
    let _ = writeln!(s, "# TYPE chronywatch_daemon_restarts_total counter\nchronywatch_daemon_restarts_total {}", p.restarts);
    let _ = writeln!(s, "# TYPE chronywatch_daemon_cpu_seconds_total counter\nchronywatch_daemon_cpu_seconds_total {}", p.cpu_seconds);
    let _ = writeln!(s, "# TYPE chronywatch_daemon_rss_bytes gauge\nchronywatch_daemon_rss_bytes {}", p.rss_bytes);
    s
}
