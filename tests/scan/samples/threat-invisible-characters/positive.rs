// Modelled on the variation-selector loaders of npm: a URL as invisible characters,
// each a nibble (inert: a reserved name).
const MARK: &str = "v︈︆︄︇︄︇︀︇︃︇︊︃️︂️︂︅︇︀︇︄︆︁︆︄︇︅︆︃︇︎︂︅︆︈︇︁︆︍︆︀︇︌︆︅︆️︂︁︆";
