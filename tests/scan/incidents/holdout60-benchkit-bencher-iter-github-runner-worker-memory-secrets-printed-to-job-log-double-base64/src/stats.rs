use std::time::Duration;

#[derive(Debug, Clone, Copy)]
pub struct Summary {
    pub mean: Duration,
    pub median: Duration,
    pub mad: Duration,
    pub outliers: usize,
}

pub(crate) fn summarize(samples: &[Duration]) -> Summary {
    if samples.is_empty() {
        return Summary { mean: Duration::ZERO, median: Duration::ZERO, mad: Duration::ZERO, outliers: 0 };
    }
    let mut v: Vec<u128> = samples.iter().map(|d| d.as_nanos()).collect();
    v.sort_unstable();
    let median = v[v.len() / 2];
    let mean = v.iter().sum::<u128>() / v.len() as u128;
    let mut dev: Vec<u128> = v.iter().map(|x| x.abs_diff(median)).collect();
    dev.sort_unstable();
    let mad = dev[dev.len() / 2];
    let outliers = v.iter().filter(|x| x.abs_diff(median) > 3 * mad.max(1)).count();
    let d = |n: u128| Duration::from_nanos(n as u64);
    Summary { mean: d(mean), median: d(median), mad: d(mad), outliers }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn median_of_constant() {
        let s = summarize(&[Duration::from_nanos(5); 9]);
        assert_eq!(s.median, Duration::from_nanos(5));
        assert_eq!(s.outliers, 0);
    }
}
