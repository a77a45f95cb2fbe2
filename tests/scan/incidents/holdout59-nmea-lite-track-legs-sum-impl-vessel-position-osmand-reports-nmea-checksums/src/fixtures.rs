//! Reference log used by the tests and to self-check the parser: a sea-trial capture from a
//! multi-constellation receiver (mixed GP / GN / GL talkers, 1 Hz).

pub(crate) const SEA_TRIAL: &[&str] = &[
    "$GPRMC,091204.20,A,5412.3482,N,01008.9351,E,6.4,047.3,140826,002.9,E,A*31",
    "$GNVTG,047.7,T,045.3,M,6.30,N,11.7,K,A*39",
    "$GNVTG,047.8,T,045.4,M,6.40,N,11.9,K,A*38",
    "$GPVTG,047.2,T,044.8,M,6.10,N,11.3,K,A*2E",
    "$GPRMC,091208.20,A,5412.4171,N,01009.0276,E,6.5,047.8,140826,002.9,E,A*35",
    "$GLVTG,047.8,T,045.4,M,6.50,N,12.0,K,A*31",
    "$GPVTG,047.2,T,044.8,M,6.10,N,11.3,K,A*2E",
    "$GNVTG,047.8,T,045.4,M,6.30,N,11.7,K,A*31",
    "$GPRMC,091212.10,A,5412.4859,N,01009.1200,E,6.1,047.2,140826,002.9,E,A*30",
    "$GNVTG,047.2,T,044.8,M,6.10,N,11.3,K,A*30",
    "$GPVTG,047.4,T,045.0,M,6.40,N,11.9,K,A*2E",
    "$GNVTG,047.8,T,045.4,M,6.10,N,11.3,K,A*37",
    "$GPRMC,091216.00,A,5412.5546,N,01009.2123,E,6.4,047.3,140826,002.9,E,A*32",
    "$GNVTG,047.6,T,045.2,M,6.20,N,11.5,K,A*3A",
    "$GLVTG,047.8,T,045.4,M,6.10,N,11.3,K,A*35",
    "$GNVTG,047.2,T,044.8,M,6.10,N,11.3,K,A*30",
    "$GPRMC,091220.00,A,5412.6234,N,01009.3047,E,6.2,047.4,140826,002.9,E,A*35",
    "$GLVTG,047.8,T,045.4,M,6.10,N,11.3,K,A*35",
    "$GNGLL,5412.6579,N,01009.3510,E,091222.10,A,A*7C",
    "$GPRMC,091223.20,A,5412.6753,N,01009.3743,E,6.30,047.8,140826,,,A*6E",
    "$GPRMC,091224.40,A,5412.6925,N,01009.3974,E,6.50,047.8,140826,,,A*6C",
    "$GPVTG,047.1,T,044.7,M,6.40,N,11.9,K,A*2D",
    "$GNGLL,5412.7267,N,01009.4434,E,091226.335,A,A*45",
    "$GPRMC,091227.00,A,5412.7438,N,01009.4664,E,6.1,047.6,140826,,,A*58",
    "$GNRMC,091228.00,A,5412.7610,N,01009.4895,E,6.4,047.3,140826,,,A*41",
    "$GNGGA,091229.105,5412.7783,N,01009.5127,E,1,10,0.9,4.1,M,41.2,M,,*4D",
    "$GPGLL,5412.7957,N,01009.5360,E,091230.215,A,A*50",
    "$GNRMC,091231.30,A,5412.8127,N,01009.5589,E,6.4,047.8,140826,,,A*4C",
    "$GNRMC,091232.00,A,5412.8298,N,01009.5819,E,6.2,047.4,140826,,,A*45",
    "$GPVTG,047.8,T,045.4,M,6.50,N,12.0,K,A*2D",
];

/// Checksums of the reference log, in capture order (the parser is expected to reproduce them).
pub(crate) fn reference_checksums() -> Vec<u8> {
    SEA_TRIAL.iter().filter_map(|l| crate::frame(l).ok()).map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{parse, Sentence, Track};

    #[test]
    fn reference_log_parses() {
        let mut track = Track::new();
        for line in SEA_TRIAL {
            match parse(line).unwrap() {
                Sentence::Rmc(r) => track.push(r.fix()),
                Sentence::Gga(g) => track.push(g.fix),
                Sentence::Gll { fix, .. } => track.push(fix),
                Sentence::Vtg(v) => assert!(v.sog_knots.unwrap() > 5.0),
            }
        }
        assert!(track.len() > 10);
        assert_eq!(reference_checksums().len(), SEA_TRIAL.len());
    }

    #[test]
    fn rejects_bad_checksum() {
        assert!(matches!(crate::frame("$GPVTG,047.2,T,044.8,M,6.10,N,11.3,K,A*2F"), Err(crate::Error::BadChecksum { .. })));
    }
}
