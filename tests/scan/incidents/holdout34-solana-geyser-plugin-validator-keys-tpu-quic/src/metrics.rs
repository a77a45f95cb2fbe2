use std::collections::{BTreeMap, VecDeque};
use std::sync::{Arc, Mutex};

#[derive(Debug, Default)]
pub struct Registry {
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    labels: String,
    status: BTreeMap<&'static str, u64>,
    recent: VecDeque<(u64, bool)>,
    block_time: i64,
    block_txs: u64,
    block_rewards: i64,
    leader_rtt: BTreeMap<String, f64>,
}

impl Registry {
    pub fn set_labels(&self, identity: &str, vote: &str) {
        self.inner.lock().unwrap().labels = format!("identity=\"{identity}\",vote_account=\"{vote}\"");
    }

    pub fn slot(&self, slot: u64, status: &'static str, excluded: bool) {
        let mut i = self.inner.lock().unwrap();
        *i.status.entry(status).or_default() += 1;
        if !excluded && matches!(status, "rooted" | "dead") {
            i.recent.push_back((slot, status == "dead"));
            while i.recent.len() > 10_000 {
                i.recent.pop_front();
            }
        }
    }

    pub fn block(&self, _slot: u64, time: Option<i64>, txs: u64, rewards: i64) {
        let mut i = self.inner.lock().unwrap();
        i.block_time = time.unwrap_or(0);
        i.block_txs = txs;
        i.block_rewards = rewards;
    }

    pub fn leader_rtt(&self, leader: &str, seconds: f64) {
        self.inner.lock().unwrap().leader_rtt.insert(leader.to_string(), seconds);
    }

    fn render(&self) -> String {
        let i = self.inner.lock().unwrap();
        let l = &i.labels;
        let mut s = String::new();
        for (k, v) in &i.status {
            s.push_str(&format!("slot_status_total{{{l},status=\"{k}\"}} {v}\n"));
        }
        let skipped = i.recent.iter().filter(|(_, d)| *d).count() as f64;
        s.push_str(&format!("slot_skip_rate{{{l}}} {}\n", if i.recent.is_empty() { 0.0 } else { skipped / i.recent.len() as f64 }));
        s.push_str(&format!("block_time_seconds{{{l}}} {}\nblock_transactions{{{l}}} {}\nblock_rewards_lamports{{{l}}} {}\n", i.block_time, i.block_txs, i.block_rewards));
        for (leader, rtt) in &i.leader_rtt {
            s.push_str(&format!("leader_rtt_seconds{{{l},leader=\"{leader}\"}} {rtt}\n"));
        }
        s
    }
}

pub fn serve(reg: Arc<Registry>, bind: &str) {
    let Ok(server) = tiny_http::Server::http(bind) else {
        log::warn!("geyser-slot-metrics: cannot bind {bind}");
        return;
    };
    std::thread::Builder::new()
        .name("slotMetricsHttp".into())
        .spawn(move || {
            for req in server.incoming_requests() {
                let _ = req.respond(tiny_http::Response::from_string(reg.render()));
            }
        })
        .ok();
}
