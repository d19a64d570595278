//! The shape data reads back as the model crates' statics: every service of the spec, every
//! field of every action and of every object type it reaches (the generator writes the two
//! from one resolved spec, by two emitters; this is what keeps them one).

use std::collections::BTreeSet;

use sdk_shape::{Kind, MemberShape, ServiceShape};

#[test]
fn every_service_reads_back_as_its_statics() {
    let catalogue = sdk_catalogue::catalogue().expect("the included file reads");
    let names: Vec<&str> = catalogue.entries().iter().map(|e| e.name).collect();
    let statics: Vec<&str> = sdk_services::SERVICES.iter().map(|s| s.name).collect();
    assert_eq!(names, statics);
    for &statics in sdk_services::SERVICES.iter() {
        let entry = catalogue.entry(statics.name).unwrap();
        assert_eq!(
            (entry.version, entry.title, entry.protocol),
            (statics.version, statics.title, statics.protocol)
        );
        let decoded = entry.shape().expect("the service decodes");
        assert_eq!(
            format!("{decoded:#?}"),
            format!("{statics:#?}"),
            "{}",
            statics.name
        );
        let mut seen = BTreeSet::new();
        for (a, b) in decoded.actions.iter().zip(statics.actions) {
            same_types(a.input, b.input, &mut seen);
            same_types(a.output, b.output, &mut seen);
        }
        assert!(
            statics.name != "tat" || seen.len() > 10,
            "the walk reached the object types: {seen:?}"
        );
        same_waiters(decoded, statics);
    }
}

/// The object types the members reach, compared whole (the service's Debug names them only).
fn same_types(a: &[MemberShape], b: &[MemberShape], seen: &mut BTreeSet<&'static str>) {
    for (a, b) in a.iter().zip(b) {
        if let (Kind::Struct(a), Kind::Struct(b)) = (a.kind, b.kind) {
            let (a, b) = (a.get(), b.get());
            if seen.insert(a.name) {
                assert_eq!(format!("{a:#?}"), format!("{b:#?}"));
                same_types(a.members, b.members, seen);
            }
        }
    }
}

fn same_waiters(a: &ServiceShape, b: &ServiceShape) {
    assert_eq!(a.waiters.len(), b.waiters.len());
    for (a, b) in a.waiters.iter().zip(b.waiters) {
        assert_eq!(a.action.name, b.action.name);
    }
}
