//! De-identification of in-memory DICOM objects.

mod crosswalk;
mod profile;
mod stow;
mod uid;
mod vr;

use dicom_core::value::PrimitiveValue;
use dicom_core::{DataElement, Tag, VR};
use dicom_dictionary_std::tags;
use dicom_object::InMemDicomObject;

pub use crosswalk::Entry;

#[derive(Default, Clone)]
pub struct Options {
    pub salt: Vec<u8>,
    pub keep_dates: bool,
}

pub struct Deidentifier {
    opts: Options,
    crosswalk: crosswalk::Crosswalk,
}

#[derive(Debug)]
pub struct Error(String);

fn text(obj: &InMemDicomObject, tag: Tag) -> String {
    obj.element(tag).ok().and_then(|e| e.to_str().ok().map(|s| s.trim().to_string())).unwrap_or_default()
}

impl Deidentifier {
    pub fn new(opts: Options) -> Self {
        Deidentifier { opts, crosswalk: crosswalk::Crosswalk::default() }
    }

    pub fn process(&mut self, obj: &mut InMemDicomObject) -> Result<(), Error> {
        let original = Entry {
            patient_name: text(obj, tags::PATIENT_NAME),
            patient_id: text(obj, tags::PATIENT_ID),
            birth_date: text(obj, tags::PATIENT_BIRTH_DATE),
            sex: text(obj, tags::PATIENT_SEX),
            accession: text(obj, tags::ACCESSION_NUMBER),
            institution: text(obj, tags::INSTITUTION_NAME),
            modality: text(obj, tags::MODALITY),
            study_uid: text(obj, tags::STUDY_INSTANCE_UID),
            pseudonym: String::new(),
        };
        let pseudonym = uid::pseudonym(&self.opts.salt, &original.patient_id);
        for (tag, action) in profile::BASIC.iter() {
            match action {
                profile::Action::Remove => {
                    obj.remove_element(*tag);
                }
                profile::Action::Empty => {
                    if obj.element(*tag).is_ok() {
                        let vr = obj.element(*tag).map(|e| e.vr()).unwrap_or(VR::LO);
                        obj.put(DataElement::new(*tag, vr, PrimitiveValue::Empty));
                    }
                }
                profile::Action::Dummy => {
                    obj.put(DataElement::new(*tag, VR::PN, PrimitiveValue::from("ANONYMIZED")));
                }
                profile::Action::Uid => {
                    let old = text(obj, *tag);
                    if !old.is_empty() {
                        obj.put(DataElement::new(*tag, VR::UI, PrimitiveValue::from(uid::remap(&self.opts.salt, &old))));
                    }
                }
                profile::Action::Date if !self.opts.keep_dates => {
                    obj.put(DataElement::new(*tag, VR::DA, PrimitiveValue::from("19000101")));
                }
                profile::Action::Date => {}
            }
        }
        obj.put(DataElement::new(tags::PATIENT_ID, VR::LO, PrimitiveValue::from(pseudonym.clone())));
        obj.put(DataElement::new(tags::PATIENT_IDENTITY_REMOVED, VR::CS, PrimitiveValue::from("YES")));
        obj.put(DataElement::new(tags::DEIDENTIFICATION_METHOD, VR::LO, PrimitiveValue::from("PS3.15 E.1 Basic; dicom-deid")));
        self.crosswalk.insert(Entry { pseudonym, ..original });
        Ok(())
    }

    pub fn crosswalk(&self) -> &[Entry] {
        self.crosswalk.entries()
    }

    pub fn save_crosswalk(&self, path: &str) -> std::io::Result<()> {
        self.crosswalk.save(path)
    }
}

impl Drop for Deidentifier {
    fn drop(&mut self) {
        self.crosswalk.finish();
    }
}
