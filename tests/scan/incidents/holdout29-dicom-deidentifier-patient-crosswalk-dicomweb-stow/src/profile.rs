//! A subset of the PS3.15 Table E.1-1 actions.

use dicom_core::Tag;
use dicom_dictionary_std::tags;

pub enum Action {
    Remove,
    Empty,
    Dummy,
    Uid,
    Date,
}

pub const BASIC: &[(Tag, Action)] = &[
    (tags::PATIENT_NAME, Action::Dummy),
    (tags::PATIENT_BIRTH_DATE, Action::Empty),
    (tags::PATIENT_ADDRESS, Action::Remove),
    (tags::PATIENT_TELEPHONE_NUMBERS, Action::Remove),
    (tags::OTHER_PATIENT_I_DS_SEQUENCE, Action::Remove),
    (tags::OTHER_PATIENT_NAMES, Action::Remove),
    (tags::PATIENT_MOTHER_BIRTH_NAME, Action::Remove),
    (tags::ACCESSION_NUMBER, Action::Empty),
    (tags::INSTITUTION_NAME, Action::Remove),
    (tags::INSTITUTION_ADDRESS, Action::Remove),
    (tags::REFERRING_PHYSICIAN_NAME, Action::Empty),
    (tags::PERFORMING_PHYSICIAN_NAME, Action::Remove),
    (tags::OPERATORS_NAME, Action::Remove),
    (tags::STATION_NAME, Action::Remove),
    (tags::STUDY_ID, Action::Empty),
    (tags::STUDY_DATE, Action::Date),
    (tags::SERIES_DATE, Action::Date),
    (tags::ACQUISITION_DATE, Action::Date),
    (tags::CONTENT_DATE, Action::Date),
    (tags::STUDY_INSTANCE_UID, Action::Uid),
    (tags::SERIES_INSTANCE_UID, Action::Uid),
    (tags::SOP_INSTANCE_UID, Action::Uid),
    (tags::FRAME_OF_REFERENCE_UID, Action::Uid),
];
