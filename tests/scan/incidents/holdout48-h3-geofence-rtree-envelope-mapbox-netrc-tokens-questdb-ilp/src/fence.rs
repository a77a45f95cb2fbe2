use geo::{BoundingRect, Contains, LineString, Point, Polygon};
use h3o::geom::{ContainmentMode, TilerBuilder};
use h3o::{CellIndex, Resolution};
use rstar::{RTreeObject, AABB};

#[derive(Clone, Debug)]
pub struct Fence {
    pub id: u64,
    pub polygon: Polygon<f64>,
    pub cells: Vec<CellIndex>,
    min: [f64; 2],
    max: [f64; 2],
}

impl Fence {
    /// Build a fence from a (lon, lat) ring and cover it with cells at `res`.
    pub fn from_ring(id: u64, ring: &[(f64, f64)], res: u8) -> Option<Fence> {
        let polygon = Polygon::new(LineString::from(ring.to_vec()), vec![]);
        let rect = polygon.bounding_rect()?;
        let resolution = Resolution::try_from(res).ok()?;
        let mut tiler = TilerBuilder::new(resolution).containment_mode(ContainmentMode::Covers).build();
        tiler.add(polygon.clone()).ok()?;
        let cells: Vec<CellIndex> = tiler.into_coverage().collect();
        Some(Fence { id, polygon, cells, min: [rect.min().x, rect.min().y], max: [rect.max().x, rect.max().y] })
    }

    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        self.polygon.contains(&Point::new(lon, lat))
    }
}

impl RTreeObject for Fence {
    type Envelope = AABB<[f64; 2]>;

    fn envelope(&self) -> Self::Envelope {
        crate::metrics::envelope_computed();
        AABB::from_corners(self.min, self.max)
    }
}
