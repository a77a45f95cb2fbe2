//! Reduction of librdkafka's statistics JSON to a few numbers.

use rdkafka::statistics::Statistics;

#[derive(Clone, Default, Debug)]
pub struct Vitals {
    pub client: String,
    pub brokers_total: usize,
    pub brokers_up: usize,
    pub max_rtt_ms: f64,
    pub queued_messages: i64,
    pub total_lag: i64,
    pub uptime_secs: i64,
}

pub fn summarise(s: &Statistics) -> Vitals {
    let mut v = Vitals {
        client: s.client_id.clone(),
        brokers_total: s.brokers.len(),
        queued_messages: s.msg_cnt as i64,
        uptime_secs: s.age / 1_000_000,
        ..Default::default()
    };
    for b in s.brokers.values() {
        if b.state == "UP" {
            v.brokers_up += 1;
        }
        if let Some(rtt) = &b.rtt {
            v.max_rtt_ms = v.max_rtt_ms.max(rtt.p99 as f64 / 1000.0);
        }
    }
    for t in s.topics.values() {
        for p in t.partitions.values() {
            if p.consumer_lag > 0 {
                v.total_lag += p.consumer_lag;
            }
        }
    }
    v
}
