//! `src/calls/<action>.rs` of a client crate: the action's builder, its setters (with the
//! documented filter names), `send`, the paginator and the waiting mode, and the documented
//! examples as doc tests.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::emit::members::SetterForm;
use crate::emit::rustdoc::{self, Links};
use crate::emit::template::{self, template};
use crate::emit::{
    doc, doc_attrs, doc_markup, doc_markup_attrs, ident, inner_doc, page_text, slot,
};
use crate::ir::{Action, Service};

use super::model_crate;

/// The documented filter names of a `Filters` setter, each with its constant in the model's
/// `filters` module (`tat_model::actions::describe_invocations::filters::INVOCATION_ID`).
fn filter_names_doc(s: &Service, a: &Action, m: &crate::ir::Member) -> Vec<syn::Attribute> {
    let Some(filters) = m.filters.as_ref().filter(|f| !f.names.is_empty()) else {
        return Vec::new();
    };
    let module = format!("{}_model::actions::{}::{}", s.snake, a.snake, m.snake);
    let mut text = format!("\nFilter names (constants in [`{module}`]):\n");
    for filter in &filters.names {
        let (name, description) = (&filter.wire, &filter.description);
        let item = match &filter.item {
            crate::naming::FilterItem::Const(c) => c.clone(),
            crate::naming::FilterItem::Template { function, .. } => format!("{function}()"),
        };
        let target = item.trim_end_matches("()");
        let described = rustdoc::described(
            description,
            Links {
                service: s,
                this: &a.name,
            },
        );
        text.push_str(&format!(
            "- `{name}` ([`{item}`]({module}::{target})): {}\n",
            rustdoc::in_item(&described, 2)
        ));
    }
    if let Some(max) = filters.max_values {
        text.push_str(&format!("\nAt most {max} values per filter.\n"));
    }
    doc_markup_attrs(&text)
}

/// The documented examples' requests as calls on the builder, one doc test each. Every
/// documented request is shown; one that cannot be written is an error, not left out.
fn builder_examples(s: &Service, a: &Action) -> Result<TokenStream, String> {
    let mut text = String::new();
    for (i, e) in a.examples.iter().enumerate() {
        let Some(request) = e.request.as_ref().and_then(|r| r.as_object()) else {
            continue;
        };
        let Some(code) = crate::emit::examples::call(s, a, request) else {
            return Err(format!(
                "{}: /examples/{i}/request: cannot be written as builder calls (an object \
                 without a required member?)",
                a.file
            ));
        };
        if text.is_empty() {
            text.push_str("\n# Examples\n");
        }
        text.push_str(&format!(
            "\n{} (the documented example):\n\n{}\n",
            page_text(e.title.trim()),
            crate::emit::examples::no_run(s, &code)
        ));
    }
    Ok(doc_markup(&text))
}

/// An action's builder module, and the nodes of its slots: the builder's `impl` blocks.
pub(super) fn builder_module(
    s: &Service,
    a: &Action,
) -> Result<(TokenStream, Vec<syn::Item>), String> {
    let model = model_crate(s);
    let snake = ident(&a.snake);
    let marker = ident(&a.marker);
    let builder = format_ident!("{}Builder", a.name);
    let req = format_ident!("{}Request", a.name);
    let resp = format_ident!("{}Response", a.name);
    let model_name = model.to_string();
    let mut setters = Vec::new();
    for m in &a.input {
        let field = ident(&m.field);
        let link = field_link(&req, m);
        let mut text = format!("Sets {link}");
        let links = Links {
            service: s,
            this: &a.name,
        };
        let sentence = rustdoc::first_sentence(&rustdoc::described(&m.description, links));
        if sentence.is_empty() {
            text.push('.');
        } else {
            text.push_str(&format!(": {sentence}."));
        }
        if m.required {
            text.push_str("\n\nRequired.");
        }
        let mut docs = doc_markup_attrs(&text);
        docs.extend(filter_names_doc(s, a, m));
        let one = crate::emit::members::value_type_node(s, &m.ty, &model_name);
        let t = match crate::emit::members::setter_form(m) {
            SetterForm::Scalar => template!(
                pub fn __field(mut self, value: __V) -> Self {
                    self.request.__field = Some(value);
                    self
                }
            ),
            SetterForm::Into => template!(
                pub fn __field(mut self, value: impl Into<__V>) -> Self {
                    self.request.__field = Some(value.into());
                    self
                }
            ),
            SetterForm::Scalars => template!(
                pub fn __field(mut self, value: impl IntoIterator<Item = __V>) -> Self {
                    self.request.__field = Some(value.into_iter().collect());
                    self
                }
            ),
            SetterForm::Intos => template!(
                pub fn __field(mut self, value: impl IntoIterator<Item = impl Into<__V>>) -> Self {
                    self.request.__field = Some(value.into_iter().map(Into::into).collect());
                    self
                }
            ),
        };
        let fill = template::Fill {
            idents: vec![("__field", &field)],
            ty: Some(&one),
        };
        setters.push(template::method(t, fill, docs)?);
        // The field's own type, so `set_x(None)` needs no annotation.
        let t = if m.list {
            template!(
                pub fn __set(mut self, value: Option<Vec<__V>>) -> Self {
                    self.request.__field = value;
                    self
                }
            )
        } else {
            template!(
                pub fn __set(mut self, value: Option<__V>) -> Self {
                    self.request.__field = value;
                    self
                }
            )
        };
        let set = ident(&format!("set_{}", m.snake));
        let set_docs = doc_markup_attrs(&format!("Sets or clears {link}: `None` leaves it out."));
        let fill = template::Fill {
            idents: vec![("__set", &set), ("__field", &field)],
            ty: Some(&one),
        };
        setters.push(template::method(t, fill, set_docs)?);
    }
    let names = template::Fill {
        idents: vec![("__Marker", &marker), ("__Req", &req), ("__Resp", &resp)],
        ty: None,
    };
    let paginator = a
        .pagination
        .as_ref()
        .map(|_| {
            template::method(
                template!(
                    pub fn into_paginator(self) -> sdk_runtime::Paginator<__Marker> {
                        self.client.paginate::<__Marker>(self.request)
                    }
                ),
                names.clone(),
                doc_attrs(
                    "Pages through every result from the request's offset: `.pages()` or\n\
                     `.items()`, each a `Stream`.",
                ),
            )
        })
        .transpose()?;
    let d = doc(&rustdoc::after(
        &format!("Builds and sends `{}`: ", a.name),
        &rustdoc::described(
            &a.description,
            Links {
                service: s,
                this: &a.name,
            },
        ),
    ));
    let examples = builder_examples(s, a)?;
    let mdoc = inner_doc(&format!("The builder of `{}`.", a.name));
    let send_doc = doc_attrs(&format!(
        "Checks the request against the documentation, signs it and sends it.\n\n\
         Errors: `SdkError::InvalidInput` before sending when a required member is missing or \
         a documented limit or rule is broken; `SdkError::Service` with the service's \
         `ErrorCode`; transport, timeout and decoding errors otherwise.{}",
        if a.read_only {
            " The action only reads, so ambiguous failures are retried."
        } else {
            " The action changes state, so it is never sent twice after an ambiguous failure."
        },
    ));
    let polled = super::waiters::is_polled(s, &a.name);
    // Actions a waiter polls get a mode parameter: `()` sends once, `sdk_runtime::Waiting`
    // (from `client.wait_until_...()`) has `wait` instead, so neither can be called on the
    // other and the setters are written once.
    let (params, mode_field, setters_impl) = if polled {
        (
            quote!(<M = ()>),
            quote!(mode: M,),
            quote!(impl<M> #builder<M>),
        )
    } else {
        (quote!(), quote!(), quote!(impl #builder))
    };
    let waiting = polled.then(|| {
        quote! {
            impl #builder {
                pub(crate) fn waiting(self, waiter: sdk_runtime::Waiting) -> #builder<sdk_runtime::Waiting> {
                    #builder { client: self.client, request: self.request, mode: waiter }
                }
            }

            impl #builder<sdk_runtime::Waiting> {
                /// Polls until the waiter's acceptors end the wait, for at most `max_wait`:
                /// the final answer, or why the wait ended without success.
                pub async fn wait(
                    self,
                    max_wait: std::time::Duration,
                ) -> Result<#resp, sdk_runtime::WaiterError<ErrorCode, #resp>> {
                    self.wait_with(sdk_runtime::WaitOptions::new(max_wait)).await
                }

                /// [`wait`](Self::wait) with options: delays, a clock, a progress callback.
                pub async fn wait_with(
                    self,
                    options: sdk_runtime::WaitOptions,
                ) -> Result<#resp, sdk_runtime::WaiterError<ErrorCode, #resp>> {
                    self.client
                        .wait::<#marker>(self.mode.0, &self.request, &options)
                        .await
                }
            }
        }
    });
    let mut common = setters;
    common.push(template::method(
        template!(
            pub fn request(&self) -> &__Req {
                &self.request
            }
        ),
        names.clone(),
        doc_attrs("The request as built so far."),
    )?);
    common.push(template::method(
        template!(
            pub fn with_request(mut self, request: __Req) -> Self {
                self.request = request;
                self
            }
        ),
        names.clone(),
        doc_attrs("Replaces the whole request (for example one read from a file)."),
    )?);
    let new = if polled {
        template!(
            pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
                Self {
                    client,
                    request: __Req::default(),
                    mode: (),
                }
            }
        )
    } else {
        template!(
            pub(crate) fn new(client: sdk_runtime::ServiceClient) -> Self {
                Self {
                    client,
                    request: __Req::default(),
                }
            }
        )
    };
    let new = template::method(new, names.clone(), Vec::new())?;
    let send = template::method(
        template!(
            pub async fn send(self) -> Result<__Resp, sdk_runtime::SdkError<ErrorCode>> {
                self.client.send::<__Marker>(&self.request).await
            }
        ),
        names,
        send_doc,
    )?;
    // Without waiters, one impl block in the order users read: constructor, setters, send;
    // with them, the setters are in their own block, for either mode.
    let (inline, apart) = if polled {
        (Vec::new(), Some(common))
    } else {
        (common, None)
    };
    let mut main = vec![new];
    main.extend(inline);
    main.push(send);
    main.extend(paginator);
    let mut nodes = vec![template::impl_block(quote!(impl #builder), main)?];
    if let Some(common) = apart {
        nodes.push(template::impl_block(setters_impl, common)?);
    }
    let separate = polled.then(slot);
    let slot = slot();
    let tokens = quote! {
        #mdoc
        use #model::ErrorCode;
        use #model::actions::#snake::{#marker, #req, #resp};

        #d
        #examples
        #[derive(Debug, Clone)]
        #[must_use = "nothing is sent until `send` is called"]
        pub struct #builder #params {
            client: sdk_runtime::ServiceClient,
            request: #req,
            #mode_field
        }

        #slot

        #separate

        #waiting
    };
    Ok((tokens, nodes))
}

/// A member named as a link to its field in the request type, where rustdoc can link it (a
/// raw identifier field, `r#type`, is named without a link).
fn field_link(request: &proc_macro2::Ident, m: &crate::ir::Member) -> String {
    if m.field.starts_with("r#") {
        format!("`{}`", m.wire)
    } else {
        format!("[`{}`]({request}::{})", m.wire, m.field)
    }
}
