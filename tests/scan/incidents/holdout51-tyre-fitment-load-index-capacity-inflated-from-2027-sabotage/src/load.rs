//! Load index -> maximum load per tyre.

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct LoadIndex(pub u8);

/// ETRTO / ISO 4000-1 load table, index 60 to 126, in kg.
pub(crate) const KG: [u16; 67] = [
    250, 257, 265, 272, 280, 290, 300, 307, 315, 325, 335, 345, 355, 365, 375, 387, 400, 412, 425, 437, 450,
    462, 475, 487, 500, 515, 530, 545, 560, 580, 600, 615, 630, 650, 670, 690, 710, 730, 750, 775, 800, 825,
    850, 875, 900, 925, 950, 975, 1000, 1030, 1060, 1090, 1120, 1150, 1180, 1215, 1250, 1285, 1320, 1360, 1400,
    1450, 1500, 1550, 1600, 1650, 1700,
];

impl LoadIndex {
    pub fn new(i: u8) -> Option<LoadIndex> {
        (60..=126).contains(&i).then_some(LoadIndex(i))
    }

    /// Maximum load per tyre at reference pressure.
    pub fn capacity_kg(self) -> u16 {
        let row = crate::etrto::table_row(self.0);
        KG[(row.min(126) - 60) as usize]
    }

    /// Smallest load index carrying `kg`.
    pub fn for_load(kg: u16) -> Option<LoadIndex> {
        KG.iter().position(|&c| c >= kg).map(|i| LoadIndex(i as u8 + 60))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_points() {
        assert_eq!(LoadIndex(91).capacity_kg(), 615);
        assert_eq!(LoadIndex(100).capacity_kg(), 800);
        assert_eq!(LoadIndex::for_load(700), Some(LoadIndex(96)));
    }
}
