//! A service written with the writer reads back as the shapes it was written from, a type
//! that contains itself included; bad bytes are refused with the byte, never a panic.

use super::*;
use crate::{Kind, Location, Rule, RuleValue, Style};

/// A service with an enum, an object type holding a list of itself, an action using both,
/// and a waiter polling it.
fn written() -> Vec<u8> {
    let mut w = Writer::new();
    w.str("tree");
    w.str("Tree Service");
    w.str("2024-01-01");
    w.protocol(Protocol::Tc3Json);
    w.count(1);
    w.str("tree.example.com");
    w.str("");
    w.opt_str(Some("tree.{region}.example.com"));
    w.count(0);
    for s in ["ID", "SECRET", "TOKEN"] {
        w.str(s);
    }
    w.opt_str(None);
    w.str("~/.tree");
    w.count(1);
    w.str("InternalError");
    w.text("Internal error.", "内部错误。");
    w.count(0);
    // enums
    w.count(1);
    w.str("Colour");
    w.text("", "");
    w.count(2);
    for v in ["RED", "BLUE"] {
        w.str(v);
        w.text(v, "");
    }
    // object types
    w.count(1);
    w.str("Node");
    w.text("A node.", "节点。");
    w.count(2);
    member(&mut w, "Colour", |w| w.enum_kind(0), false);
    member(&mut w, "Children", |w| w.struct_kind(0), true);
    w.count(1);
    w.rule_required_if("Children", "Colour");
    w.value_string("RED");
    // actions
    w.count(1);
    w.str("DescribeTree");
    w.str("describe-tree");
    w.text("Describes.", "");
    w.option(Some(20u64), |w, n| w.number(n));
    w.flags(&[true, true]);
    w.count(1);
    member(&mut w, "Limit", |w| w.scalar_kind(Scalar::Int64), false);
    w.count(1);
    member(&mut w, "Root", |w| w.struct_kind(0), false);
    w.count(1);
    w.rule_exclusive(["Limit", "Offset"].into_iter());
    w.count(0);
    w.count(1);
    w.text("Example", "");
    w.text("", "");
    w.str("{\"Limit\": 1}");
    w.str("{\"Response\": {}}");
    w.option(None::<()>, |_, _| {});
    w.option(Some(()), |w, _| {
        w.str("GET");
        w.str("/tree");
        w.body_encoding(BodyEncoding::Json);
        w.answer_body(AnswerBody::None);
    });
    // waiters
    w.count(1);
    w.str("TreeGrown");
    w.str("tree-grown");
    w.str("Waits.");
    w.count(0);
    w.number(2);
    w.number(120);
    w.count(2);
    w.acceptor_state(AcceptorState::Success);
    w.matcher_output("Root.Colour", Comparator::StringEquals, "RED");
    w.acceptor_state(AcceptorState::Failure);
    w.matcher_error_code("InternalError");
    w.count(0);
    w.option(None::<()>, |_, _| {});
    Writer::catalogue(vec![Indexed {
        name: "tree".into(),
        version: "2024-01-01".into(),
        title: "Tree Service".into(),
        protocol: Protocol::Tc3Json,
        bytes: w.finish(),
    }])
}

fn member(w: &mut Writer, name: &str, kind: impl FnOnce(&mut Writer), list: bool) {
    w.str(name);
    w.str(&name.to_lowercase());
    kind(w);
    w.flags(&[list, false, true, false]);
    w.text("", "");
    w.opt_str(None);
    w.opt_str(Some("1"));
    w.option(Some(-5i64), |w, i| w.integer(i));
    w.option(Some(i64::MAX), |w, i| w.integer(i));
    w.option(None::<u64>, |w, n| w.number(n));
    w.option(None::<()>, |_, _| {});
    w.location(Location::Query);
    w.style(Some(Style::Simple));
}

fn leaked(bytes: Vec<u8>) -> &'static [u8] {
    Box::leak(bytes.into_boxed_slice())
}

use crate::{AcceptorState, AnswerBody, BodyEncoding, Comparator};

#[test]
fn a_written_service_reads_back() {
    let catalogue = Catalogue::read(leaked(written())).unwrap();
    let entry = catalogue.entry("tree").unwrap();
    assert_eq!((entry.version, entry.title), ("2024-01-01", "Tree Service"));
    let s = entry.shape().unwrap();
    assert_eq!(s.regional_endpoint, Some("tree.{region}.example.com"));
    assert_eq!(s.common_errors[0].description.zh, "内部错误。");
    let a = s.action("DescribeTree").unwrap();
    assert_eq!(
        (a.rate_limit, a.region_required, a.read_only),
        (Some(20), true, true)
    );
    assert!(matches!(a.input[0].kind, Kind::Int64));
    assert_eq!(
        (a.input[0].minimum, a.input[0].maximum),
        (Some(-5), Some(i64::MAX))
    );
    assert_eq!(a.input[0].location, Location::Query);
    assert_eq!(a.examples[0].request, "{\"Limit\": 1}");
    assert_eq!(a.http.unwrap().method, "GET");
    assert!(matches!(
        a.rules[0],
        Rule::MutuallyExclusive(["Limit", "Offset"])
    ));
    // The object type contains itself, through the table.
    let Kind::Struct(root) = a.output[0].kind else {
        panic!("Root is an object")
    };
    let Kind::Struct(child) = root.members[1].kind else {
        panic!("Children are objects")
    };
    assert_eq!(child.get() as *const _, root.get() as *const _);
    assert!(root.members[1].list);
    let Kind::Enum(colour) = root.members[0].kind else {
        panic!("Colour is an enum")
    };
    assert_eq!(colour.values[1].value, "BLUE");
    assert!(matches!(
        root.rules[0],
        Rule::RequiredIf {
            equals: RuleValue::String("RED"),
            ..
        }
    ));
    assert_eq!(
        format!("{:?}", a.output[0].kind),
        "Struct(StructRef(\"Node\"))"
    );
    let waiter = s.waiter("tree-grown").unwrap();
    assert_eq!(waiter.action.name, "DescribeTree");
    assert_eq!(waiter.acceptors.len(), 2);
    // Decoded once: the same tables on every call.
    assert!(std::ptr::eq(s, entry.shape().unwrap()));
}

#[test]
fn bytes_cut_short_anywhere_are_refused_with_their_place() {
    let bytes = written();
    for len in 0..bytes.len() {
        let cut = leaked(bytes[..len].to_vec());
        let outcome = Catalogue::read(cut).and_then(|c| match c.entry("tree") {
            Some(e) => e.shape().map(|_| ()),
            None => Err(DataError {
                service: String::new(),
                offset: 0,
                what: "no tree".into(),
            }),
        });
        assert!(outcome.is_err(), "{len} bytes read as a whole service");
    }
}

#[test]
fn any_changed_byte_gives_an_error_or_a_service_never_a_panic() {
    let bytes = written();
    for i in 0..bytes.len() {
        for flip in [0x01u8, 0x80, 0xff] {
            let mut changed = bytes.clone();
            changed[i] ^= flip;
            if let Ok(c) = Catalogue::read(leaked(changed)) {
                for e in c.entries() {
                    if let Ok(s) = e.shape() {
                        // Every object reference of a decoded service resolves.
                        for a in s.actions {
                            for m in a.input.iter().chain(a.output) {
                                if let Kind::Struct(r) = m.kind {
                                    let _ = r.members.len();
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn another_format_version_is_refused_by_name() {
    let mut bytes = written();
    bytes[8] = 9;
    let e = Catalogue::read(leaked(bytes)).unwrap_err();
    assert!(e.to_string().contains("format version 9"), "{e}");
    let e = Catalogue::read(b"not shape data").unwrap_err();
    assert_eq!(
        e.to_string(),
        "shape data index, byte 0: not shape data (no SDKSHAPE magic)"
    );
}

#[test]
fn files_read_together_unless_they_share_a_service() {
    let one = leaked(written());
    let other = leaked(Writer::catalogue(vec![Indexed {
        name: "bush".into(),
        version: "1".into(),
        title: "Bush".into(),
        protocol: Protocol::Acs3Rpc,
        bytes: Writer::new().finish(),
    }]));
    let both = Catalogue::read_all(&[one, other]).unwrap();
    let names: Vec<&str> = both.entries().iter().map(|e| e.name).collect();
    assert_eq!(names, ["bush", "tree"]);
    // The made service has no tables: decoding it is refused, not misread.
    assert!(both.entry("bush").unwrap().shape().is_err());
    let e = Catalogue::read_all(&[one, one]).unwrap_err();
    assert_eq!(
        e.to_string(),
        "shape data index, byte 0: service tree is in two of the files"
    );
    // Another vendor's service of the same name is called by its vendor's prefix.
    let aliyun_tree = leaked(Writer::catalogue(vec![Indexed {
        name: "tree".into(),
        version: "2".into(),
        title: "Alibaba Tree".into(),
        protocol: Protocol::Acs3Roa,
        bytes: Writer::new().finish(),
    }]));
    let both = Catalogue::read_all(&[one, aliyun_tree]).unwrap();
    let commands: Vec<(&str, &str)> = both.entries().iter().map(|e| (e.command, e.name)).collect();
    assert_eq!(commands, [("aliyun-tree", "tree"), ("tree", "tree")]);
    assert_eq!(both.entry("aliyun-tree").unwrap().version, "2");
}
