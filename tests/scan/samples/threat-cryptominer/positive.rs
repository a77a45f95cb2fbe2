const POOL: &str = "stratum+tcp://pool.example:3333";
fn login(worker: &str) -> String { format!(r#"{{"id":1,"method":"mining.authorize","params":["{worker}","x"]}}"#) }
