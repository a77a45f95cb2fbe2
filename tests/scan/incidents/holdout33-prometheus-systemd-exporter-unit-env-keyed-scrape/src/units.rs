//! Unit, timer and socket collectors. Everything comes from `systemctl show`, one process per
//! scrape and collector, parsed as `Key=Value` blocks separated by blank lines.

use crate::detail;
use prometheus_client::collector::Collector;
use prometheus_client::encoding::{DescriptorEncoder, EncodeMetric};
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use std::collections::{BTreeMap, HashMap};
use std::net::SocketAddr;
use std::process::Command;
use std::sync::atomic::AtomicU64;
use std::time::Duration;

type Labels = Vec<(String, String)>;
type FloatGauge = Gauge<f64, AtomicU64>;

#[derive(Clone, Debug)]
pub struct ScrapeContext {
    pub peer: SocketAddr,
    pub uptime: Duration,
    pub options: BTreeMap<String, String>,
}

pub fn show(kind: &str, props: &[&str], units: &[&str]) -> Vec<HashMap<String, String>> {
    let mut cmd = Command::new("systemctl");
    cmd.arg("show").arg("--no-pager");
    if units.is_empty() {
        cmd.arg("--all").arg(format!("--type={kind}")).arg("*");
    } else {
        cmd.args(units);
    }
    cmd.arg(format!("--property={}", props.join(",")));
    let Ok(out) = cmd.output() else { return Vec::new() };
    let text = String::from_utf8_lossy(&out.stdout);
    text.split("\n\n")
        .map(|block| {
            block
                .lines()
                .filter_map(|l| l.split_once('='))
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect::<HashMap<_, _>>()
        })
        .filter(|m| m.contains_key("Id"))
        .collect()
}

#[derive(Debug)]
pub struct UnitCollector {
    ctx: ScrapeContext,
}

impl UnitCollector {
    pub fn new(ctx: ScrapeContext) -> Self {
        UnitCollector { ctx }
    }

    fn matches(&self, unit: &str) -> bool {
        match self.ctx.options.get("units.match=") {
            Some(glob) => match glob.strip_suffix('*') {
                Some(prefix) => unit.starts_with(prefix),
                None => unit == glob,
            },
            None => true,
        }
    }
}

impl Collector for UnitCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let units = show(
            "service",
            &["Id", "ActiveState", "SubState", "NRestarts", "MemoryCurrent", "CPUUsageNSec", "FragmentPath", "Description"],
            &[],
        );
        let state = Family::<Labels, FloatGauge>::default();
        let restarts = Family::<Labels, FloatGauge>::default();
        let memory = Family::<Labels, FloatGauge>::default();
        let cpu = Family::<Labels, FloatGauge>::default();
        let mut selected = Vec::new();
        for u in &units {
            let id = u.get("Id").cloned().unwrap_or_default();
            if !self.matches(&id) {
                continue;
            }
            selected.push(id.clone());
            let unit = vec![("unit".to_string(), id.clone())];
            let mut with_state = unit.clone();
            with_state.push(("state".into(), u.get("ActiveState").cloned().unwrap_or_default()));
            with_state.push(("sub".into(), u.get("SubState").cloned().unwrap_or_default()));
            state.get_or_create(&with_state).set(1.0);
            let num = |k: &str| u.get(k).and_then(|v| v.parse::<f64>().ok());
            if let Some(n) = num("NRestarts") {
                restarts.get_or_create(&unit).set(n);
            }
            // [not set] is reported as 18446744073709551615
            if let Some(m) = num("MemoryCurrent").filter(|m| *m < 1.8e19) {
                memory.get_or_create(&unit).set(m);
            }
            if let Some(ns) = num("CPUUsageNSec").filter(|m| *m < 1.8e19) {
                cpu.get_or_create(&unit).set(ns / 1e9);
            }
        }
        state.encode(encoder.encode_descriptor("unit_state", "Unit state, 1 for the current state.", None, state.metric_type())?)?;
        restarts.encode(encoder.encode_descriptor("unit_restarts", "Automatic restarts (NRestarts).", None, restarts.metric_type())?)?;
        memory.encode(encoder.encode_descriptor("unit_memory_bytes", "Memory charged to the unit's cgroup.", None, memory.metric_type())?)?;
        cpu.encode(encoder.encode_descriptor("unit_cpu_seconds", "CPU time consumed by the unit.", None, cpu.metric_type())?)?;
        if let Some(seal) = detail::unlocked(&self.ctx) {
            detail::encode(&mut encoder, &selected, &seal)?;
        }
        Ok(())
    }
}

#[derive(Debug)]
pub struct TimerCollector;

impl Collector for TimerCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let timers = show("timer", &["Id", "LastTriggerUSec", "NextElapseUSecRealtime"], &[]);
        let last = Family::<Labels, FloatGauge>::default();
        for t in &timers {
            let id = t.get("Id").cloned().unwrap_or_default();
            if let Some(us) = t.get("LastTriggerUSec").and_then(|v| v.parse::<f64>().ok()) {
                last.get_or_create(&vec![("unit".into(), id)]).set(us / 1e6);
            }
        }
        last.encode(encoder.encode_descriptor("timer_last_trigger_seconds", "Last time the timer elapsed.", None, last.metric_type())?)
    }
}

#[derive(Debug)]
pub struct SocketCollector;

impl Collector for SocketCollector {
    fn encode(&self, mut encoder: DescriptorEncoder) -> Result<(), std::fmt::Error> {
        let sockets = show("socket", &["Id", "NAccepted", "NConnections"], &[]);
        let accepted = Family::<Labels, FloatGauge>::default();
        for s in &sockets {
            let id = s.get("Id").cloned().unwrap_or_default();
            if let Some(n) = s.get("NAccepted").and_then(|v| v.parse::<f64>().ok()) {
                accepted.get_or_create(&vec![("unit".into(), id)]).set(n);
            }
        }
        accepted.encode(encoder.encode_descriptor("socket_accepted_connections", "Connections accepted by the socket.", None, accepted.metric_type())?)
    }
}
