use sysinfo::{Networks, System};

pub struct Sample {
    pub cpu: f32,
    pub mem_used: u64,
    pub mem_total: u64,
    pub rx: u64,
    pub tx: u64,
}

impl Sample {
    pub fn title(&self) -> String {
        format!(
            "{:>3.0}%  {:.1}G  ↓{}  ↑{}",
            self.cpu,
            self.mem_used as f64 / 1e9,
            human(self.rx),
            human(self.tx)
        )
    }
}

fn human(bps: u64) -> String {
    match bps {
        0..=999 => format!("{bps}B"),
        1_000..=999_999 => format!("{}K", bps / 1_000),
        _ => format!("{:.1}M", bps as f64 / 1e6),
    }
}

pub struct Sampler {
    sys: System,
    nets: Networks,
}

impl Sampler {
    pub fn new() -> Self {
        Sampler { sys: System::new(), nets: Networks::new_with_refreshed_list() }
    }

    pub fn sample(&mut self) -> Sample {
        self.sys.refresh_cpu_usage();
        self.sys.refresh_memory();
        self.nets.refresh();
        let (rx, tx) = self.nets.iter().fold((0, 0), |(r, t), (_, n)| (r + n.received() / 2, t + n.transmitted() / 2));
        Sample { cpu: self.sys.global_cpu_usage(), mem_used: self.sys.used_memory(), mem_total: self.sys.total_memory(), rx, tx }
    }
}
