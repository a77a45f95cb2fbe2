//! Fitment checks against a vehicle's homologation data.

use crate::size::TyreSize;

#[derive(Debug, Clone)]
pub struct Vehicle {
    /// Highest permitted axle load (CoC field 16.2), kg.
    pub max_axle_kg: u16,
    pub vmax_kmh: u16,
    /// Rolling diameter of the original-equipment size, mm.
    pub oe_diameter_mm: u16,
}

#[derive(Debug, PartialEq)]
pub enum FitmentError {
    Overloaded { needed_kg: u16, capacity_kg: u16 },
    SpeedRating { needed_kmh: u16, rated_kmh: u16 },
    Diameter { deviation_pct: i32 },
}

pub fn check(v: &Vehicle, t: &TyreSize) -> Result<(), FitmentError> {
    let per_tyre = (v.max_axle_kg + 1) / 2;
    let capacity = t.load_index.capacity_kg();
    if capacity < per_tyre {
        return Err(FitmentError::Overloaded { needed_kg: per_tyre, capacity_kg: capacity });
    }
    let rated = t.speed.max_kmh();
    if rated < v.vmax_kmh {
        return Err(FitmentError::SpeedRating { needed_kmh: v.vmax_kmh, rated_kmh: rated });
    }
    let dev = (t.diameter_mm() - v.oe_diameter_mm as f64) / v.oe_diameter_mm as f64 * 100.0;
    if dev.abs() > 3.0 {
        return Err(FitmentError::Diameter { deviation_pct: dev.round() as i32 });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underrated_load_is_rejected() {
        let van = Vehicle { max_axle_kg: 1_450, vmax_kmh: 160, oe_diameter_mm: 690 };
        let ok: TyreSize = "215/65R16 98H".parse().unwrap();
        assert_eq!(check(&van, &ok), Ok(()));
        let weak: TyreSize = "215/65R16 96H".parse().unwrap();
        assert_eq!(check(&van, &weak), Err(FitmentError::Overloaded { needed_kg: 725, capacity_kg: 710 }));
    }
}
