const DOC: &str = "hash rates are reported in H/s";
fn mine_field(n: usize) -> Vec<bool> { vec![false; n] }
