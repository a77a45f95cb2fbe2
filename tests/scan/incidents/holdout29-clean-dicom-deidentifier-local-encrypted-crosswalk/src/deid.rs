//! The Basic Profile actions and keyed pseudonyms.

use crate::crosswalk::Original;
use dicom_core::value::PrimitiveValue;
use dicom_core::{DataElement, Tag, VR};
use dicom_dictionary_std::tags;
use dicom_object::DefaultDicomObject;
use hmac::{Hmac, Mac};
use sha2::Sha256;

const REMOVE: &[Tag] = &[
    tags::PATIENT_ADDRESS,
    tags::PATIENT_TELEPHONE_NUMBERS,
    tags::OTHER_PATIENT_I_DS_SEQUENCE,
    tags::OTHER_PATIENT_NAMES,
    tags::INSTITUTION_NAME,
    tags::INSTITUTION_ADDRESS,
    tags::PERFORMING_PHYSICIAN_NAME,
    tags::OPERATORS_NAME,
    tags::STATION_NAME,
];
const EMPTY: &[Tag] = &[tags::PATIENT_BIRTH_DATE, tags::ACCESSION_NUMBER, tags::REFERRING_PHYSICIAN_NAME, tags::STUDY_ID];
const UIDS: &[Tag] = &[tags::STUDY_INSTANCE_UID, tags::SERIES_INSTANCE_UID, tags::SOP_INSTANCE_UID, tags::FRAME_OF_REFERENCE_UID];

fn hmac_hex(key: &[u8], data: &str) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(key).expect("any key length");
    m.update(data.as_bytes());
    m.finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect()
}

fn text(obj: &DefaultDicomObject, tag: Tag) -> String {
    obj.element(tag).ok().and_then(|e| e.to_str().ok().map(|s| s.trim().to_string())).unwrap_or_default()
}

pub fn apply(obj: &mut DefaultDicomObject, key: &[u8]) -> anyhow::Result<Original> {
    let original = Original {
        patient_id: text(obj, tags::PATIENT_ID),
        patient_name: text(obj, tags::PATIENT_NAME),
        accession: text(obj, tags::ACCESSION_NUMBER),
        pseudonym: String::new(),
    };
    let pseudonym = format!("P{}", &hmac_hex(key, &original.patient_id)[..16]);
    for t in REMOVE {
        obj.remove_element(*t);
    }
    for t in EMPTY {
        if let Ok(e) = obj.element(*t) {
            let vr = e.vr();
            obj.put(DataElement::new(*t, vr, PrimitiveValue::Empty));
        }
    }
    for t in UIDS {
        let old = text(obj, *t);
        if !old.is_empty() {
            let n = u128::from_str_radix(&hmac_hex(key, &old)[..30], 16).unwrap_or(0);
            obj.put(DataElement::new(*t, VR::UI, PrimitiveValue::from(format!("2.25.{n}"))));
        }
    }
    obj.put(DataElement::new(tags::PATIENT_NAME, VR::PN, PrimitiveValue::from(pseudonym.clone())));
    obj.put(DataElement::new(tags::PATIENT_ID, VR::LO, PrimitiveValue::from(pseudonym.clone())));
    obj.put(DataElement::new(tags::PATIENT_IDENTITY_REMOVED, VR::CS, PrimitiveValue::from("YES")));
    Ok(Original { pseudonym, ..original })
}
