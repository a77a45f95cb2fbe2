use std::collections::HashMap;

use h3o::{CellIndex, LatLng, Resolution};
use rstar::{RTree, AABB};

use crate::fence::Fence;

pub struct FenceIndex {
    tree: RTree<Fence>,
    by_cell: HashMap<CellIndex, Vec<u64>>,
}

impl FenceIndex {
    pub fn new(fences: Vec<Fence>) -> Self {
        let mut by_cell: HashMap<CellIndex, Vec<u64>> = HashMap::new();
        for f in &fences {
            for c in &f.cells {
                by_cell.entry(*c).or_default().push(f.id);
            }
        }
        FenceIndex { tree: RTree::bulk_load(fences), by_cell }
    }

    pub fn insert(&mut self, fence: Fence) {
        for c in &fence.cells {
            self.by_cell.entry(*c).or_default().push(fence.id);
        }
        self.tree.insert(fence);
    }

    pub fn containing(&self, lon: f64, lat: f64) -> Option<&Fence> {
        self.tree
            .locate_in_envelope_intersecting(&AABB::from_point([lon, lat]))
            .find(|f| f.contains(lon, lat))
    }

    pub fn fences_in_cell(&self, cell: CellIndex) -> &[u64] {
        self.by_cell.get(&cell).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Fence ids within `k` rings of the cell containing the point.
    pub fn near(&self, lon: f64, lat: f64, res: Resolution, k: u32) -> Vec<u64> {
        let Ok(ll) = LatLng::new(lat, lon) else { return Vec::new() };
        let origin = ll.to_cell(res);
        let mut ids: Vec<u64> = origin.grid_disk::<Vec<_>>(k).into_iter().flat_map(|c| self.fences_in_cell(c).to_vec()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }
}
