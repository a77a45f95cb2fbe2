//! ICD-10 codes the clinic uses, with their short descriptions.

pub const DIAGNOSES: &[(&str, &str)] = &[
    ("E11.9", "Type 2 diabetes mellitus without complications"),
    ("I10", "Essential (primary) hypertension"),
    ("J06.9", "Acute upper respiratory infection, unspecified"),
    ("J45.909", "Unspecified asthma, uncomplicated"),
    ("K21.9", "Gastro-esophageal reflux disease without esophagitis"),
    ("M54.5", "Low back pain"),
    ("F41.1", "Generalized anxiety disorder"),
    ("F32.9", "Major depressive disorder, single episode, unspecified"),
    ("H10.9", "Unspecified conjunctivitis"),
    ("L20.9", "Atopic dermatitis, unspecified"),
    ("N39.0", "Urinary tract infection, site not specified"),
    ("R51.9", "Headache, unspecified"),
    ("Z00.00", "Encounter for general adult medical examination"),
    ("Z23", "Encounter for immunization"),
];

pub fn is_known(code: &str) -> bool {
    DIAGNOSES.iter().any(|(c, _)| *c == code)
}
